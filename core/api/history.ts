import { z } from 'zod';
import { Nothing, Paging } from './common';
import { query } from './method';
import type { Change, HistoryState, WorkspaceInfo } from './types';

/**
 * Undo and redo are not `command`s: they write the log themselves (as 'undo'/'redo' entries)
 * rather than being recorded as a new undoable change.
 */
export const historyMethods = {
  undo: { input: Nothing, mutates: true } as {
    readonly input: typeof Nothing;
    readonly mutates: true;
    readonly output?: HistoryState;
  },
  redo: { input: Nothing, mutates: true } as {
    readonly input: typeof Nothing;
    readonly mutates: true;
    readonly output?: HistoryState;
  },
  historyState: query<HistoryState>()(Nothing),
  listChanges: query<Change[]>()(z.strictObject({ ...Paging })),
  workspaceInfo: query<WorkspaceInfo>()(Nothing),
};
