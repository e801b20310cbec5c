import type { ActorKind, DatePrecision, SourceKind, StanceValue, StatementKind } from '../api';
import type { WordDiffPart } from '../diff';
import type { ReportSectionId } from '../api/reports';

/** A source as a report cites it. */
export interface ReportSource {
  id: string;
  title: string;
  kind: SourceKind;
  author: string | null;
  outlet: string | null;
  url: string | null;
  publishedOn: string | null;
  /** ISO date-time the researcher fetched it (for "accessed" in citations). */
  retrievedAt: string | null;
}

/** A source's citation in the report's style (empty strings when citations are not formatted). */
export interface ReportCitation {
  /** The parenthetical in-text citation, e.g. "(Breitbart News 2017)". */
  inText: string;
  /** The bibliography entry as plain text. */
  text: string;
  /** The bibliography entry as safe HTML (only <i>, <b>, small caps, <sup>, <sub>). */
  html: string;
}

/**
 * Marks on a statement's text from the word diff with its neighbour in the comparison: the parts
 * of this statement's text, each shared with the other statement or its own.
 */
export interface ReportDiffMarks {
  /** The statement this text was compared with. */
  againstId: string;
  parts: WordDiffPart[];
}

export interface ReportStatement {
  id: string;
  speaker: string;
  /** A person, or an organisation, government, outlet…: ClaimReview names the type. */
  speakerKind: ActorKind;
  /** The role given with the statement (at the time it was made). */
  role: string | null;
  /** Organisations the speaker belonged to on the statement's date ("Org (role)"). */
  affiliations: string[];
  date: string | null;
  datePrecision: DatePrecision | null;
  kind: StatementKind;
  text: string;
  language: string | null;
  translation: string | null;
  stances: Array<{ proposition: string; stance: StanceValue }>;
  source: ReportSource | null;
  /** Null when diff marks are off, the comparison has one statement, or the texts do not align. */
  diff: ReportDiffMarks | null;
}

export interface ReportComparison {
  id: string;
  title: string;
  assessment: string;
  statements: ReportStatement[];
}

export interface ReportConflictSide {
  statementId: string;
  speaker: string;
  text: string;
  stance: StanceValue;
  date: string | null;
}

export interface ReportConflict {
  proposition: string;
  a: ReportConflictSide;
  b: ReportConflictSide;
  flip: boolean;
  organisation: string | null;
}

/** Speakers × propositions over the report's statements: each cell the stances taken. */
export interface ReportMatrix {
  propositions: string[];
  rows: Array<{ speaker: string; cells: StanceValue[][] }>;
}

/** One statement on the report's timeline (earliest first, undated last). */
export interface ReportTimelineEntry {
  statementId: string;
  date: string | null;
  datePrecision: DatePrecision | null;
  speaker: string;
  text: string;
  stances: Array<{ proposition: string; stance: StanceValue }>;
}

export interface ReportModel {
  title: string;
  author: string | null;
  date: string | null;
  /** What the report covers, in words ("2 comparisons", "Everything", "Proposition: …"). */
  scope: string;
  /** The sections shown, in the order they appear. */
  sections: ReportSectionId[];
  citationStyle: { id: string; label: string };
  comparisons: ReportComparison[];
  /** Every source cited by the report's statements, once, in bibliography order. */
  sources: ReportSource[];
  /** Each source's citation by source id. */
  citations: Record<string, ReportCitation>;
  conflicts: { total: number; items: ReportConflict[] };
  matrix: ReportMatrix;
  timeline: ReportTimelineEntry[];
  /** How the report was made (what stances, conflicts and diff marks mean). */
  method: string[];
}

/** "2017-10-17", "week of 2017-10-16", "2017-10", "2017" or "undated". */
export function formatDate(date: string | null, precision: DatePrecision | null): string {
  if (date === null) return 'undated';
  switch (precision) {
    case 'week':
      return `week of ${date}`;
    case 'month':
      return date.slice(0, 7);
    case 'year':
      return date.slice(0, 4);
    default:
      return date;
  }
}
