import { foldText } from '../db/search-folding';

/**
 * Turns what a researcher types into a safe FTS5 query, so no input can raise an FTS syntax
 * error. Understood: words (all must match), "quoted phrases", prefix*, OR between two terms,
 * and -word to exclude. Everything else is taken literally.
 * Returns null when nothing searchable is left (only punctuation, say).
 */
export function toFtsQuery(input: string): string | null {
  const positives: string[] = [];
  const negatives: string[] = [];
  let pendingOr = false;
  const pattern = /(-?)(?:["“”«»]([^"“”«»]*)["“”«»]?|(\S+))/gu;
  for (const match of foldText(input).matchAll(pattern)) {
    const [, minus, phrase, word] = match;
    if (word === 'OR' && !minus) {
      pendingOr = positives.length > 0;
      continue;
    }
    const term = toTerm(phrase ?? word ?? '', phrase === undefined);
    if (!term) continue;
    if (minus) {
      negatives.push(term);
    } else if (pendingOr) {
      positives.push(`OR ${term}`);
    } else {
      positives.push(term);
    }
    pendingOr = false;
  }
  if (positives.length === 0) return null;
  const positive = positives.join(' ');
  return negatives.length > 0 ? `(${positive}) NOT (${negatives.join(' OR ')})` : positive;
}

/** One quoted FTS5 string; a bare word ending in * becomes a prefix query. */
function toTerm(raw: string, allowPrefix: boolean): string | null {
  const prefix = allowPrefix && raw.endsWith('*');
  const text = (prefix ? raw.replace(/\*+$/, '') : raw).trim();
  if (!/[\p{L}\p{N}]/u.test(text)) return null;
  return `"${text.replace(/"/g, '""')}"${prefix ? '*' : ''}`;
}

/** FTS5 snippet markers: control characters no statement text contains. */
export const MARK_OPEN = '\u0002';
export const MARK_CLOSE = '\u0003';

/** Escapes a snippet for HTML and turns the FTS markers into <mark> elements. */
export function snippetToHtml(snippet: string): string {
  return snippet
    .replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
    .replaceAll(MARK_OPEN, '<mark>')
    .replaceAll(MARK_CLOSE, '</mark>');
}
