import type { ReportOptions } from '../api/reports';

/** The report's method note: what its terms mean, so a reader can check its claims. */
export function methodNote(options: ReportOptions, styleLabel: string): string[] {
  const note = [
    'Each statement was recorded from the source cited with it: who said it, in what role and ' +
      'with which affiliations at the time, when, and whether it is a direct quotation or a ' +
      'paraphrase. Quotations are given as the source prints them.',
    'A stance records whether a statement affirms, denies or qualifies a proposition. A ' +
      'conflict is a pair of statements, one affirming and one denying the same proposition; ' +
      'a flip is a conflict in which the same actor, or one organisation through its members, ' +
      'took both positions on different dates.',
  ];
  if (options.diffMarks && options.sections.includes('comparisons')) {
    note.push(
      'In each comparison every statement is compared word by word with the one beside it: ' +
        'content words both share are in bold, words only one of them has are highlighted, ' +
        'and negations are underlined.',
    );
  }
  note.push(
    `Sources are cited in the ${styleLabel} style. This report was prepared with Parallax.`,
  );
  return note;
}
