import { extname } from 'node:path';
import { MAX_SOURCE_BODY } from '../api/sources';
import { importDocx } from './docx';
import { importHtml } from './html';
import { invalidFile } from './invalid';
import { importPdf } from './pdf';
import { describeKind, pdfHeaderAt, sniff, type ContentKind } from './sniff';
import { importMarkdown } from './markdown';
import { importText } from './text';
import { MAX_IMPORT_FILE_BYTES, type ImportedSource, type Importer } from './types';

interface Format {
  importer: Importer;
  /** What the format is called in messages: "report.pdf is not a PDF". */
  noun: string;
  /** The content kinds (from the file's first bytes) this format may have. */
  kinds: readonly ContentKind[];
}

const TEXT_KINDS: readonly ContentKind[] = ['text', 'html', 'binary'];
const html: Format = { importer: importHtml, noun: 'an HTML page', kinds: ['html', 'text'] };

const FORMATS: Record<string, Format> = {
  '.txt': { importer: importText, noun: 'a text file', kinds: TEXT_KINDS },
  '.md': { importer: importMarkdown, noun: 'a Markdown text file', kinds: TEXT_KINDS },
  '.html': html,
  '.htm': html,
  '.pdf': { importer: importPdf, noun: 'a PDF', kinds: ['pdf'] },
  '.docx': { importer: importDocx, noun: 'a Word .docx document', kinds: ['zip'] },
};

/** The file name endings Parallax can import, with their dot: `.txt`, `.md`, …. */
export const IMPORTABLE_EXTENSIONS = Object.keys(FORMATS);

export function isImportable(fileName: string): boolean {
  return Object.hasOwn(FORMATS, extname(fileName).toLowerCase());
}

const MB = 1024 * 1024;

/** The error for a file too big to import (checked from its size before it is read). */
export function tooBigError(fileName: string, size: number): Error {
  // Rounded up, so a file just over the limit never reads as exactly at it.
  const shown = Math.ceil((size / MB) * 10) / 10;
  return invalidFile(
    `${fileName} is too big to import (${shown} MB; Parallax imports files of up to ` +
      `${MAX_IMPORT_FILE_BYTES / MB} MB).`,
  );
}

/** The error for a file whose name says it is not something Parallax imports. */
export function unsupportedError(fileName: string): Error {
  const ext = extname(fileName).toLowerCase();
  const hint = ext === '.doc' ? ' Save it as .docx in Word and import that.' : '';
  const list = `${IMPORTABLE_EXTENSIONS.slice(0, -1).join(', ')} and ${IMPORTABLE_EXTENSIONS.at(-1)}`;
  return invalidFile(`Cannot import ${fileName}: Parallax imports ${list} files.${hint}`);
}

/**
 * Reads one file's bytes as a source: chooses the reader by the file's name, checks that the
 * content is what the name claims, and refuses empty, oversized and unreadable files with a
 * ParallaxError('invalid_input') that names the file and says what is wrong.
 */
export async function importFile(bytes: Uint8Array, fileName: string): Promise<ImportedSource> {
  const format = FORMATS[extname(fileName).toLowerCase()];
  if (!format) throw unsupportedError(fileName);
  if (bytes.length > MAX_IMPORT_FILE_BYTES) throw tooBigError(fileName, bytes.length);
  // A PDF may carry some bytes before its header (Acrobat looks in the first 1024); anything
  // else mentioning "%PDF-" near its start is not taken for one.
  const kind = format.importer === importPdf && pdfHeaderAt(bytes) > 0 ? 'pdf' : sniff(bytes);
  if (kind === 'empty') throw invalidFile(`${fileName} is empty.`);
  if (!format.kinds.includes(kind)) {
    throw invalidFile(`${fileName} is not ${format.noun} (it looks like ${describeKind(kind)}).`);
  }
  const source = await format.importer(bytes, fileName);
  if (source.body.trim() === '') throw invalidFile(`${fileName} has no text to import.`);
  if (source.body.length > MAX_SOURCE_BODY) {
    throw invalidFile(
      `${fileName} is too long to import: its text is over ` +
        `${MAX_SOURCE_BODY.toLocaleString('en')} characters.`,
    );
  }
  return source;
}
