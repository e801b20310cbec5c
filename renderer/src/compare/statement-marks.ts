import type { StatementKind } from '../../../core/api';
import type { WordDiffResult } from '../../../core/diff';
import { quoted } from '../statements/StatementRow';

/** A stretch of a statement's own words and the marks the word diff gives it. */
export interface MarkedRun {
  text: string;
  /** Only this statement has these words; the other column does not. */
  only: boolean;
  /** Content words both statements share. */
  shared: boolean;
  /** A negation: where two statements usually part ways. */
  negation: boolean;
}

/** How a statement is printed: a quotation in quotation marks, the words, a closing mark. */
export interface MarkedStatement {
  open: string;
  runs: MarkedRun[];
  close: string;
}

/**
 * The statement's words exactly as the comparison prints them (`quoted`), cut into runs that
 * carry the diff's marks for this side. The diff only ever adds marks: `null` when it has none
 * to give (no alignment) or when its parts do not spell this very text, and the caller then
 * prints the text unmarked.
 */
export function markStatement(
  text: string,
  kind: StatementKind,
  result: WordDiffResult,
  side: 'left' | 'right',
): MarkedStatement | null {
  if (result.status !== 'ok') return null;
  const other = side === 'left' ? 'added' : 'removed';
  const own = result.parts.filter((part) => part.kind !== other);
  const normalised = text.normalize('NFC');
  if (own.map((part) => part.text).join('') !== normalised) return null;

  const printed = quoted(normalised, kind);
  const isQuote = kind === 'quote';
  const words = isQuote ? printed.slice(1, -1) : printed;
  // `quoted` may drop trailing punctuation kept inside a quotation's span; nothing else.
  if (!normalised.startsWith(words)) return null;

  const runs: MarkedRun[] = [];
  let left = words.length;
  for (const part of own) {
    if (left <= 0) break;
    const piece = part.text.slice(0, left);
    left -= piece.length;
    runs.push({
      text: piece,
      only: part.kind !== 'same',
      shared: part.shared === true,
      negation: part.negation === true,
    });
  }
  return { open: isQuote ? printed[0]! : '', runs, close: isQuote ? printed.at(-1)! : '' };
}
