import { quoteFidelity } from '../api/quote-fidelity';
import type { ActorKind, Source, StatementDetail } from '../api';
import { CITATION_STYLES, type ReportOptions } from '../api/reports';
import type { ServiceClient } from '../service';
import { formatCitations } from './citations/format';
import { diffMarksFor } from './diff-marks';
import { diffMarksNote, methodNote } from './method-note';
import type {
  ReportComparison,
  ReportCounts,
  ReportModel,
  ReportSource,
  ReportStatement,
} from './model';
import { positionsOf } from './positions';
import { resolveScope } from './scope';
import { matrixOf } from './tables';

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

function statementOf(
  d: StatementDetail,
  speakerKind: ActorKind,
  source: ReportSource | null,
  inScope: (propositionId: string) => boolean,
): ReportStatement {
  return {
    id: d.id,
    speaker: d.speakerName,
    speakerKind,
    role: d.role,
    affiliations: d.affiliations.map((m) => ({
      role: m.role,
      organisationName: m.organisationName,
    })),
    date: d.saidOn,
    datePrecision: d.saidOnPrecision,
    dateFrom: d.saidOnFrom ?? null,
    kind: d.kind,
    text: d.text,
    fidelity: quoteFidelity(d),
    language: d.language,
    translation: d.translation,
    stances: d.stances
      .filter((s) => inScope(s.propositionId))
      .map((s) => ({
        propositionId: s.propositionId,
        proposition: s.propositionText,
        stance: s.stance,
        note: s.note?.trim() || null,
      })),
    source,
    diff: null,
  };
}

/** Earliest first; undated last; then by speaker, then by id so the order never wavers. */
function byDate(x: StatementDetail, y: StatementDetail): number {
  return (
    (x.saidOn ?? '\uffff').localeCompare(y.saidOn ?? '\uffff') ||
    x.speakerName.localeCompare(y.speakerName) ||
    x.id.localeCompare(y.id)
  );
}

/**
 * Gathers what a report shows, through the contract only (no SQL). Every section is built from
 * one set of statements (see resolveScope), and the header's counts are counted from what the
 * chosen sections print.
 */
export function buildReport(client: ServiceClient, options: ReportOptions): ReportModel {
  const scope = resolveScope(client, options.scope);
  const details = scope.statementIds.map((id) => client.getStatement({ id })).sort(byDate);
  const wanted = scope.propositionIds ? new Set(scope.propositionIds) : null;
  const inScope = (propositionId: string) => !wanted || wanted.has(propositionId);

  const sourcesById = new Map<string, ReportSource>();
  const kinds = new Map<string, ActorKind>();
  const statements = details.map((d) => {
    let source: ReportSource | null = null;
    if (d.sourceId !== null) {
      source = sourcesById.get(d.sourceId) ?? sourceOf(client.getSource({ id: d.sourceId }));
      sourcesById.set(d.sourceId, source);
    }
    const kind = kinds.get(d.speakerId) ?? client.getActor({ id: d.speakerId }).kind;
    kinds.set(d.speakerId, kind);
    return statementOf(d, kind, source, inScope);
  });
  const byId = new Map(statements.map((s) => [s.id, s]));

  const headings = distinctTitles(scope.comparisons.map((c) => c.title));
  const comparisons: ReportComparison[] = scope.comparisons.map((c, index) => {
    // Each comparison has its own copies: diff marks depend on the neighbouring column.
    const columns = c.statementIds.map((id) => ({ ...byId.get(id)! }));
    if (options.diffMarks) columns.forEach((s, i) => (s.diff = diffMarksFor(columns, i)));
    return { id: c.id, title: headings[index]!, assessment: c.assessment, statements: columns };
  });

  const positions = positionsOf(client, details, scope.propositionIds);
  const sections = [...options.sections];
  const shown = printedStatements(sections, statements, comparisons, positions);
  const shownSourceIds = new Set(
    statements.filter((st) => shown.has(st.id)).map((st) => st.source?.id),
  );
  const shownSources = [...sourcesById.values()].filter((s) => shownSourceIds.has(s.id));

  const style = CITATION_STYLES.find((s) => s.id === options.citationStyle)!;
  const cited = formatCitations(shownSources, style.id, options.dateStyle);
  const order = new Map(cited.bibliography.map((entry, i) => [entry.id, i]));
  const citations: ReportModel['citations'] = {};
  for (const entry of cited.bibliography) {
    citations[entry.id] = {
      inText: cited.inText[entry.id] ?? '',
      text: entry.text,
      html: entry.html,
    };
  }

  const counts: ReportCounts = {
    statements: shown.size,
    sources: shownSources.length,
    comparisons: sections.includes('comparisons') ? comparisons.length : null,
    conflicts: sections.includes('summary')
      ? positions.filter((p) => p.conflictingPairs > 0).length
      : null,
  };

  return {
    title: options.title,
    author: options.author ?? null,
    date: options.date ?? null,
    scope: scope.label,
    sections,
    citationStyle: { id: style.id, label: style.label },
    dateStyle: options.dateStyle,
    statements,
    comparisons,
    sources: shownSources.sort(
      (x, y) => (order.get(x.id) ?? 0) - (order.get(y.id) ?? 0) || x.title.localeCompare(y.title),
    ),
    citations,
    positions,
    counts,
    matrix: matrixOf(statements),
    method: methodNote(options, style.label),
    diffNote: diffMarksNote(options),
  };
}

/**
 * The statements the chosen sections print: the positions (conflicts section) and the timeline
 * print every statement in the report, the matrix names speakers only, comparisons their columns.
 */
function printedStatements(
  sections: ReportModel['sections'],
  statements: ReportStatement[],
  comparisons: ReportComparison[],
  positions: ReportModel['positions'],
): Set<string> {
  const shown = new Set<string>();
  const printing = ['summary', 'timeline', 'comparisons'] as const;
  // A report of only the matrix, sources or method still covers (and cites) its statements.
  if (!printing.some((id) => sections.includes(id))) statements.forEach((s) => shown.add(s.id));
  if (sections.includes('timeline')) statements.forEach((s) => shown.add(s.id));
  if (sections.includes('summary')) {
    for (const p of positions)
      [...p.affirms, ...p.denies, ...p.qualifies].forEach((id) => shown.add(id));
  }
  if (sections.includes('comparisons')) {
    comparisons.forEach((c) => c.statements.forEach((s) => shown.add(s.id)));
  }
  return shown;
}

/**
 * Comparison headings a reader can tell apart: a title that repeats an earlier one is numbered
 * ("Dillon vs. the fighter (2)"), so no two sections of a report share a heading.
 */
export function distinctTitles(titles: readonly string[]): string[] {
  const used = new Set<string>();
  return titles.map((title) => {
    let heading = title;
    for (let n = 2; used.has(heading); n++) heading = `${title} (${n})`;
    used.add(heading);
    return heading;
  });
}
