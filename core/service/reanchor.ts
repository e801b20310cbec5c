import { relocate } from '../anchor/text-quote';
import type { Ctx } from './context';

interface AnchoredRow {
  id: string;
  exact: string;
  prefix: string | null;
  suffix: string | null;
  start: number | null;
  end: number | null;
}

/**
 * After a source's text changed: finds every statement's quote again by its words and context
 * and moves its position there; one that cannot be found (or not unambiguously) is flagged
 * 'lost' for the researcher and keeps its old selectors — it is never moved to a guess.
 * Pending review candidates point into the old text, so they are dropped (the extractor is
 * run again on the new text); accepted and rejected ones stay as the record of decisions.
 * Returns how many anchors were lost.
 */
export function reanchorSource(ctx: Ctx, sourceId: string, body: string): number {
  const rows = ctx.db
    .prepare<[string], AnchoredRow>(
      `SELECT id, quote_exact AS exact, quote_prefix AS prefix, quote_suffix AS suffix,
         position_start AS start, position_end AS end
       FROM statements WHERE source_id = ? AND quote_exact IS NOT NULL`,
    )
    .all(sourceId);
  const moveTo = ctx.db.prepare(
    `UPDATE statements SET position_start = ?, position_end = ?, quote_prefix = ?, quote_suffix = ?,
       anchor_status = NULL WHERE id = ?`,
  );
  const markLost = ctx.db.prepare("UPDATE statements SET anchor_status = 'lost' WHERE id = ?");
  let lost = 0;
  for (const row of rows) {
    const found = relocate(row, body);
    if (found.status === 'found') {
      const a = found.anchor;
      if (found.moved || row.prefix !== a.prefix || row.suffix !== a.suffix) {
        moveTo.run(a.start, a.end, a.prefix, a.suffix, row.id);
      }
    } else {
      markLost.run(row.id);
      lost++;
    }
  }
  ctx.db.prepare("DELETE FROM candidates WHERE source_id = ? AND status = 'pending'").run(sourceId);
  return lost;
}
