import type { DatePrecision, Input, StatementDetail, StatementKind } from '../../../core/api';

/** The statement form's state: everything as the researcher types it (names, not ids). */
export interface StatementDraft {
  speaker: string;
  role: string;
  text: string;
  kind: StatementKind;
  saidOn: string;
  saidOnPrecision: DatePrecision;
  venue: string;
  language: string;
  translation: string;
  translationLanguage: string;
  reportedVia: string;
  sourceId: string;
  cue: string;
}

export const EMPTY_DRAFT: StatementDraft = {
  speaker: '',
  role: '',
  text: '',
  kind: 'quote',
  saidOn: '',
  saidOnPrecision: 'day',
  venue: '',
  language: '',
  translation: '',
  translationLanguage: '',
  reportedVia: '',
  sourceId: '',
  cue: '',
};

export function draftOf(s: StatementDetail): StatementDraft {
  return {
    speaker: s.speakerName,
    role: s.role ?? '',
    text: s.text,
    kind: s.kind,
    saidOn: s.saidOn ?? '',
    saidOnPrecision: s.saidOnPrecision ?? 'day',
    venue: s.venue ?? '',
    language: s.language ?? '',
    translation: s.translation ?? '',
    translationLanguage: s.translationLanguage ?? '',
    reportedVia: s.reportedViaName ?? '',
    sourceId: s.sourceId ?? '',
    cue: s.cue ?? '',
  };
}

/** The fields of a statement input that come straight from the draft (speaker ids aside). */
export function fieldsOf(d: StatementDraft): Omit<Input<'createStatement'>, 'speakerId'> {
  const orNull = (v: string) => (v.trim() === '' ? null : v);
  return {
    text: d.text,
    kind: d.kind,
    role: orNull(d.role),
    saidOn: orNull(d.saidOn),
    saidOnPrecision: d.saidOn ? d.saidOnPrecision : null,
    venue: orNull(d.venue),
    language: orNull(d.language),
    translation: orNull(d.translation),
    translationLanguage: orNull(d.translationLanguage),
    sourceId: orNull(d.sourceId),
    cue: orNull(d.cue),
  };
}

/** What is wrong with the draft, in words, or null when it can be saved. */
export function draftProblem(d: StatementDraft): string | null {
  if (d.speaker.trim() === '') return 'Who said it? Enter a speaker.';
  if (d.text.trim() === '') return 'What was said? Enter the statement’s text.';
  return null;
}
