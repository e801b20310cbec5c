import type { ServiceClient } from '../service';
import type {
  Conflict,
  DatePrecision,
  Source,
  SourceKind,
  StanceValue,
  StatementKind,
} from '../api';

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

export interface ReportStatement {
  id: string;
  speaker: string;
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

export interface ReportModel {
  title: string;
  author: string | null;
  date: string | null;
  comparisons: ReportComparison[];
  /** Every source cited by the report's statements, once, sorted by title then id. */
  sources: ReportSource[];
  conflicts: { total: number; items: ReportConflict[] };
}

export interface ReportOptions {
  comparisonIds?: string[];
  all?: boolean;
  title?: string;
  author?: string;
  date?: string;
}

export const CONFLICT_LIMIT = 200;

function sourceOf(s: Source): ReportSource {
  return {
    id: s.id,
    title: s.title,
    kind: s.kind,
    author: s.author,
    outlet: s.outlet,
    url: s.url,
    publishedOn: s.publishedOn,
    retrievedAt: s.retrievedAt,
  };
}

function side(s: Conflict['a']): ReportConflictSide {
  return {
    statementId: s.statementId,
    speaker: s.speaker,
    text: s.text,
    stance: s.stance,
    date: s.date,
  };
}

/** Gathers what a report shows, through the contract only (no SQL). */
export function buildReport(client: ServiceClient, options: ReportOptions): ReportModel {
  const ids: string[] = [];
  if (options.all) {
    for (let offset = 0; ; offset += 1000) {
      const page = client.listComparisons({ limit: 1000, offset });
      ids.push(...page.items.map((c) => c.id));
      if (page.items.length < 1000 || ids.length >= page.total) break;
    }
  }
  for (const id of options.comparisonIds ?? []) if (!ids.includes(id)) ids.push(id);

  const sources = new Map<string, ReportSource>();
  const sourceById = (id: string): ReportSource => {
    let s = sources.get(id);
    if (!s) {
      s = sourceOf(client.getSource({ id }));
      sources.set(id, s);
    }
    return s;
  };

  const comparisons: ReportComparison[] = ids.map((id) => {
    const c = client.getComparison({ id });
    const items = [...c.items].sort((x, y) => x.position - y.position);
    return {
      id: c.id,
      title: c.title,
      assessment: c.assessment,
      statements: items.map(({ statement }) => {
        const d = client.getStatement({ id: statement.id });
        return {
          id: d.id,
          speaker: d.speakerName,
          role: d.role,
          affiliations: d.affiliations.map((m) =>
            m.role ? `${m.organisationName} (${m.role})` : m.organisationName,
          ),
          date: d.saidOn,
          datePrecision: d.saidOnPrecision,
          kind: d.kind,
          text: d.text,
          language: d.language,
          translation: d.translation,
          stances: d.stances.map((s) => ({ proposition: s.propositionText, stance: s.stance })),
          source: d.sourceId === null ? null : sourceById(d.sourceId),
        };
      }),
    };
  });

  const conflicts = client.listConflicts({ limit: CONFLICT_LIMIT, offset: 0 });
  return {
    title: options.title ?? 'Parallax report',
    author: options.author ?? null,
    date: options.date ?? null,
    comparisons,
    sources: [...sources.values()].sort(
      (x, y) => x.title.localeCompare(y.title) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
    ),
    conflicts: {
      total: conflicts.total,
      items: conflicts.items.map((c) => ({
        proposition: c.proposition.text,
        a: side(c.a),
        b: side(c.b),
        flip: c.flip,
        organisation: c.organisation?.name ?? null,
      })),
    },
  };
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
