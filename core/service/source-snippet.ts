import { findMatches, highlightText } from '../highlight';
import type { QueryTerm } from '../search-query';

/**
 * Snippets of source bodies, built here rather than by FTS5's snippet(), whose cost grows with
 * the square of a row's matches: a common word in a long source took 45 s. This reads a body
 * in parts only as far as its first match, and no further than SNIPPET_SCAN_CHARS (about 20 ms
 * of reading); a source whose match lies deeper, or only in its title, shows its beginning.
 */
export const SNIPPET_SCAN_CHARS = 200_000;
const PART_CHARS = 20_000;
/** A phrase that starts near the end of a part is still read whole. */
const PART_OVERLAP = 500;
const SNIPPET_CHARS = 240;

export function sourceSnippet(body: string, terms: QueryTerm[]): string {
  const scanned = Math.min(body.length, SNIPPET_SCAN_CHARS);
  for (let at = 0; at < scanned; at += PART_CHARS) {
    const first = findMatches(body.slice(at, at + PART_CHARS + PART_OVERLAP), terms)[0];
    if (first) return around(body, at + first[0], terms);
  }
  return around(body, 0, terms);
}

/** The highlighted text around `match` (an offset in `body`), with … where it is cut. */
function around(body: string, match: number, terms: QueryTerm[]): string {
  const start = Math.max(0, match - SNIPPET_CHARS);
  const end = Math.min(body.length, match + 2 * SNIPPET_CHARS);
  const html = highlightText(body.slice(start, end), terms, SNIPPET_CHARS);
  const before = start > 0 && !html.startsWith('…') ? '…' : '';
  const after = end < body.length && !html.endsWith('…') ? '…' : '';
  return `${before}${html}${after}`;
}
