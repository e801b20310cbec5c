import type { ActorKind, Conflict, Source, StatementDetail } from '../api';
import { CITATION_STYLES, type ReportOptions } from '../api/reports';
import type { ServiceClient } from '../service';
import { formatCitations } from './citations/format';
import { diffMarksFor } from './diff-marks';
import { methodNote } from './method-note';
import type {
  ReportComparison,
  ReportConflict,
  ReportConflictSide,
  ReportModel,
  ReportSource,
  ReportStatement,
} from './model';
import { resolveScope } from './scope';
import { matrixOf, timelineOf } from './tables';

/** The summary table shows at most this many conflicts (and says how many more there are). */
export const CONFLICT_LIMIT = 200;
/** In a report on one subject, conflicts are gathered from at most this many propositions. */
const PROPOSITION_LIMIT = 100;

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

function conflictOf(c: Conflict): ReportConflict {
  return {
    proposition: c.proposition.text,
    a: side(c.a),
    b: side(c.b),
    flip: c.flip,
    organisation: c.organisation?.name ?? null,
  };
}

function statementOf(
  d: StatementDetail,
  speakerKind: ActorKind,
  source: ReportSource | null,
): ReportStatement {
  return {
    id: d.id,
    speaker: d.speakerName,
    speakerKind,
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
    source,
    diff: null,
  };
}

/**
 * The conflicts a report's summary shows: the whole workspace's for a report on everything, else
 * those on the propositions the report's statements take a stance on.
 */
function conflictsFor(
  client: ServiceClient,
  everything: boolean,
  propositionIds: string[],
): ReportModel['conflicts'] {
  if (everything) {
    const page = client.listConflicts({ limit: CONFLICT_LIMIT, offset: 0 });
    return { total: page.total, items: page.items.map(conflictOf) };
  }
  const items: ReportConflict[] = [];
  let total = 0;
  for (const propositionId of propositionIds.slice(0, PROPOSITION_LIMIT)) {
    const room = Math.max(1, CONFLICT_LIMIT - items.length);
    const page = client.listConflicts({ propositionId, limit: room, offset: 0 });
    total += page.total;
    if (items.length < CONFLICT_LIMIT) items.push(...page.items.map(conflictOf));
  }
  return { total, items: items.slice(0, CONFLICT_LIMIT) };
}

/** Gathers what a report shows, through the contract only (no SQL). */
export function buildReport(client: ServiceClient, options: ReportOptions): ReportModel {
  const scope = resolveScope(client, options.scope);
  const sources = new Map<string, ReportSource>();
  const details = new Map<string, StatementDetail>();
  const kinds = new Map<string, ActorKind>();
  const statementFor = (id: string): ReportStatement => {
    let d = details.get(id);
    if (!d) {
      d = client.getStatement({ id });
      details.set(id, d);
    }
    let source: ReportSource | null = null;
    if (d.sourceId !== null) {
      source = sources.get(d.sourceId) ?? sourceOf(client.getSource({ id: d.sourceId }));
      sources.set(d.sourceId, source);
    }
    const kind = kinds.get(d.speakerId) ?? client.getActor({ id: d.speakerId }).kind;
    kinds.set(d.speakerId, kind);
    return statementOf(d, kind, source);
  };

  const comparisons: ReportComparison[] = scope.comparisons.map((c) => {
    const statements = c.statementIds.map(statementFor);
    if (options.diffMarks) {
      statements.forEach((s, i) => (s.diff = diffMarksFor(statements, i)));
    }
    return { id: c.id, title: c.title, assessment: c.assessment, statements };
  });

  const style = CITATION_STYLES.find((s) => s.id === options.citationStyle)!;
  const cited = formatCitations([...sources.values()], style.id);
  const order = new Map(cited.bibliography.map((entry, i) => [entry.id, i]));
  const citations: ReportModel['citations'] = {};
  for (const entry of cited.bibliography) {
    citations[entry.id] = {
      inText: cited.inText[entry.id] ?? '',
      text: entry.text,
      html: entry.html,
    };
  }

  const propositionIds = [
    ...new Set([...details.values()].flatMap((d) => d.stances.map((s) => s.propositionId))),
  ];
  const unique = [
    ...new Map(comparisons.flatMap((c) => c.statements).map((s) => [s.id, s])).values(),
  ];

  return {
    title: options.title,
    author: options.author ?? null,
    date: options.date ?? null,
    scope: scope.label,
    sections: [...options.sections],
    citationStyle: { id: style.id, label: style.label },
    comparisons,
    sources: [...sources.values()].sort(
      (x, y) => (order.get(x.id) ?? 0) - (order.get(y.id) ?? 0) || x.title.localeCompare(y.title),
    ),
    citations,
    conflicts: options.sections.includes('summary')
      ? conflictsFor(client, options.scope.kind === 'all', scope.propositionIds ?? propositionIds)
      : { total: 0, items: [] },
    matrix: matrixOf(unique),
    timeline: timelineOf(unique),
    method: methodNote(options, style.label),
  };
}
