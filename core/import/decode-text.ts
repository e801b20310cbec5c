import { invalidFile } from './invalid';

function decodeStrict(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The text of a UTF-16 file that starts with a byte-order mark (Windows "Unicode"), if it is one. */
export function decodeUtf16(bytes: Uint8Array, fileName: string): string | null {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (!le && !be) return null;
  const text = decodeStrict(bytes.subarray(2), le ? 'utf-16le' : 'utf-16be');
  if (text === null) throw invalidFile(`${fileName} is damaged: it is not valid UTF-16 text.`);
  return text;
}

/** `bytes` as strict UTF-8 without its BOM, or null when they are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return decodeStrict(bom ? bytes.subarray(3) : bytes, 'utf-8');
}

/**
 * A text file's content: UTF-8 (a leading BOM dropped), or UTF-16 with a BOM. Anything else,
 * and any file with NUL bytes, is refused rather than guessed at.
 */
export function decodeTextFile(bytes: Uint8Array, fileName: string): string {
  const utf16 = decodeUtf16(bytes, fileName);
  if (utf16 !== null) return utf16;
  if (bytes.includes(0)) {
    throw invalidFile(`${fileName} contains NUL bytes: it looks like a binary file, not text.`);
  }
  const text = decodeUtf8(bytes);
  if (text === null) {
    throw invalidFile(`${fileName} is not valid UTF-8 text; save it as UTF-8 and import it again.`);
  }
  return text;
}
