import { inflateRawSync } from 'node:zlib';
import { DOMParser } from 'linkedom';

/**
 * Test helpers: the parts of a .docx (a zip) read with node:zlib, and a strict well-formedness
 * check for the XML docx writes (no comments, CDATA or doctype).
 */

/** Every file in a zip archive by name (stored or deflated entries). */
export function zipEntries(bytes: Uint8Array): Map<string, string> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = buf.length - 22;
  while (end >= 0 && buf.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip: no end of central directory');
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const files = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory entry');
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const skip = nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    const data = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(data, data + size);
    files.set(name, (method === 8 ? inflateRawSync(raw) : raw).toString('utf8'));
    at += 46 + skip;
  }
  return files;
}

const NAME = '[A-Za-z_][\\w.:-]*';
const ATTRIBUTE = `\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*')`;
const TAG = new RegExp(`^<(/?)(${NAME})((?:${ATTRIBUTE})*)\\s*(/?)>`);
const TEXT = /^(?:[^<&]|&(?:lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);)*/;

/**
 * Throws unless the XML is well formed: a declaration, then one element of balanced tags with
 * quoted attributes and only the five entities or character references in text.
 */
export function assertWellFormed(xml: string): void {
  let rest = xml.replace(/^<\?xml[^?]*\?>/, '');
  const open: string[] = [];
  let roots = 0;
  while (rest.length > 0) {
    const text = TEXT.exec(rest)![0];
    if (text && open.length === 0 && text.trim()) throw new Error('text outside the root');
    rest = rest.slice(text.length);
    if (rest.length === 0) break;
    const tag = TAG.exec(rest);
    if (!tag) throw new Error(`malformed markup at: ${rest.slice(0, 60)}`);
    const [whole, closing, name, , selfClosing] = tag;
    if (closing) {
      if (open.pop() !== name) throw new Error(`unbalanced </${name}>`);
    } else {
      if (open.length === 0) roots++;
      if (!selfClosing) open.push(name!);
    }
    rest = rest.slice(whole.length);
  }
  if (open.length > 0) throw new Error(`unclosed <${open.at(-1)}>`);
  if (roots !== 1) throw new Error(`${roots} root elements`);
}

/** A parsed document.xml (linkedom, as XML). */
export function parseXml(xml: string) {
  return new DOMParser().parseFromString(xml, 'text/xml');
}

type XmlElement = ReturnType<ReturnType<typeof parseXml>['querySelectorAll']>[number];

/** The elements under `root` with the tag name (prefix included, e.g. "w:p"). */
export function elements(
  root: XmlElement | ReturnType<typeof parseXml>,
  tag: string,
): XmlElement[] {
  return [...root.getElementsByTagName(tag)] as XmlElement[];
}

/** A paragraph's (or any element's) text: its w:t contents in order. */
export function textOf(el: XmlElement): string {
  return elements(el, 'w:t')
    .map((t) => t.textContent ?? '')
    .join('');
}
