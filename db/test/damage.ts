import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Overwrites a workspace's middle pages (3..N-1) with deterministic garbage, keeping page 1
 * (header, schema root) and the last page: the header still says "Parallax workspace", so
 * only SQLite's quick_check finds the damage. The file must span more than a few pages.
 */
export function garbleMiddlePages(path: string): void {
  garblePages(path, 3);
}

/**
 * Garbles only the last quarter of the file (up to its last page): the schema, whose pages
 * come first when a workspace is created and then filled, still reads, so only a check of
 * every page finds the damage.
 */
export function garbleLaterPages(path: string): void {
  const bytes = readFileSync(path);
  garblePages(path, Math.floor((bytes.length / bytes.readUInt16BE(16)) * 0.75));
}

function garblePages(path: string, firstPage: number): void {
  const bytes = readFileSync(path);
  const pageSize = bytes.readUInt16BE(16);
  const pages = bytes.length / pageSize;
  if (pages < 6) throw new Error(`${path} has only ${pages} pages; add data first`);
  let x = 0x9e3779b9;
  for (let i = (firstPage - 1) * pageSize; i < (pages - 1) * pageSize; i++) {
    // xorshift32, so a failure reproduces
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    bytes[i] = x & 0xff;
  }
  writeFileSync(path, bytes);
}
