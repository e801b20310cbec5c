import type { DateOrigin } from './types';

/**
 * The words shown beside a date that is not the day the words were said but the day their
 * source was published (`saidOnFrom: 'source'`): such a date is only the latest the statement
 * can have been made. Dates the text states or a person typed need no note.
 */
export const DATE_OF_THE_SOURCE = 'date of the source';

/** What a reader should be told about where a date came from, or null when nothing. */
export function dateOriginNote(from: DateOrigin | null | undefined): string | null {
  return from === 'source' ? DATE_OF_THE_SOURCE : null;
}
