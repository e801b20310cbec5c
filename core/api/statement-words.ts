import type { StatementKind } from './types';

/** How a statement's words are printed, in the app's lists and in every report format. */

/**
 * Punctuation a quotation's span carried over from the sentence around it ("…building," said
 * the fighter): a comma, semicolon or colon (Latin or Arabic) at the end is the reporter's, not
 * the end of what was said.
 */
export const CARRIED_OVER = /[\s,;:\u060C\u061B]+$/u;

/** The words of a statement as a report prints them, without punctuation carried over. */
export function spokenWords(text: string): string {
  return text.trim().replace(CARRIED_OVER, '');
}

/**
 * Quotation marks inside a quotation alternate with the outer ones (English usage: double
 * outside, single inside), so a quoted quote stays readable.
 */
export function nestedMarks(text: string): string {
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
export function printedWords(s: { kind: StatementKind; text: string }): string {
  const words = spokenWords(s.text);
  return s.kind === 'quote' ? `${OPEN_QUOTE}${nestedMarks(words)}${CLOSE_QUOTE}` : words;
}

/** The label a format puts before a paraphrase, so no reader takes it for the speaker's words. */
export const PARAPHRASE_LABEL = 'Paraphrase';
