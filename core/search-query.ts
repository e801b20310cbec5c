import { foldText } from '../db/search-folding';

/** One thing to look for: a word or a phrase (its words in order), maybe a prefix. */
export interface QueryTerm {
  text: string;
  prefix: boolean;
  negated: boolean;
  /** Joined to the previous positive term by OR rather than AND. */
  or: boolean;
}

/**
 * Reads what a researcher types. Understood: words (all must match), "quoted phrases",
 * prefix*, OR between two terms, and -word to exclude. Everything else is taken literally, so
 * no input can raise an FTS syntax error. Terms without a letter or digit are dropped.
 */
export function parseQuery(input: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  let pendingOr = false;
  const pattern = /(-?)(?:["“”«»]([^"“”«»]*)["“”«»]?|(\S+))/gu;
  for (const match of foldText(input).matchAll(pattern)) {
    const [, minus, phrase, word] = match;
    if (word === 'OR' && !minus) {
      pendingOr = terms.some((t) => !t.negated);
      continue;
    }
    const raw = phrase ?? word ?? '';
    const prefix = phrase === undefined && raw.endsWith('*');
    const text = (prefix ? raw.replace(/\*+$/, '') : raw).trim();
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    const negated = minus === '-';
    terms.push({ text, prefix, negated, or: pendingOr && !negated });
    pendingOr = false;
  }
  return terms;
}

function ftsString(term: QueryTerm): string {
  return `"${term.text.replace(/"/g, '""')}"${term.prefix ? '*' : ''}`;
}

/** The FTS5 MATCH expression for what was typed, or null when nothing searchable is left. */
export function toFtsQuery(input: string): string | null {
  const terms = parseQuery(input);
  const positives = terms.filter((t) => !t.negated);
  if (positives.length === 0) return null;
  const positive = positives.map((t) => (t.or ? `OR ${ftsString(t)}` : ftsString(t))).join(' ');
  const negatives = terms.filter((t) => t.negated).map(ftsString);
  return negatives.length > 0 ? `(${positive}) NOT (${negatives.join(' OR ')})` : positive;
}
