import type { Comparison, PropositionDetail } from '../api';
import type { ReportOptions } from '../api/reports';
import type { ServiceClient } from '../service';

/** A comparison as the report will show it: its statements in column order. */
export interface ScopedComparison {
  id: string;
  title: string;
  assessment: string;
  statementIds: string[];
}

export interface ResolvedScope {
  label: string;
  comparisons: ScopedComparison[];
  /** Set for a report on one proposition: the summary shows only its conflicts. */
  propositionIds?: string[];
}

/** A generated comparison for a proposition no saved comparison covers has at most this many. */
export const GENERATED_COLUMNS = 6;

function allComparisons(client: ServiceClient): Comparison[] {
  const out: Comparison[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = client.listComparisons({ limit: 1000, offset });
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

/**
 * The statements on a proposition that no saved comparison covers, as one comparison: affirming
 * and denying statements taken in turn, earliest first, so both positions appear side by side.
 */
function generatedFor(p: PropositionDetail): ScopedComparison | null {
  const byDate = (x: { statement: { saidOn: string | null } }, y: typeof x) =>
    (x.statement.saidOn ?? '9999').localeCompare(y.statement.saidOn ?? '9999');
  const groups = (['affirms', 'denies', 'qualifies'] as const).map((stance) =>
    p.stances.filter((s) => s.stance === stance).sort(byDate),
  );
  const picked: string[] = [];
  for (let i = 0; picked.length < GENERATED_COLUMNS && groups.some((g) => i < g.length); i++) {
    for (const g of groups) {
      const s = g[i];
      if (s && picked.length < GENERATED_COLUMNS && !picked.includes(s.statement.id)) {
        picked.push(s.statement.id);
      }
    }
  }
  if (picked.length === 0) return null;
  return {
    id: `proposition:${p.id}`,
    title: `Positions on: ${p.text}`,
    assessment: '',
    statementIds: picked,
  };
}

/** Which comparisons a report covers, and how to name that in its heading. */
export function resolveScope(client: ServiceClient, scope: ReportOptions['scope']): ResolvedScope {
  switch (scope.kind) {
    case 'comparisons': {
      const ids = [...new Set(scope.ids)];
      const n = ids.length;
      return {
        label: `${n} comparison${n === 1 ? '' : 's'}`,
        comparisons: ids.map((id) => scoped(client, id)),
      };
    }
    case 'all':
      return {
        label: 'Everything in the workspace',
        comparisons: allComparisons(client).map((c) => scoped(client, c.id)),
      };
    case 'proposition': {
      const p = client.getProposition({ id: scope.id });
      const onIt = new Set(p.stances.map((s) => s.statement.id));
      const touching = allComparisons(client)
        .map((c) => scoped(client, c.id))
        .filter((c) => c.statementIds.some((id) => onIt.has(id)));
      const generated = touching.length === 0 ? generatedFor(p) : null;
      return {
        label: `Proposition: ${p.text}`,
        comparisons: generated ? [generated] : touching,
        propositionIds: [p.id],
      };
    }
  }
}
