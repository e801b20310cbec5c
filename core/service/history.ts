import type { Database } from 'better-sqlite3';
import type { Change, HistoryState, WorkspaceInfo } from '../api/types';
import {
  markUndone,
  opsOf,
  recordChange,
  redoTop,
  replayOps,
  undoTop,
  type ChangeMeta,
} from '../../db/changes-log';
import { userVersion } from '../../db/migrate';
import { ParallaxError } from '../errors';
import type { Ctx } from './context';

export function historyState(db: Database): HistoryState {
  const undo = undoTop(db);
  const redo = redoTop(db);
  return {
    canUndo: undo !== null,
    canRedo: redo !== null,
    undoSummary: undo?.summary ?? null,
    redoSummary: redo?.summary ?? null,
  };
}

/**
 * Reverts (undo) or re-applies (redo) the change on top of the stack. The replay is itself
 * appended to the log as an 'undo' or 'redo' entry naming the change it acted on.
 */
export function stepHistory(
  db: Database,
  direction: 'undo' | 'redo',
  meta: Omit<ChangeMeta, 'command'>,
): HistoryState {
  const top = direction === 'undo' ? undoTop(db) : redoTop(db);
  if (!top) {
    throw new ParallaxError(
      direction === 'undo' ? 'nothing_to_undo' : 'nothing_to_redo',
      direction === 'undo' ? 'There is nothing to undo.' : 'There is nothing to redo.',
    );
  }
  const ops = opsOf(db, top.seq);
  recordChange(db, { ...meta, command: direction, action: direction, targetSeq: top.seq }, () => {
    replayOps(db, ops, direction);
    return `${direction === 'undo' ? 'Undo' : 'Redo'}: ${top.summary}`;
  });
  markUndone(db, top.seq, direction === 'undo');
  return historyState(db);
}

export function listChanges(ctx: Ctx, limit: number, offset: number): Change[] {
  return ctx.db
    .prepare<[number, number], Change>(
      `SELECT seq, id, at, author, action, command, summary, target_seq AS targetSeq
       FROM changes ORDER BY seq DESC LIMIT ? OFFSET ?`,
    )
    .all(limit, offset);
}

export function workspaceInfo(ctx: Ctx): WorkspaceInfo {
  const count = (table: string) =>
    ctx.db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table}`).get()!.n;
  return {
    path: ctx.path,
    schemaVersion: userVersion(ctx.db),
    counts: {
      sources: count('sources'),
      actors: count('actors'),
      statements: count('statements'),
      propositions: count('propositions'),
      comparisons: count('comparisons'),
      tags: count('tags'),
    },
  };
}
