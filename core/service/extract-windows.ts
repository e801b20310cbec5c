import { extractStatements, type Candidate, type ExtractOptions } from '../extract';

/**
 * The longest text the extractor reads in one go, in characters (JavaScript string units).
 *
 * The extractor holds a whole text's tokens, sentences and quotations at once: about 30 bytes a
 * character, so a 35 M character text (a 100 MB file, the most an import takes) needed 1.2 GB
 * and 9 s. A longer text is read in parts of at most this size, each cut after a paragraph (or
 * line) break, and what each part yields is shifted to its place in the whole: memory stays
 * bounded by the part and time linear in the text. Every text up to this size (every news
 * text, transcript or report) is read whole, exactly as before. In a longer one, a quotation
 * running across a cut or a pronoun whose name is in the part before is not found, as when the
 * text is imported in pieces.
 */
export const EXTRACT_WINDOW = 1_000_000;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * Where the part [start, …) ends, at most `end`: after the last blank line, else the last line
 * break, in the part's second half (searched back from `end` only that far, so cutting a text
 * with no blank line stays linear); failing both (one enormous line), anywhere but inside a
 * surrogate pair.
 */
function cut(text: string, start: number, end: number, size: number): number {
  const floor = start + Math.floor(size / 2);
  let line = -1;
  for (let i = end - 1; i >= floor; i--) {
    if (text.charCodeAt(i) !== 10) continue;
    if (text.charCodeAt(i - 1) === 10) return i + 1;
    if (line < 0) line = i + 1;
  }
  if (line >= 0) return line;
  return end - 1 > start && isHighSurrogate(text.charCodeAt(end - 1)) ? end - 1 : end;
}

/** The [start, end) parts `text` is read in: consecutive, covering it, none over `size`. */
export function extractionWindows(text: string, size = EXTRACT_WINDOW): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  for (let start = 0; start < text.length;) {
    const end = start + size >= text.length ? text.length : cut(text, start, start + size, size);
    windows.push([start, end]);
    start = end;
  }
  return windows;
}

function extractSpan(
  text: string,
  start: number,
  end: number,
  options: ExtractOptions,
): Candidate[] {
  if (start === 0 && end === text.length) return extractStatements(text, options);
  return extractStatements(text.slice(start, end), options).map((c) => ({
    ...c,
    start: c.start + start,
    end: c.end + start,
  }));
}

/** `extractStatements` over the whole text, a part at a time when it is longer than `size`. */
export function extractInParts(
  text: string,
  options: ExtractOptions = {},
  size = EXTRACT_WINDOW,
): Candidate[] {
  if (text.length <= size) return extractStatements(text, options);
  return extractionWindows(text, size).flatMap(([start, end]) =>
    extractSpan(text, start, end, options),
  );
}

/** What the extractor finds in the part(s) of the text the selection [from, to) lies in. */
export function extractAround(
  text: string,
  from: number,
  to: number,
  options: ExtractOptions = {},
  size = EXTRACT_WINDOW,
): Candidate[] {
  if (text.length <= size) return extractStatements(text, options);
  const parts = extractionWindows(text, size).filter(
    ([s, e]) => s < Math.max(to, from + 1) && e > from,
  );
  if (parts.length === 0) return [];
  return extractSpan(text, parts[0]![0], parts[parts.length - 1]![1], options);
}
