/**
 * What a file's first bytes say it is, whatever its name claims. Used to tell people plainly
 * why a file was refused ("report.pdf is not a PDF (it looks like a ZIP file)").
 */
export type ContentKind =
  | 'pdf'
  | 'zip'
  | 'ole'
  | 'png'
  | 'jpeg'
  | 'gif'
  | 'webp'
  | 'gzip'
  | 'rtf'
  | 'sqlite'
  | 'html'
  | 'text'
  | 'binary'
  | 'empty';

const NAMES: Record<ContentKind, string> = {
  pdf: 'a PDF file',
  zip: 'a ZIP file',
  ole: 'an old-style Office file (.doc, .xls or .ppt)',
  png: 'a PNG image',
  jpeg: 'a JPEG image',
  gif: 'a GIF image',
  webp: 'a WebP image',
  gzip: 'a gzip archive',
  rtf: 'an RTF document',
  sqlite: 'an SQLite database',
  html: 'an HTML page',
  text: 'a text file',
  binary: 'binary data',
  empty: 'an empty file',
};

/** "a ZIP file", "binary data", … for messages. */
export function describeKind(kind: ContentKind): string {
  return NAMES[kind];
}

function startsWith(bytes: Uint8Array, signature: number[], at = 0): boolean {
  return signature.every((b, i) => bytes[at + i] === b);
}

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** Acrobat accepts `%PDF-` anywhere in the first 1024 bytes; so do we. */
export function pdfHeaderAt(bytes: Uint8Array): number {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024));
  return head.indexOf('%PDF-', 0, 'latin1');
}

/** Whether the bytes hold NUL or other control bytes that text files do not have. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 8 || (b > 13 && b < 32 && b !== 27)) controls++;
  }
  return controls > n / 100;
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
}

export function sniff(bytes: Uint8Array): ContentKind {
  if (bytes.length === 0) return 'empty';
  if (pdfHeaderAt(bytes) === 0) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, ascii('GIF8'))) return 'gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp';
  if (startsWith(bytes, [0x1f, 0x8b])) return 'gzip';
  if (startsWith(bytes, ascii('{\\rtf'))) return 'rtf';
  if (startsWith(bytes, ascii('SQLite format 3\0'))) return 'sqlite';
  if (!hasUtf16Bom(bytes) && looksBinary(bytes)) return 'binary';
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024))
    .toString('latin1')
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart()
    .toLowerCase();
  if (/^(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/.test(head)) return 'html';
  return 'text';
}
