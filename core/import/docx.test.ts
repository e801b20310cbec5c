import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { describe, expect, it } from 'vitest';
import { importFile } from './import-file';
import { expectRejected } from './test/expect-rejected';
import { makeZip } from './test/make-zip';

const ARABIC = 'قال الوزير إن المحادثات ستُستأنف في 2017.';

function statement(properties: { title?: string; creator?: string } = {}) {
  return new Document({
    ...properties,
    sections: [
      {
        children: [
          new Paragraph({ text: 'Statement of the Ministry', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [
              new TextRun('The ministry said: '),
              new TextRun({ text: '“no role”.', bold: true }),
            ],
          }),
          new Paragraph({
            bidirectional: true,
            children: [new TextRun({ text: ARABIC, rightToLeft: true })],
          }),
          new Table({
            rows: [
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph('Cell A')] }),
                  new TableCell({ children: [new Paragraph('Cell B')] }),
                ],
              }),
            ],
          }),
        ],
      },
    ],
  });
}

describe('.docx', () => {
  it('reads the text in paragraphs (Arabic in logical order) with its core properties', async () => {
    const bytes = await Packer.toBuffer(
      statement({ title: 'Kirkuk & the IRGC', creator: 'Press Office' }),
    );
    expect(await importFile(bytes, 'statement.docx')).toEqual({
      title: 'Kirkuk & the IRGC',
      author: 'Press Office',
      language: null,
      body: [
        'Statement of the Ministry',
        'The ministry said: “no role”.',
        ARABIC,
        'Cell A',
        'Cell B',
      ].join('\n\n'),
    });
  });

  it('is titled by its first line when it has no title property', async () => {
    const source = await importFile(await Packer.toBuffer(statement()), 'untitled.docx');
    expect(source.title).toBe('Statement of the Ministry');
    expect(source.author).toBeNull(); // the docx library's "Un-named" placeholder is not a name
  });

  it('refuses a ZIP that is not a Word document, a damaged one, and random bytes', async () => {
    await expectRejected(
      makeZip({ 'notes.txt': 'hello' }),
      'notes.docx',
      /notes\.docx is not a Word document \(it is a ZIP archive\)/,
    );
    await expectRejected(
      makeZip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' }),
      'sheet.docx',
      /sheet\.docx is not a Word document \(it is an Excel workbook\)/,
    );
    await expectRejected(
      makeZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': 'not xml <<' }),
      'broken.docx',
      /broken\.docx is damaged: it could not be read as a Word document/,
    );
    const good = await Packer.toBuffer(statement());
    await expectRejected(
      good.subarray(0, good.length - 200),
      'cut.docx',
      /cut\.docx is damaged: its ZIP structure cannot be read/,
    );
    const random = Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 91 + 7) % 256));
    await expectRejected(
      random,
      'random.docx',
      /random\.docx is not a Word \.docx document \(it looks like binary data\)/,
    );
    await expectRejected(
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      'old.docx',
      /old\.docx is not a Word \.docx document \(it looks like an old-style Office file/,
    );
  });
});
