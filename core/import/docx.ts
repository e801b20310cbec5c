import { languageTag } from './html-meta';
import { invalidFile } from './invalid';
import { clipTitle, firstLine } from './title';
import type { Importer } from './types';
import { readZipEntry, zipEntries, type ZipEntry } from './zip';
import { checkZipLimits } from './zip-limits';
import { checkXmlParts } from './docx-xml';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name] ?? whole;
  });
}

/** Placeholders that word processors and libraries write when nobody gave a value. */
const PLACEHOLDER = /^(un-?named|unknown|author|user|title|untitled|document\d*)$/i;

/** `<dc:title>` and the like from docProps/core.xml: one clipped line, or null. */
function coreProperty(xml: string, tag: string): string | null {
  const raw = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml)?.[1];
  const value = raw ? clipTitle(decodeXmlText(raw)) : '';
  return value === '' || PLACEHOLDER.test(value) ? null : value;
}

/** What a ZIP that holds no Word document holds instead, for the message. */
function otherPackage(names: Set<string>): string {
  if ([...names].some((n) => n.startsWith('xl/'))) return 'an Excel workbook';
  if ([...names].some((n) => n.startsWith('ppt/'))) return 'a PowerPoint presentation';
  if (names.has('mimetype') && names.has('content.xml')) return 'an OpenDocument file';
  if (names.has('META-INF/container.xml')) return 'an EPUB book';
  return 'a ZIP archive';
}

/**
 * A Word .docx: its text through mammoth (paragraphs separated by blank lines, in logical
 * order, so right-to-left text reads right), titled by its core properties, else its first line.
 */
export const importDocx: Importer = async (bytes, fileName) => {
  // An archive our reader cannot follow (cut short, ZIP64) cannot be checked against the
  // limits below either, so it never reaches mammoth, which would inflate it all in memory.
  const entries = zipEntries(bytes);
  if (!entries) throw invalidFile(`${fileName} is damaged: its ZIP structure cannot be read.`);
  const names = new Set(entries.map((e) => e.name));
  const isWord = [...names].some((n) => n.startsWith('word/')) && names.has('[Content_Types].xml');
  if (!isWord) {
    throw invalidFile(`${fileName} is not a Word document (it is ${otherPackage(names)}).`);
  }
  await checkZipLimits(bytes, entries, fileName);
  checkXmlParts(bytes, entries, fileName);
  const mammoth = (await import('mammoth')).default;
  let text: string;
  try {
    text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  } catch {
    // mammoth's errors are plain Errors without a code; its wording is for programmers.
    throw invalidFile(`${fileName} is damaged: it could not be read as a Word document.`);
  }
  const body = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (body === '') throw invalidFile(`${fileName} has no text to import.`);

  const core = entries.find((e: ZipEntry) => e.name === 'docProps/core.xml');
  const coreBytes = core ? readZipEntry(bytes, core, 1024 * 1024) : null;
  const xml = coreBytes ? new TextDecoder().decode(coreBytes) : '';
  return {
    title: coreProperty(xml, 'dc:title') ?? firstLine(body) ?? fileName,
    body,
    author: coreProperty(xml, 'dc:creator'),
    language: languageTag(coreProperty(xml, 'dc:language')),
  };
};
