import type { WordDiffPart } from '../diff';
import { excerpt } from './excerpt';
import {
  CARRIED_OVER,
  CLOSE_QUOTE,
  nestedMarks,
  OPEN_QUOTE,
  PARAPHRASE_LABEL,
  spokenWords,
} from '../api/statement-words';
import type { ReportStatement } from './model';

// The words as every format prints them live with the API's contracts, so the app's lists
// print a statement exactly as a report does.
export {
  CLOSE_QUOTE,
  OPEN_QUOTE,
  PARAPHRASE_LABEL,
  printedWords,
  spokenWords,
} from '../api/statement-words';

/**
 * Diff parts trimmed like `spokenWords`, so marked words print exactly as unmarked ones do:
 * leading space dropped from the first part, carried-over punctuation from the last.
 */
export function spokenParts(
  parts: readonly WordDiffPart[],
  kind: ReportStatement['kind'],
): WordDiffPart[] {
  const out = parts.map((p) => ({ ...p }));
  while (out.length > 0 && out[0]!.text.trim() === '') out.shift();
  if (out[0]) out[0].text = out[0].text.trimStart();
  while (out.length > 0) {
    const last = out[out.length - 1]!;
    last.text = last.text.replace(CARRIED_OVER, '');
    if (last.text !== '') break;
    out.pop();
  }
  if (kind === 'quote') for (const p of out) p.text = nestedMarks(p.text);
  return out;
}

/**
 * A statement's words shortened for a timeline row: the excerpt inside the quotation marks of a
 * quotation (so the marks survive the cut), or the labelled paraphrase.
 */
export function timelineWords(s: Pick<ReportStatement, 'kind' | 'text'>): string {
  if (s.kind !== 'quote') return `${PARAPHRASE_LABEL}: ${excerpt(spokenWords(s.text))}`;
  return `${OPEN_QUOTE}${excerpt(nestedMarks(spokenWords(s.text)))}${CLOSE_QUOTE}`;
}
