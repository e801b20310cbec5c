import type { HeldPosition } from '../api/capacity';
import type { ActorKind, DatePrecision, SourceKind, StanceValue, StatementKind } from '../api';
import type { WordDiffPart } from '../diff';
import type { ReportSectionId } from '../api/reports';
import type { DateStyle } from '../api/said-on';

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

/** Where a statement's date comes from: the text, the source's publication date, or a person. */
export type ReportDateFrom = 'text' | 'source' | 'user';

export interface ReportStatement {
  id: string;
  speaker: string;
  /** A person, or an organisation, government, outlet…: ClaimReview names the type. */
  speakerKind: ActorKind;
  /** The role given with the statement (at the time it was made). */
  role: string | null;
  /** Organisations the speaker belonged to on the statement's date ("Org (role)"). */
  affiliations: HeldPosition[];
  date: string | null;
  datePrecision: DatePrecision | null;
  /** Null when unknown (a workspace from before dates carried their origin) or undated. */
  dateFrom: ReportDateFrom | null;
  kind: StatementKind;
  text: string;
  /**
   * How the words stand against the source they were anchored in: `differs` when edited since,
   * `lost` when the source's text no longer holds them, `unanchored` when never anchored.
   */
  fidelity: 'matches' | 'differs' | 'lost' | 'unanchored';
  language: string | null;
  translation: string | null;
  /** Each with the researcher's note on why the statement takes that stance, if any. */
  stances: Array<{
    propositionId: string;
    proposition: string;
    stance: StanceValue;
    note: string | null;
  }>;
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

/**
 * A flip: one actor, or one organisation through its members, took opposed stances on a
 * proposition on two known dates. `earlierId` is the statement made first.
 */
export interface ReportFlip {
  earlierId: string;
  laterId: string;
  /** The organisation that flipped through its members; null when one actor flipped. */
  organisation: string | null;
}

/**
 * Where the report's statements stand on one proposition: the statements that affirm, deny and
 * qualify it, each listed once (earliest first), and the flips among them.
 */
export interface ReportPosition {
  propositionId: string;
  proposition: string;
  affirms: string[];
  denies: string[];
  qualifies: string[];
  /** Opposed pairs (affirms × denies) among these statements. */
  conflictingPairs: number;
  flips: ReportFlip[];
}

/** Speakers × propositions over the report's statements: each cell the stances taken. */
export interface ReportMatrix {
  propositions: string[];
  rows: Array<{ speaker: string; cells: StanceValue[][] }>;
}

export interface ReportCounts {
  statements: number;
  sources: number;
  /** Null when the report has no comparisons section. */
  comparisons: number | null;
  /** Propositions on which the report's statements conflict; null without the conflicts section. */
  conflicts: number | null;
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
  /** Every statement the report covers, once, earliest first (undated last). */
  statements: ReportStatement[];
  comparisons: ReportComparison[];
  /** Every source cited by the report's statements, once, in bibliography order. */
  sources: ReportSource[];
  /** Each source's citation by source id. */
  citations: Record<string, ReportCitation>;
  /** Per proposition in scope, the statements on each side; contested ones first. */
  positions: ReportPosition[];
  /** What the header announces: the counts of what the report prints. */
  counts: ReportCounts;
  dateStyle: DateStyle;
  matrix: ReportMatrix;
  /** How the report was made (what stances, conflicts and dates mean). */
  method: string[];
  /** What the comparisons' word marks mean, for the formats that show them; null without. */
  diffNote: string | null;
}

/** The header line of counts: "5 statements · 3 sources · 1 comparison · 2 conflicts". */
export function countsLine(counts: ReportCounts): string {
  const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  return [
    n(counts.statements, 'statement', 'statements'),
    n(counts.sources, 'source', 'sources'),
    counts.comparisons === null ? null : n(counts.comparisons, 'comparison', 'comparisons'),
    counts.conflicts === null ? null : n(counts.conflicts, 'conflict', 'conflicts'),
  ]
    .filter((x) => x !== null)
    .join(' · ');
}
