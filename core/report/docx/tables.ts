import {
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from 'docx';
import { textParagraph } from './runs';

/** The width of the text on an A4 page with 1-inch margins, in twentieths of a point. */
export const CONTENT_WIDTH = 11906 - 2 * 1440;

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'A6A6A6' } as const;
const BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};
const MARGINS = { top: 80, bottom: 80, left: 100, right: 100 };

/** Column widths from relative weights, summing to the text width. */
function widthsOf(weights: number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((CONTENT_WIDTH * w) / total));
}

function cell(children: Paragraph[], width: number, header = false): TableCell {
  return new TableCell({
    children: children.length > 0 ? children : [new Paragraph({})],
    width: { size: width, type: WidthType.DXA },
    margins: MARGINS,
    ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } } : {}),
  });
}

export interface TableSpec {
  /** Column headings (a heading row repeated on each page), or none. */
  headers?: string[];
  /** Relative column widths (equal when left out). */
  weights?: number[];
  /** Each row's cells, each cell its paragraphs. */
  rows: Paragraph[][][];
}

/** A bordered table the width of the page text, with fixed column widths. */
export function table({ headers, weights, rows }: TableSpec): Table {
  const columns = headers?.length ?? rows[0]?.length ?? 1;
  const widths = widthsOf(weights ?? Array<number>(columns).fill(1));
  const head = headers
    ? [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: headers.map((h, i) =>
            cell([textParagraph(h, { bold: true })], widths[i]!, true),
          ),
        }),
      ]
    : [];
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: [
      ...head,
      ...rows.map(
        (r) => new TableRow({ children: r.map((paragraphs, i) => cell(paragraphs, widths[i]!)) }),
      ),
    ],
  });
}
