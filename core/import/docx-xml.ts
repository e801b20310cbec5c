import { DOMParser } from '@xmldom/xmldom';
import { invalidFile } from './invalid';
import { readZipEntry, type ZipEntry } from './zip';
import { MAX_ZIP_INFLATED_BYTES } from './zip-limits';

/**
 * The XML parts mammoth reads: the package's content types and relationships, and the parts
 * directly under word/ (document, styles, numbering, notes, comments and their rels).
 */
const READ_BY_MAMMOTH =
  /^(\[Content_Types\]\.xml|_rels\/\.rels|word\/[^/]+\.xml|word\/_rels\/[^/]+\.rels)$/;

class Malformed extends Error {}

/**
 * Refuses a .docx whose XML mammoth would choke on, before mammoth sees it. mammoth refuses any
 * part its XML parser complains about, but only after parsing it all, and the parser's error
 * reporting is quadratic: 100 KB of repeated root elements took minutes of blocked CPU. Here
 * the first complaint stops the parse, so a valid document is parsed twice and a bad one
 * fails in milliseconds with the same outcome.
 */
export function checkXmlParts(bytes: Uint8Array, entries: ZipEntry[], fileName: string): void {
  const damaged = (part: string) =>
    invalidFile(
      `${fileName} is damaged: it could not be read as a Word document (${part} is not well-formed XML).`,
    );
  for (const entry of entries) {
    if (!READ_BY_MAMMOTH.test(entry.name)) continue;
    const data = readZipEntry(bytes, entry, MAX_ZIP_INFLATED_BYTES);
    if (!data) throw damaged(entry.name);
    const parser = new DOMParser({
      errorHandler: () => {
        throw new Malformed();
      },
    });
    try {
      parser.parseFromString(new TextDecoder().decode(data), 'text/xml');
    } catch {
      throw damaged(entry.name);
    }
  }
}
