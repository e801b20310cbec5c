import type { Comparison, Page, Proposition, PropositionDetail } from '../api';
import type { ReportOptions } from '../api/reports';
import { ParallaxError } from '../errors';
import type { ServiceClient } from '../service';

/** A comparison as the report will show it: its statements in column order. */
export interface ScopedComparison {
  id: string;
  title: string;
  assessment: string;
  statementIds: string[];
}

/**
 * What a report covers, settled before anything is rendered, so that every section is built from
 * the same statements: those with a stance in scope, plus every statement a comparison in scope
 * shows (a column is printed, so it is counted and cited).
 */
export interface ResolvedScope {
  label: string;
  comparisons: ScopedComparison[];
  statementIds: string[];
  /** The propositions the report sets out positions on; null for every one its statements take. */
  propositionIds: string[] | null;
}

/**
 * A report lists every statement it covers in full; past this many it would be a book, and the
 * researcher is asked to narrow it rather than be handed a silently shortened one.
 */
export const REPORT_STATEMENT_LIMIT = 5000;

function everyPage<T>(list: (page: { limit: number; offset: number }) => Page<T>): T[] {
  const out: T[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = list({ limit: 1000, offset });
    out.push(...page.items);
    if (page.items.length < 1000 || out.length >= page.total) return out;
  }
}

function scoped(client: ServiceClient, id: string): ScopedComparison {
  const c = client.getComparison({ id });
  const items = [...c.items].sort((x, y) => x.position - y.position);
  return {
    id: c.id,
    title: c.title,
    assessment: c.assessment,
    statementIds: items.map((i) => i.statement.id),
  };
}

function allComparisons(client: ServiceClient): ScopedComparison[] {
  return everyPage<Comparison>((p) => client.listComparisons(p)).map((c) => scoped(client, c.id));
}

function withStances(p: PropositionDetail): string[] {
  return p.stances.map((s) => s.statement.id);
}

function unique(ids: Iterable<string>): string[] {
  return [...new Set(ids)];
}

function checkedSize(scope: ResolvedScope, limit: number): ResolvedScope {
  const n = scope.statementIds.length;
  if (n > limit) {
    throw new ParallaxError(
      'invalid_input',
      `This report would hold ${n.toLocaleString('en')} statements; a report holds at most ` +
        `${limit.toLocaleString('en')}. Choose one proposition or some comparisons.`,
    );
  }
  return scope;
}

/** Which statements, comparisons and propositions a report covers, and its heading's words. */
export function resolveScope(
  client: ServiceClient,
  scope: ReportOptions['scope'],
  limit = REPORT_STATEMENT_LIMIT,
): ResolvedScope {
  switch (scope.kind) {
    case 'comparisons': {
      const comparisons = unique(scope.ids).map((id) => scoped(client, id));
      const n = comparisons.length;
      return checkedSize(
        {
          label: `${n} comparison${n === 1 ? '' : 's'}`,
          comparisons,
          statementIds: unique(comparisons.flatMap((c) => c.statementIds)),
          propositionIds: null,
        },
        limit,
      );
    }
    case 'all': {
      const propositions = everyPage<Proposition>((p) => client.listPropositions(p));
      const onAny = propositions
        .filter((p) => p.counts.affirms + p.counts.denies + p.counts.qualifies > 0)
        .flatMap((p) => withStances(client.getProposition({ id: p.id })));
      const comparisons = allComparisons(client);
      return checkedSize(
        {
          label: 'Everything in the workspace',
          comparisons,
          statementIds: unique([...onAny, ...comparisons.flatMap((c) => c.statementIds)]),
          propositionIds: null,
        },
        limit,
      );
    }
    case 'proposition': {
      const p = client.getProposition({ id: scope.id });
      const onIt = new Set(withStances(p));
      const comparisons = allComparisons(client).filter((c) =>
        c.statementIds.some((id) => onIt.has(id)),
      );
      return checkedSize(
        {
          label: `Proposition: ${p.text}`,
          comparisons,
          statementIds: unique([...onIt, ...comparisons.flatMap((c) => c.statementIds)]),
          propositionIds: [p.id],
        },
        limit,
      );
    }
  }
}
