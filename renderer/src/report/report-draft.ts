import {
  REPORT_SECTIONS,
  type CitationStyleId,
  type ReportFormatId,
  type ReportRequestInput,
  type ReportSectionId,
} from '../../../core/api/reports';

/** What the report builder's form holds; `toRequest` turns it into the contract's input. */
export interface ReportDraft {
  scope: 'comparisons' | 'proposition' | 'all';
  comparisonIds: string[];
  propositionId: string | undefined;
  title: string;
  author: string;
  date: string;
  sections: ReportSectionId[];
  citationStyle: CitationStyleId;
  diffMarks: boolean;
  format: ReportFormatId;
}

export const INITIAL_DRAFT: ReportDraft = {
  scope: 'all',
  comparisonIds: [],
  propositionId: undefined,
  title: 'Parallax report',
  author: '',
  date: '',
  sections: REPORT_SECTIONS.map((s) => s.id),
  citationStyle: 'chicago-author-date',
  diffMarks: true,
  format: 'pdf',
};

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
  // Sections appear in the report's own order, whatever order they were ticked in.
  const sections = REPORT_SECTIONS.map((s) => s.id).filter((id) => draft.sections.includes(id));
  return {
    request: {
      scope,
      title: draft.title.trim() || 'Parallax report',
      author: draft.author,
      date: draft.date || null,
      sections,
      citationStyle: draft.citationStyle,
      diffMarks: draft.diffMarks,
    },
  };
}
