import { describe, expect, it } from 'vitest';
import { IMPORTABLE_EXTENSIONS, isImportable } from './import-file';
import { expectRejected } from './test/expect-rejected';
import { makePdf } from './test/make-pdf';
import { makeZip } from './test/make-zip';
import { MAX_SOURCE_BODY } from '../api/sources';
import { MAX_IMPORT_FILE_BYTES } from './types';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('importFile chooses the reader by name and checks the content against it', () => {
  it('knows .txt .md .html .htm .pdf .docx, in any case', () => {
    expect(IMPORTABLE_EXTENSIONS).toEqual(['.txt', '.md', '.html', '.htm', '.pdf', '.docx']);
    expect(isImportable('A.PDF')).toBe(true);
    expect(isImportable('a.doc')).toBe(false);
  });

  it('refuses names it cannot import, saying which it can', async () => {
    await expectRejected(
      utf8('x'),
      'photo.jpg',
      /Cannot import photo\.jpg: Parallax imports \.txt, \.md, \.html, \.htm, \.pdf and \.docx files\.$/,
    );
    await expectRejected(utf8('x'), 'old.doc', /Save it as \.docx in Word/);
    await expectRejected(utf8('x'), 'README', /Cannot import README/);
  });

  it('refuses files that are not what their name says', async () => {
    const pdf = await makePdf({ pages: [[{ text: 'A PDF', y: 700 }]] });
    await expectRejected(
      pdf,
      'report.txt',
      /report\.txt is not a text file \(it looks like a PDF file\)/,
    );
    await expectRejected(
      pdf,
      'report.docx',
      /report\.docx is not a Word \.docx document \(it looks like a PDF file\)/,
    );
    await expectRejected(
      utf8('Just some text.\n'),
      'report.pdf',
      /report\.pdf is not a PDF \(it looks like a text file\)/,
    );
    await expectRejected(
      makeZip({ 'a.txt': 'a' }),
      'report.pdf',
      /report\.pdf is not a PDF \(it looks like a ZIP file\)/,
    );
    await expectRejected(
      utf8('<!doctype html><html><body>x</body></html>'),
      'page.pdf',
      /page\.pdf is not a PDF \(it looks like an HTML page\)/,
    );
    await expectRejected(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]),
      'scan.pdf',
      /scan\.pdf is not a PDF \(it looks like a PNG image\)/,
    );
    await expectRejected(
      makeZip({ 'a.txt': 'a' }),
      'notes.md',
      /notes\.md is not a Markdown text file \(it looks like a ZIP file\)/,
    );
  });

  it('refuses empty files of every kind', async () => {
    for (const ext of IMPORTABLE_EXTENSIONS) {
      await expectRejected(
        new Uint8Array(0),
        `empty${ext}`,
        new RegExp(`empty\\${ext} is empty\\.`),
      );
    }
  });

  it('refuses text longer than a source may hold', async () => {
    const long = new Uint8Array(MAX_SOURCE_BODY + 1).fill(0x61);
    await expectRejected(
      long,
      'long.txt',
      /long\.txt is too long to import: its text is over 50,000,000 characters/,
    );
  });

  it('refuses more than 100 MB before looking at the bytes', async () => {
    class Huge extends Uint8Array {
      override get length() {
        return MAX_IMPORT_FILE_BYTES + 1;
      }
    }
    await expectRejected(
      new Huge(4),
      'huge.txt',
      /huge\.txt is too big to import \(100\.1 MB; Parallax imports files of up to 100 MB\)/,
    );
  });
});
