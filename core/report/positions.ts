import type { StatementDetail } from '../api';
import type { ServiceClient } from '../service';
import type { ReportFlip, ReportPosition } from './model';

/** The flips a proposition's conflicts hold, kept to pairs whose two statements are in the report. */
function flipsAmong(
  client: ServiceClient,
  propositionId: string,
  inReport: ReadonlySet<string>,
): ReportFlip[] {
  const flips: ReportFlip[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = client.listConflicts({ propositionId, flipsOnly: true, limit: 1000, offset });
    for (const c of page.items) {
      if (!inReport.has(c.a.statementId) || !inReport.has(c.b.statementId)) continue;
      // A flip needs two known dates (core/conflicts), so the order is always defined.
      const aFirst = (c.a.date ?? '') <= (c.b.date ?? '');
      flips.push({
        earlierId: aFirst ? c.a.statementId : c.b.statementId,
        laterId: aFirst ? c.b.statementId : c.a.statementId,
        organisation: c.organisation?.name ?? null,
      });
    }
    if (page.items.length < 1000 || offset + 1000 >= page.total) return flips;
  }
}

/**
 * Where the report's statements stand, proposition by proposition: each statement listed once
 * under the stance it takes, in the order given (the report's, earliest first). Contested
 * propositions come first, most opposed pairs first.
 */
export function positionsOf(
  client: ServiceClient,
  ordered: readonly StatementDetail[],
  propositionIds: readonly string[] | null,
): ReportPosition[] {
  const wanted = propositionIds ? new Set(propositionIds) : null;
  const byProposition = new Map<string, ReportPosition>();
  for (const d of ordered) {
    for (const st of d.stances) {
      if (wanted && !wanted.has(st.propositionId)) continue;
      let p = byProposition.get(st.propositionId);
      if (!p) {
        p = {
          propositionId: st.propositionId,
          proposition: st.propositionText,
          affirms: [],
          denies: [],
          qualifies: [],
          conflictingPairs: 0,
          flips: [],
        };
        byProposition.set(st.propositionId, p);
      }
      if (!p[st.stance].includes(d.id)) p[st.stance].push(d.id);
    }
  }
  const inReport = new Set(ordered.map((d) => d.id));
  const positions = [...byProposition.values()];
  for (const p of positions) {
    p.conflictingPairs = p.affirms.length * p.denies.length;
    if (p.conflictingPairs > 0) p.flips = flipsAmong(client, p.propositionId, inReport);
  }
  return positions.sort(
    (x, y) =>
      y.conflictingPairs - x.conflictingPairs ||
      x.proposition.localeCompare(y.proposition) ||
      x.propositionId.localeCompare(y.propositionId),
  );
}
