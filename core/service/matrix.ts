import { SAID_ON_FROM_SQL } from '../../db/hot-queries';
import type { matrixMethods } from '../api/matrix';
import type { PositionMatrix } from '../api/types';
import type { Handlers } from './handlers';

interface StanceRow {
  actorId: string;
  propositionId: string;
  statementId: string;
  stance: PositionMatrix['cells'][number]['stances'][number]['stance'];
  date: string | null;
  datePrecision: PositionMatrix['cells'][number]['stances'][number]['datePrecision'];
  dateFrom: PositionMatrix['cells'][number]['stances'][number]['dateFrom'];
}

export const matrixHandlers: Handlers<keyof typeof matrixMethods> = {
  positionMatrix(ctx, { actors: actorLimit, propositions: propositionLimit }) {
    const propositions = ctx.db
      .prepare<[number], { id: string; text: string }>(
        `SELECT p.id, p.text FROM propositions p
         JOIN stances st ON st.proposition_id = p.id
         GROUP BY p.id ORDER BY count(*) DESC, p.text LIMIT ?`,
      )
      .all(propositionLimit);
    if (propositions.length === 0) return { actors: [], propositions: [], cells: [] };
    const ids = propositions.map((p) => p.id);
    const marks = ids.map(() => '?').join(', ');
    const rows = ctx.db
      .prepare(
        `SELECT s.speaker_id AS actorId, st.proposition_id AS propositionId, s.id AS statementId,
           st.stance, s.said_on AS date, s.said_on_precision AS datePrecision,
           ${SAID_ON_FROM_SQL} AS dateFrom
         FROM stances st JOIN statements s ON s.id = st.statement_id
         WHERE st.proposition_id IN (${marks})
         ORDER BY s.said_on, s.seq`,
      )
      .all(...ids) as StanceRow[];
    const perActor = new Map<string, number>();
    for (const r of rows) perActor.set(r.actorId, (perActor.get(r.actorId) ?? 0) + 1);
    const actorIds = [...perActor.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, actorLimit)
      .map(([id]) => id);
    const names = new Map(
      ctx.db
        .prepare(`SELECT id, name FROM actors WHERE id IN (${actorIds.map(() => '?').join(', ')})`)
        .all(...actorIds)
        .map((a) => [(a as { id: string }).id, (a as { name: string }).name]),
    );
    const actors = actorIds
      .map((id) => ({ id, name: names.get(id)! }))
      .sort((a, b) => a.name.localeCompare(b.name));
    const cells = new Map<string, PositionMatrix['cells'][number]>();
    for (const r of rows) {
      if (!names.has(r.actorId)) continue;
      const key = `${r.actorId}|${r.propositionId}`;
      const cell = cells.get(key) ?? {
        actorId: r.actorId,
        propositionId: r.propositionId,
        stances: [],
      };
      cell.stances.push({
        statementId: r.statementId,
        stance: r.stance,
        date: r.date,
        datePrecision: r.datePrecision,
        dateFrom: r.dateFrom,
      });
      cells.set(key, cell);
    }
    return { actors, propositions, cells: [...cells.values()] };
  },
};
