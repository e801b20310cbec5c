import type { ReportOptions } from '../api/reports';

/** The report's method note: what its terms and marks mean, so a reader can check its claims. */
export function methodNote(options: ReportOptions, styleLabel: string): string[] {
  const note = [
    'Each statement was recorded from the source cited beside it: who said it, in what role and ' +
      'with which affiliations at the time, when, and whether it is a direct quotation or a ' +
      'paraphrase. Quotations are printed between quotation marks as the source gives them; a ' +
      'paraphrase is labelled as such and printed without quotation marks. A quotation whose ' +
      'words were edited after it was anchored in its source, or can no longer be found there, ' +
      'is marked “differs from the source” or “no longer found in the source”: it is not given ' +
      'as verbatim.',
    'Dates are given as precisely as they are known: a day, the week (named by its Monday) or ' +
      'the month. Where the source’s text gives no date for a statement, the source’s ' +
      'publication date is used and marked “date of the source”.',
    'A stance records whether a statement affirms, denies or qualifies a proposition. A ' +
      'proposition is in conflict when at least one statement in this report affirms it and ' +
      'another denies it; the conflicts section lists, for each proposition, every statement ' +
      'on each side once. A flip is a change of position: the same actor, or one organisation ' +
      'through its members, affirmed and denied it on different dates.',
  ];
  note.push(
    `Sources are cited in the ${styleLabel} style. This report was prepared with Parallax.`,
  );
  return note;
}

/**
 * What the diff marks in comparisons mean, for the formats that print them (HTML, PDF, Word);
 * null when the report has none.
 */
export function diffMarksNote(options: ReportOptions): string | null {
  if (!options.diffMarks || !options.sections.includes('comparisons')) return null;
  return (
    'In each comparison every statement is compared word by word with the one beside it: ' +
    'content words both share are in bold, words only one of them has are highlighted, ' +
    'and negations are underlined.'
  );
}
