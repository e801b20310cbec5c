import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * A .docx-shaped ZIP whose word/document.xml inflates to gigabytes, built in milliseconds
 * without ever holding the inflated bytes: one megabyte of XML filler is deflated with a
 * full flush (so its compressed block stands alone, byte-aligned), and that block is repeated.
 */

export interface BombOptions {
  /** How many MiB word/document.xml inflates to. */
  inflatedMiB: number;
  /**
   * The uncompressed size the headers declare. The true size (capped at 0xfffffffe, which is
   * not the ZIP64 marker) by default; a liar declares something small.
   */
  declaredSize?: number;
  /** Extra tiny members, to test the entry-count limit. */
  extraEntries?: number;
}

interface Member {
  name: string;
  data: Buffer;
  crc: number;
  size: number;
}

function deflated(name: string, text: string): Member {
  const raw = Buffer.from(text);
  return { name, data: deflateRawSync(raw), crc: crc32(raw), size: raw.length };
}

export function makeDocxBomb({ inflatedMiB, declaredSize, extraEntries = 0 }: BombOptions): Buffer {
  const filler = Buffer.alloc(1024 * 1024, '<w:t>a</w:t>');
  const block = deflateRawSync(filler, { finishFlush: constants.Z_FULL_FLUSH, level: 9 });
  const end = deflateRawSync(Buffer.alloc(0)); // the final, empty block
  const data = Buffer.concat([...Array<Buffer>(inflatedMiB).fill(block), end]);
  const trueSize = inflatedMiB * filler.length;
  const document: Member = {
    name: 'word/document.xml',
    data,
    // The CRC is left wrong: a reader that checks it has already inflated everything.
    crc: 0,
    size: declaredSize ?? Math.min(trueSize, 0xfffffffe),
  };
  const members = [
    deflated(
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    deflated('_rels/.rels', '<?xml version="1.0"?><Relationships/>'),
    document,
    ...Array.from({ length: extraEntries }, (_, i) => deflated(`word/media/x${i}.bin`, 'x')),
  ];
  return zip(members);
}

function zip(members: Member[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const m of members) {
    const name = Buffer.from(m.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(m.crc, 14);
    local.writeUInt32LE(m.data.length, 18);
    local.writeUInt32LE(m.size, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(m.crc, 16);
    entry.writeUInt32LE(m.data.length, 20);
    entry.writeUInt32LE(m.size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    parts.push(local, name, m.data);
    central.push(entry, name);
    offset += local.length + name.length + m.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(members.length, 8);
  end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}
