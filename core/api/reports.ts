import { z } from 'zod';
import { Id, OptionalDate, OptionalText } from './common';
import { query } from './method';
import { DATE_STYLES, type DateStyle } from './said-on';

/** The report's sections, in the order they appear in every format. */
export const REPORT_SECTIONS = [
  { id: 'summary', label: 'Positions and conflicts' },
  { id: 'comparisons', label: 'Comparisons side by side' },
  { id: 'matrix', label: 'Position matrix' },
  { id: 'timeline', label: 'Timeline' },
  { id: 'sources', label: 'Sources and bibliography' },
  { id: 'method', label: 'Method note' },
] as const;

export type ReportSectionId = (typeof REPORT_SECTIONS)[number]['id'];
const SECTION_IDS = REPORT_SECTIONS.map((s) => s.id) as [ReportSectionId, ...ReportSectionId[]];

/** The citation styles Parallax ships (CSL styles loaded from installed packages). */
export const CITATION_STYLES = [
  { id: 'chicago-author-date', label: 'Chicago author-date (17th ed.)' },
  { id: 'apa', label: 'APA (7th ed.)' },
] as const;

export type CitationStyleId = (typeof CITATION_STYLES)[number]['id'];
const STYLE_IDS = CITATION_STYLES.map((s) => s.id) as [CitationStyleId, ...CitationStyleId[]];

/** What a report covers: chosen comparisons, everything, or all that bears on one proposition. */
export const ReportScope = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('comparisons'),
    ids: z.array(Id).min(1, 'choose at least one comparison').max(1000),
  }),
  z.strictObject({ kind: z.literal('proposition'), id: Id }),
  z.strictObject({ kind: z.literal('all') }),
]);

const DATE_STYLE_IDS = DATE_STYLES.map((s) => s.id) as [DateStyle, ...DateStyle[]];

export const ReportRequest = z.strictObject({
  scope: ReportScope,
  title: z.string().trim().min(1, 'give the report a title').max(300).default('Parallax report'),
  author: OptionalText(300),
  date: OptionalDate,
  sections: z
    .array(z.enum(SECTION_IDS))
    .min(1, 'choose at least one section')
    .max(SECTION_IDS.length)
    .default([...SECTION_IDS]),
  citationStyle: z.enum(STYLE_IDS).default('chicago-author-date'),
  /** Mark shared words, words only one side has, and negations in each comparison. */
  diffMarks: z.boolean().default(true),
  /** How dates are written in the report's text (CSV and JSON always carry ISO dates). */
  dateStyle: z.enum(DATE_STYLE_IDS).default('day-month-year'),
});

export type ReportRequestInput = z.input<typeof ReportRequest>;
export type ReportOptions = z.output<typeof ReportRequest>;

export const REPORT_FORMATS = [
  { id: 'pdf', label: 'PDF', extension: 'pdf', mimeType: 'application/pdf' },
  { id: 'html', label: 'HTML (one self-contained page)', extension: 'html', mimeType: 'text/html' },
  {
    id: 'docx',
    label: 'Word (DOCX)',
    extension: 'docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  { id: 'md', label: 'Markdown', extension: 'md', mimeType: 'text/markdown' },
  { id: 'csv', label: 'CSV (one row per statement)', extension: 'csv', mimeType: 'text/csv' },
  {
    id: 'json',
    label: 'JSON (the report’s data)',
    extension: 'json',
    mimeType: 'application/json',
  },
  {
    id: 'claimreview',
    label: 'ClaimReview JSON-LD',
    extension: 'jsonld',
    mimeType: 'application/ld+json',
  },
  {
    id: 'csl',
    label: 'CSL-JSON (the sources)',
    extension: 'json',
    mimeType: 'application/vnd.citationstyles.csl+json',
  },
] as const;

export type ReportFormatId = (typeof REPORT_FORMATS)[number]['id'];
export const REPORT_FORMAT_IDS = REPORT_FORMATS.map((f) => f.id) as [
  ReportFormatId,
  ...ReportFormatId[],
];

export interface ReportPreview {
  /** The report as the self-contained HTML page (no scripts, strict CSP). */
  html: string;
  comparisons: number;
  statements: number;
  sources: number;
  /** Propositions on which the report's statements conflict. */
  conflicts: number;
}

export const reportMethods = {
  /** The report as HTML, for the builder's live preview. */
  previewReport: query<ReportPreview>()(ReportRequest),
};
