/**
 * Turns the positioned text pieces of a PDF page (pdf.js text items) into reading-order text:
 * pieces on one baseline make a line; lines make paragraphs, split where the line spacing
 * grows, the font size changes, the text moves up (a new column), a line is indented, or a
 * short line ends a sentence; paragraphs are separated by a blank line.
 *
 * Right-to-left text: pdf.js already puts the characters of each piece in logical order, but a
 * PDF may draw the words of an Arabic line as separate pieces, left to right. So a line whose
 * letters are mostly right-to-left is read right to left, and runs of pieces running against the
 * line's direction (an English name in Arabic text, Arabic in English) are reversed back.
 * Arabic presentation forms and Latin ligatures are NFKC-normalised to plain letters.
 */

export interface TextPiece {
  str: string;
  /** Left edge and baseline, in page units (y grows upwards). */
  x: number;
  y: number;
  width: number;
  /** Font size in page units. */
  size: number;
}

type Direction = 'ltr' | 'rtl' | 'neutral';

interface Line {
  pieces: TextPiece[];
  y: number;
  size: number;
  text: string;
  direction: Direction;
  /** Where the line starts (left edge for left-to-right, right edge for right-to-left). */
  start: number;
  extent: number;
}

const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/gu;
const LETTER = /\p{L}/gu;
const DIGIT = /\p{Nd}/gu;
/** Arabic presentation forms and Latin ligatures (ﬁ), which NFKC turns into plain letters. */
const COMPATIBILITY_FORMS = /[\uFB00-\uFB06\uFB50-\uFDFF\uFE70-\uFEFC]+/gu;

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

export function plainForms(text: string): string {
  return text.replace(COMPATIBILITY_FORMS, (forms) => forms.normalize('NFKC'));
}

function weigh(text: string): { rtl: number; ltr: number; digits: number } {
  const rtl = count(text, RTL_LETTER);
  return { rtl, ltr: count(text, LETTER) - rtl, digits: count(text, DIGIT) };
}

function directionOf(text: string): Direction {
  const { rtl, ltr, digits } = weigh(text);
  if (rtl > ltr) return 'rtl';
  if (ltr > 0 || digits > 0) return 'ltr';
  return 'neutral';
}

/** Groups pieces that share a baseline (within half the font size) into lines, in stream order. */
function groupLines(pieces: TextPiece[]): TextPiece[][] {
  const lines: TextPiece[][] = [];
  let current: TextPiece[] | null = null;
  let y = 0;
  let size = 0;
  for (const piece of pieces) {
    if (piece.str.trim() === '') continue; // spacing is worked out from positions
    if (current && Math.abs(piece.y - y) <= 0.5 * Math.max(size, piece.size)) {
      current.push(piece);
      size = Math.max(size, piece.size);
    } else {
      current = [piece];
      lines.push(current);
      y = piece.y;
      size = piece.size;
    }
  }
  return lines;
}

/** Reverses pieces[i..j] and the separators between them. */
function reverseRun(pieces: TextPiece[], seps: string[], i: number, j: number): void {
  pieces.splice(i, j - i + 1, ...pieces.slice(i, j + 1).reverse());
  seps.splice(i, j - i, ...seps.slice(i, j).reverse());
}

/**
 * A line is right-to-left when most of its letters are, or when it has any right-to-left
 * letters on a page where most letters are (an Arabic line quoting a long English name).
 */
function buildLine(raw: TextPiece[], rtlPage: boolean): Line {
  const pieces = raw.map((p) => ({ ...p, str: plainForms(p.str) }));
  const total = weigh(pieces.map((p) => p.str).join(''));
  const rtl = total.rtl > total.ltr || (rtlPage && total.rtl > 0);
  const direction: Direction = rtl ? 'rtl' : 'ltr';
  // Visual order in the line's direction (stable, so pieces at one x keep stream order).
  pieces.sort((a, b) => (direction === 'rtl' ? b.x + b.width - (a.x + a.width) : a.x - b.x));
  const size = Math.max(...pieces.map((p) => p.size));
  const seps = pieces.slice(1).map((next, k) => {
    const prev = pieces[k]!;
    const gap =
      direction === 'rtl' ? prev.x - (next.x + next.width) : next.x - (prev.x + prev.width);
    const spaced = /\s$/.test(prev.str) || /^\s/.test(next.str);
    return gap > 0.15 * size && !spaced ? ' ' : '';
  });
  // Runs against the line's direction are in visual order: put them back in logical order.
  const against = direction === 'rtl' ? 'ltr' : 'rtl';
  const dirs = pieces.map((p) => directionOf(p.str));
  for (let i = 0; i < pieces.length; i++) {
    if (dirs[i] !== against) continue;
    let j = i;
    for (let k = i + 1; k < pieces.length && dirs[k] !== direction; k++) {
      if (dirs[k] === against) j = k;
    }
    if (j > i) {
      reverseRun(pieces, seps, i, j);
      dirs.splice(i, j - i + 1, ...dirs.slice(i, j + 1).reverse());
    }
    i = j;
  }
  const text = pieces.map((p, k) => (k === 0 ? '' : seps[k - 1]) + p.str).join('');
  const left = Math.min(...pieces.map((p) => p.x));
  const right = Math.max(...pieces.map((p) => p.x + p.width));
  return {
    pieces,
    y: raw[0]!.y,
    size,
    text: text.replace(/\s+/g, ' ').trim(),
    direction,
    start: direction === 'rtl' ? right : left,
    extent: right - left,
  };
}

/**
 * The ordinary line spacing of a page: the lower fifth of the spacings between its lines, or,
 * with too few lines to tell, at most 1.5 times the font size (common leading).
 */
function lineSpacing(lines: Line[]): number {
  const gaps = lines
    .slice(1)
    .map((line, k) => lines[k]!.y - line.y)
    .filter((gap, k) => gap > 0.5 * lines[k + 1]!.size)
    .sort((a, b) => a - b);
  const lowest = gaps[Math.floor(gaps.length / 5)] ?? Infinity;
  return gaps.length >= 3 ? lowest : Math.min(lowest, 1.5 * Math.max(...lines.map((l) => l.size)));
}

const ENDS_SENTENCE = /[.!?؟۔:…"”»)]$/u;

function startsParagraph(prev: Line, line: Line, spacing: number, widest: number): boolean {
  const gap = prev.y - line.y;
  if (gap <= 0.5 * line.size) return true; // moved up or sideways: another column or block
  if (gap > spacing * 1.3 + 0.5) return true;
  if (Math.abs(line.size - prev.size) > 0.15 * Math.max(line.size, prev.size)) return true;
  const indent = line.direction === 'rtl' ? prev.start - line.start : line.start - prev.start;
  if (line.direction === prev.direction && indent > line.size) return true;
  return ENDS_SENTENCE.test(prev.text.slice(-2)) && prev.extent < 0.8 * widest;
}

/**
 * Joins the lines of one paragraph. A word hyphenated across lines ("re-" + "sume") is mended,
 * as pdf.js's own search does: in justified prose that is far more often a break than a
 * compound that happens to end a line.
 */
export function joinLines(texts: string[]): string {
  let out = '';
  for (const text of texts) {
    if (out === '') out = text;
    else if (out.endsWith('\u00AD')) out = out.slice(0, -1) + text;
    // Only the tail is tested: the paragraph may be long.
    else if (/\p{L}-$/u.test(out.slice(-4)) && /^\p{Ll}/u.test(text)) out = out.slice(0, -1) + text;
    else out += ` ${text}`;
  }
  return out;
}

/** A page's paragraphs, in reading order, each a list of its lines. */
export function pageParagraphLines(pieces: TextPiece[]): string[][] {
  const page = weigh(pieces.map((p) => plainForms(p.str)).join(''));
  const lines = groupLines(pieces)
    .map((line) => buildLine(line, page.rtl > page.ltr))
    .filter((line) => line.text !== '');
  if (lines.length === 0) return [];
  const spacing = lineSpacing(lines);
  const widest = Math.max(...lines.map((l) => l.extent));
  const paragraphs: string[][] = [[lines[0]!.text]];
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k]!;
    if (startsParagraph(lines[k - 1]!, line, spacing, widest)) paragraphs.push([line.text]);
    else paragraphs.at(-1)!.push(line.text);
  }
  return paragraphs;
}

/** A page's paragraphs, in reading order. */
export function pageParagraphs(pieces: TextPiece[]): string[] {
  return pageParagraphLines(pieces).map(joinLines);
}
