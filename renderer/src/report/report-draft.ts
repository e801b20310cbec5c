import { DEFAULT_REPORT_SETTINGS, type ReportSettings } from '../../../core/api/report-settings';
import { REPORT_SECTIONS, type ReportRequestInput } from '../../../core/api/reports';

/**
 * What the report builder's form holds: the settings it remembers per workspace, plus the
 * title page's date, which it does not (a report is dated the day it is made).
 * `toRequest` turns it into the contract's input.
 */
export interface ReportDraft extends ReportSettings {
  date: string;
}

export const INITIAL_DRAFT: ReportDraft = { ...DEFAULT_REPORT_SETTINGS, date: '' };

/** The sections in the report's own order, whatever order they were ticked in. */
function inReportOrder(sections: ReportSettings['sections']): ReportSettings['sections'] {
  return REPORT_SECTIONS.map((s) => s.id).filter((id) => sections.includes(id));
}

/**
 * The remembered part of a draft, always with its keys in one order and its sections in the
 * report's order, so two equal choices give equal JSON (which preset the draft is).
 */
export function settingsOf(draft: ReportSettings): ReportSettings {
  return {
    scope: draft.scope,
    comparisonIds: draft.comparisonIds,
    propositionId: draft.propositionId,
    title: draft.title,
    author: draft.author,
    sections: inReportOrder(draft.sections),
    citationStyle: draft.citationStyle,
    dateStyle: draft.dateStyle,
    diffMarks: draft.diffMarks,
    format: draft.format,
  };
}

export function sameSettings(a: ReportSettings, b: ReportSettings): boolean {
  return JSON.stringify(settingsOf(a)) === JSON.stringify(settingsOf(b));
}

/** Null while the draft cannot make a report yet (nothing chosen), with the reason. */
export function toRequest(draft: ReportDraft): { request: ReportRequestInput } | { why: string } {
  let scope: ReportRequestInput['scope'];
  if (draft.scope === 'comparisons') {
    if (draft.comparisonIds.length === 0) return { why: 'Choose at least one comparison.' };
    scope = { kind: 'comparisons', ids: draft.comparisonIds };
  } else if (draft.scope === 'proposition') {
    if (!draft.propositionId) return { why: 'Choose a proposition.' };
    scope = { kind: 'proposition', id: draft.propositionId };
  } else scope = { kind: 'all' };
  if (draft.sections.length === 0) return { why: 'Choose at least one section.' };
  return {
    request: {
      scope,
      title: draft.title.trim() || 'Parallax report',
      author: draft.author,
      date: draft.date || null,
      sections: inReportOrder(draft.sections),
      citationStyle: draft.citationStyle,
      diffMarks: draft.diffMarks,
      dateStyle: draft.dateStyle,
    },
  };
}
