import type { DateOrigin, DatePrecision } from '../api/types';

interface DatedAs {
  saidOn?: string | null;
  saidOnPrecision?: DatePrecision | null;
}

export interface AcceptedDate {
  saidOn: string | null;
  saidOnPrecision: DatePrecision | null;
  from: DateOrigin | null;
}

/**
 * The date a proposal becomes a statement with, and where it came from. The researcher's edit
 * wins (a date they cleared stays cleared); the date the extractor read in the text comes next;
 * failing both, the source's publication date stands in, as a day, marked as the source's, so
 * nobody mistakes it for the day the words were said (they were said on or before it).
 */
export function acceptedDate(
  proposed: { saidOn: string | null; saidOnPrecision: DatePrecision | null },
  edit: DatedAs,
  sourcePublishedOn: string | null,
): AcceptedDate {
  const proposedPrecision = proposed.saidOn ? (proposed.saidOnPrecision ?? 'day') : null;
  const saidOn = edit.saidOn === undefined ? proposed.saidOn : edit.saidOn;
  if (saidOn) {
    const saidOnPrecision = edit.saidOnPrecision ?? proposedPrecision ?? 'day';
    const asRead = saidOn === proposed.saidOn && saidOnPrecision === proposedPrecision;
    return { saidOn, saidOnPrecision, from: asRead ? 'text' : 'user' };
  }
  if (edit.saidOn === undefined && sourcePublishedOn)
    return { saidOn: sourcePublishedOn, saidOnPrecision: 'day', from: 'source' };
  return { saidOn: null, saidOnPrecision: null, from: null };
}
