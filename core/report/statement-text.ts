import type { WordDiffPart } from '../diff';
import { excerpt } from './excerpt';
import type { ReportStatement } from './model';

/**
 * Punctuation a quotation's span carried over from the sentence around it ("…building," said
 * the fighter): a comma, semicolon or colon (Latin or Arabic) at the end is the reporter's, not
 * the end of what was said.
 */
const CARRIED_OVER = /[\s,;:\u060C\u061B]+$/u;

/** The words of a statement as a report prints them, without punctuation carried over. */
export function spokenWords(text: string): string {
  return text.trim().replace(CARRIED_OVER, '');
}

/**
 * Quotation marks inside a quotation alternate with the outer ones (English usage: double
 * outside, single inside), so a quoted quote stays readable.
 */
function nestedMarks(text: string): string {
  return text
    .replace(/“/g, '‘')
    .replace(/”/g, '’')
    .replace(/"([^"]*)"/g, '‘$1’');
}

/** Opening and closing marks of a printed quotation. */
export const OPEN_QUOTE = '“';
export const CLOSE_QUOTE = '”';

/**
 * A statement's words as printed in every format: a quotation between quotation marks, a
 * paraphrase as it is (the formats label it "Paraphrase").
 */
export function printedWords(s: Pick<ReportStatement, 'kind' | 'text'>): string {
  const words = spokenWords(s.text);
  return s.kind === 'quote' ? `${OPEN_QUOTE}${nestedMarks(words)}${CLOSE_QUOTE}` : words;
}

/** The label a format puts before a paraphrase, so no reader takes it for the speaker's words. */
export const PARAPHRASE_LABEL = 'Paraphrase';

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
