import { PDFDocument, PDFHexString, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { importFile } from './import-file';
import { pageParagraphs, type TextPiece } from './pdf-layout';
import { usefulPdfTitle } from './pdf';
import { expectRejected } from './test/expect-rejected';
import { arabicWidth, makeArabicPdf, makePdf, visualOrder } from './test/make-pdf';

const TWO_PAGES = {
  title: 'Statement on Kirkuk',
  author: 'Ministry of Peshmerga',
  pages: [
    [
      { text: 'Statement by the Ministry', y: 740, size: 18 },
      { text: 'The ministry said on Tuesday that the IRGC were', y: 700 },
      { text: 'directly involved, and that talks would re-', y: 685 },
      { text: 'sume next week.', y: 670 },
      { text: 'A second paragraph starts after a wider gap.', y: 640 },
    ],
    [{ text: 'Page two: “We are now inside the building.”', y: 700 }],
  ],
};

describe('.pdf', () => {
  it('reads two pages into paragraphs, titled and signed by its metadata', async () => {
    const source = await importFile(await makePdf(TWO_PAGES), 'statement.pdf');
    expect(source).toEqual({
      title: 'Statement on Kirkuk',
      author: 'Ministry of Peshmerga',
      language: null,
      body: [
        'Statement by the Ministry',
        'The ministry said on Tuesday that the IRGC were directly involved, and that talks would resume next week.',
        'A second paragraph starts after a wider gap.',
        'Page two: “We are now inside the building.”',
      ].join('\n\n'),
    });
  });

  it('reads a PDF with bytes before its header, as Acrobat does', async () => {
    const pdf = await makePdf({ pages: [[{ text: 'After some junk.', y: 700 }]] });
    const prefixed = Buffer.concat([Buffer.from('junk from a mail gateway\n'), pdf]);
    expect((await importFile(prefixed, 'mailed.pdf')).body).toBe('After some junk.');
  });

  it('is titled by its first line when the Title is missing or a placeholder', async () => {
    const pages = [
      [
        { text: 'Press briefing, 18 October', y: 700 },
        { text: 'Text.', y: 660 },
      ],
    ];
    expect((await importFile(await makePdf({ pages }), 'a.pdf')).title).toBe(
      'Press briefing, 18 October',
    );
    const placeholder = await makePdf({ title: 'Microsoft Word - briefing.docx', pages });
    expect((await importFile(placeholder, 'b.pdf')).title).toBe('Press briefing, 18 October');
    expect(usefulPdfTitle('Microsoft Word - Statement on Kirkuk')).toBe('Statement on Kirkuk');
    expect(usefulPdfTitle('Untitled')).toBeNull();
  });

  it('reads Arabic in logical order, whether a line is one run or one run per word', async () => {
    const sentence = 'قال الوزير إن المحادثات ستستأنف في 2017';
    const words = ['قال', 'الوزير', 'Reuters', 'إن'];
    // A line drawn word by word, left to right: the last word is drawn first.
    let x = 100;
    const perWord = [...words].reverse().map((word) => {
      const visual = /[A-Za-z]/.test(word) ? word : visualOrder(word);
      const run = { visual, x, y: 650 };
      x += arabicWidth(visual) + 6;
      return run;
    });
    // Presentation forms (shaped glyphs: ﻗﺎﻝ) as some producers' ToUnicode maps give them.
    const shaped = { visual: visualOrder('ﻗﺎﻝ ﺍﻟﻮﺯﻳﺮ'), x: 100, y: 600 };
    const pdf = await makeArabicPdf([
      { visual: visualOrder(sentence), x: 100, y: 700 },
      ...perWord,
      shaped,
    ]);
    const source = await importFile(pdf, 'arabic.pdf');
    expect(source.body.split('\n\n')).toEqual([sentence, 'قال الوزير Reuters إن', 'قال الوزير']);
    expect(source.title).toBe(sentence);
  });

  it('refuses a truncated, a damaged and an encrypted PDF, and one without text', async () => {
    const good = await makePdf(TWO_PAGES);
    await expectRejected(
      good.slice(0, good.length >> 1),
      'cut.pdf',
      /cut\.pdf is incomplete: the end of the PDF is missing/,
    );
    const damaged = new Uint8Array(good);
    damaged.fill(0x20, 200, good.length - 200);
    await expectRejected(
      damaged,
      'damaged.pdf',
      /damaged\.pdf is damaged: it could not be read as a PDF/,
    );
    await expectRejected(
      new TextEncoder().encode('%PDF-1.4'),
      'stub.pdf',
      /stub\.pdf is incomplete/,
    );
    await expectRejected(
      await encryptedPdf(),
      'locked.pdf',
      /locked\.pdf is protected by a password/,
    );
    await expectRejected(
      await makePdf({ pages: [[]] }),
      'scan.pdf',
      /scan\.pdf has no text to import: .*no text layer/,
    );
  });
});

/** pdf-lib cannot encrypt; a standard security handler whose user password is not empty will do. */
async function encryptedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage().drawText('Secret', { x: 50, y: 700, font });
  const bytes = (n: number, value: number) => PDFHexString.of(value.toString(16).repeat(2 * n));
  const encrypt = doc.context.obj({
    Filter: 'Standard',
    V: 1,
    R: 2,
    Length: 40,
    P: -44,
    O: bytes(32, 0xab),
    U: bytes(32, 0xcd),
  });
  doc.context.trailerInfo.Encrypt = doc.context.register(encrypt);
  doc.context.trailerInfo.ID = doc.context.obj([bytes(16, 0x11), bytes(16, 0x11)]);
  return doc.save({ useObjectStreams: false });
}

describe('PDF page layout', () => {
  const piece = (
    str: string,
    x: number,
    y: number,
    width = str.length * 6,
    size = 12,
  ): TextPiece => ({ str, x, y, width, size });

  it('orders the pieces of a line by position and spaces them by the gaps between them', () => {
    expect(
      pageParagraphs([
        piece('words', 90, 700, 30),
        piece('Split', 50, 700, 23),
        piece('ting', 120, 700, 20),
      ]),
    ).toEqual(['Split wordsting']);
  });

  it('reads a right-to-left line right to left, keeping an English run in its own order', () => {
    // Visual order, left to right: [إن] [Reuters] [News] [قال]; more Arabic on the page.
    const pieces = [
      piece('إن', 10, 700, 12),
      piece('Reuters', 30, 700, 42),
      piece('News', 80, 700, 24),
      piece('قال', 110, 700, 18),
      piece('المحادثات ستستأنف', 28, 686, 100),
    ];
    expect(pageParagraphs(pieces)).toEqual(['قال Reuters News إن المحادثات ستستأنف']);
  });

  it('turns presentation forms and ligatures into plain letters', () => {
    expect(pageParagraphs([piece('ﻗﺎﻝ ﺍﻟﻮﺯﻳﺮ', 10, 700), piece('the ﬁnal word', 10, 650)])).toEqual(
      ['قال الوزير', 'the final word'],
    );
  });

  it('starts a paragraph at an indent, at a short line ending a sentence, and mends soft hyphens', () => {
    const lines = [
      piece('A paragraph that runs the full width of the col\u00AD', 50, 700, 400),
      piece('umn and then ends here.', 50, 686, 150),
      piece('Indented first line of the next paragraph runs on', 70, 672, 380),
      piece('to a second, shorter line.', 50, 658, 160),
      piece(
        'Next paragraph, not indented, after a short line that ended a sentence.',
        50,
        644,
        400,
      ),
    ];
    expect(pageParagraphs(lines)).toEqual([
      'A paragraph that runs the full width of the column and then ends here.',
      'Indented first line of the next paragraph runs on to a second, shorter line.',
      'Next paragraph, not indented, after a short line that ended a sentence.',
    ]);
  });
});
