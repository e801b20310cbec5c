import { z } from 'zod';
import { Id } from './common';
import {
  CITATION_STYLES,
  REPORT_FORMAT_IDS,
  REPORT_SECTIONS,
  type CitationStyleId,
  type ReportSectionId,
} from './reports';
import { DATE_STYLES, type DateStyle } from './said-on';

/**
 * What the report builder remembers of a workspace between visits and restarts, and what a
 * named preset holds: the builder's choices, not a report request (a remembered scope may name
 * no comparison yet). The title page's date is left out on purpose: a report is dated the day
 * it is made.
 */

const SECTION_IDS = REPORT_SECTIONS.map((s) => s.id) as [ReportSectionId, ...ReportSectionId[]];
const STYLE_IDS = CITATION_STYLES.map((s) => s.id) as [CitationStyleId, ...CitationStyleId[]];
const DATE_STYLE_IDS = DATE_STYLES.map((s) => s.id) as [DateStyle, ...DateStyle[]];

export const REPORT_SCOPE_KINDS = ['all', 'comparisons', 'proposition'] as const;

export const ReportSettings = z.strictObject({
  scope: z.enum(REPORT_SCOPE_KINDS),
  comparisonIds: z.array(Id).max(1000),
  propositionId: Id.nullable(),
  title: z.string().max(300),
  author: z.string().max(300),
  sections: z.array(z.enum(SECTION_IDS)).max(SECTION_IDS.length),
  citationStyle: z.enum(STYLE_IDS),
  dateStyle: z.enum(DATE_STYLE_IDS),
  diffMarks: z.boolean(),
  format: z.enum(REPORT_FORMAT_IDS),
});

export type ReportSettings = z.output<typeof ReportSettings>;

export const DEFAULT_REPORT_SETTINGS: ReportSettings = {
  scope: 'all',
  comparisonIds: [],
  propositionId: null,
  title: 'Parallax report',
  author: '',
  sections: [...SECTION_IDS],
  citationStyle: 'chicago-author-date',
  dateStyle: 'day-month-year',
  diffMarks: true,
  format: 'pdf',
};

export const MAX_REPORT_PRESETS = 50;

/** A preset's name: what the researcher sees in the builder's preset menu. */
export const ReportPresetName = z
  .string()
  .trim()
  .min(1, 'give the preset a name')
  .max(80, 'a preset name is at most 80 characters')
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  .refine((name) => !/[\u0000-\u001f\u007f]/.test(name), 'must not contain control characters')
  .transform((name) => name.normalize('NFC'));

export interface ReportPreset {
  name: string;
  settings: ReportSettings;
}

/** The open workspace's remembered builder settings and presets (presets sorted by name). */
export interface ReportSettingsState {
  /** The workspace they belong to (absolute path); saves name it so none lands elsewhere. */
  workspace: string;
  last: ReportSettings;
  presets: ReportPreset[];
}
