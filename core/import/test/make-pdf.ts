import {
  PDFDocument,
  PDFName,
  PDFString,
  StandardFonts,
  type PDFFont,
  type PDFPage,
} from 'pdf-lib';

/**
 * PDFs made for tests with pdf-lib. Latin text uses the standard Helvetica font. pdf-lib cannot
 * embed a TrueType font without @pdf-lib/fontkit (not a dependency), so Arabic text uses a
 * Type0 font that has no glyph program, only a ToUnicode map from glyph ids to characters:
 * viewers draw boxes, but text extraction, which reads ToUnicode, sees exactly what a
 * real Arabic PDF carries.
 */

export interface Line {
  text: string;
  x?: number;
  y: number;
  size?: number;
}

export interface PdfOptions {
  title?: string;
  author?: string;
  /** The lines of each page. */
  pages: Line[][];
}

export async function makePdf({ title, author, pages }: PdfOptions): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  if (title !== undefined) doc.setTitle(title);
  if (author !== undefined) doc.setAuthor(author);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = doc.addPage([600, 800]);
    for (const line of lines) drawLine(page, font, line);
  }
  return doc.save();
}

function drawLine(page: PDFPage, font: PDFFont, { text, x = 50, y, size = 12 }: Line): void {
  page.drawText(text, { x, y, size, font });
}

const hex4 = (n: number) => n.toString(16).padStart(4, '0').toUpperCase();

/** A piece of Arabic drawn as one string of glyphs, left to right, starting at `x`. */
export interface GlyphRun {
  /** The glyphs' characters in the order they are drawn (visual order, left to right). */
  visual: string;
  x: number;
  y: number;
}

/** The visual (left-to-right drawing) order of a right-to-left line: runs of digits stay. */
export function visualOrder(logical: string): string {
  return [...logical]
    .reverse()
    .join('')
    .replace(/[0-9A-Za-z]+/g, (run) => [...run].reverse().join(''));
}

const GLYPH_WIDTH = 500; // thousandths of the font size, for every glyph

/** The width of `text` drawn at `size` in the Arabic test font. */
export const arabicWidth = (text: string, size = 12) =>
  ([...text].length * GLYPH_WIDTH * size) / 1000;

/** A one-page PDF drawing each run with the ToUnicode-only Arabic font at 12 pt. */
export async function makeArabicPdf(runs: GlyphRun[], title?: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  if (title !== undefined) doc.setTitle(title);
  const chars = [...new Set(runs.flatMap((r) => [...r.visual]))];
  const glyph = new Map(chars.map((c, i) => [c, i + 1]));
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    `${chars.length} beginbfchar`,
    ...chars.map((c) => `<${hex4(glyph.get(c)!)}> <${hex4(c.codePointAt(0)!)}>`),
    'endbfchar endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  const context = doc.context;
  const descriptor = context.obj({
    Type: 'FontDescriptor',
    FontName: 'ParallaxTestArabic',
    Flags: 4,
    FontBBox: [0, -200, 1000, 800],
    ItalicAngle: 0,
    Ascent: 800,
    Descent: -200,
    CapHeight: 700,
    StemV: 80,
  });
  const cidFont = context.obj({
    Type: 'Font',
    Subtype: 'CIDFontType2',
    BaseFont: 'ParallaxTestArabic',
    CIDSystemInfo: {
      Registry: PDFString.of('Adobe'),
      Ordering: PDFString.of('Identity'),
      Supplement: 0,
    },
    FontDescriptor: context.register(descriptor),
    DW: GLYPH_WIDTH,
  });
  const font = context.obj({
    Type: 'Font',
    Subtype: 'Type0',
    BaseFont: 'ParallaxTestArabic',
    Encoding: 'Identity-H',
    DescendantFonts: [context.register(cidFont)],
    ToUnicode: context.register(context.stream(cmap)),
  });
  const page = doc.addPage([600, 800]);
  page.node.setFontDictionary(PDFName.of('FAr'), context.register(font));
  const ops = runs.map(({ visual, x, y }) => {
    const glyphs = [...visual].map((c) => hex4(glyph.get(c)!)).join('');
    return `BT /FAr 12 Tf ${x} ${y} Td <${glyphs}> Tj ET`;
  });
  page.node.addContentStream(context.register(context.stream(ops.join('\n'))));
  return doc.save();
}
