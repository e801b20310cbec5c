import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { api, isMethodName, type Input, type MethodName, type Output } from '../api';
import { pushUndoable, recordChange } from '../../db/changes-log';
import type { Workspace } from '../../db/workspace';
import { invalidInput, ParallaxError, toParallaxError } from '../errors';
import { registerNameFolding } from './actor-name-sql';
import { actorHandlers } from './actors';
import { candidateHandlers } from './candidates';
import { matrixHandlers } from './matrix';
import { comparisonHandlers } from './comparisons';
import { conflictHandlers } from './conflicts';
import { makeCtx } from './context';
import type { Handler } from './handlers';
import { previewReport } from '../report/preview';
import type { ReportOptions } from '../api/reports';
import { historyState, listChanges, stepHistory, workspaceInfo } from './history';
import { noteHandlers } from './notes';
import { propositionHandlers } from './propositions';
import { searchHandlers } from './search';
import { sourceHandlers } from './sources';
import { statementHandlers } from './statements';
import { tagHandlers } from './tags';

/** Methods answered outside the per-domain handlers (they step history or use the client). */
type RecordedMethod = Exclude<MethodName, 'undo' | 'redo' | 'previewReport'>;

const handlers: { [M in RecordedMethod]: Handler<M> } = {
  ...sourceHandlers,
  ...actorHandlers,
  ...statementHandlers,
  ...propositionHandlers,
  ...comparisonHandlers,
  ...conflictHandlers,
  ...tagHandlers,
  ...noteHandlers,
  ...searchHandlers,
  ...candidateHandlers,
  ...matrixHandlers,
  historyState: (ctx) => historyState(ctx.db),
  listChanges: (ctx, { limit, offset }) => listChanges(ctx, limit, offset),
  workspaceInfo: (ctx) => workspaceInfo(ctx),
};

/** A synchronous client over the service, with the contract's types. */
export type ServiceClient = { [M in MethodName]: (input?: Input<M>) => Output<M> };

export interface Service {
  readonly path: string;
  /** Validates `input`, runs the method in one transaction, records it for undo if it writes. */
  call<M extends MethodName>(method: M, input?: unknown): Output<M>;
  readonly client: ServiceClient;
  close(): void;
}

export interface ServiceOptions {
  /** Who the changes log names as author of each change. */
  author?: string;
}

function defaultAuthor(): string {
  try {
    return userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Thrown to roll back a command's transaction when it changed nothing. */
const NOTHING_CHANGED = Symbol('nothing changed');

export function createService(workspace: Workspace, options: ServiceOptions = {}): Service {
  const { db, path } = workspace;
  const author = options.author ?? defaultAuthor();
  registerNameFolding(db);

  function run<M extends MethodName>(method: M, input: unknown): Output<M> {
    if (!db.open) throw new ParallaxError('io', 'The workspace is closed.');
    if (method === 'undo' || method === 'redo') {
      const meta = { id: randomUUID(), at: new Date().toISOString(), author };
      return db.transaction(() => stepHistory(db, method, meta)).immediate() as Output<M>;
    }
    if (method === 'previewReport') {
      // A report is built over the contract like any client's; one read transaction keeps it
      // consistent even while another connection writes.
      return db.transaction(() => previewReport(client, input as ReportOptions))() as Output<M>;
    }
    const handler = handlers[method as RecordedMethod] as unknown as Handler<M>;
    if (!api[method].mutates) {
      return db.transaction(() =>
        handler(
          makeCtx(db, path, () => {}),
          input as never,
        ),
      )();
    }
    let output!: Output<M>;
    try {
      db.transaction(() => {
        let summary: string = method;
        const ctx = makeCtx(db, path, (s) => (summary = s));
        const seq = recordChange(
          db,
          { id: randomUUID(), at: ctx.now, author, action: 'do', command: method },
          () => {
            output = handler(ctx, input as never);
            return summary;
          },
        );
        // A command that changed nothing (re-importing the same text) commits nothing either,
        // not even the log's bookkeeping, so the file is left byte for byte as it was.
        if (seq === null) throw NOTHING_CHANGED;
        pushUndoable(db, seq);
      }).immediate();
    } catch (error) {
      if (error !== NOTHING_CHANGED) throw error;
    }
    return output;
  }

  function call<M extends MethodName>(method: M, input?: unknown): Output<M> {
    if (typeof method !== 'string' || !isMethodName(method)) {
      throw new ParallaxError('invalid_input', `Parallax has no method called ${String(method)}.`);
    }
    const parsed = api[method].input.safeParse(input ?? {});
    if (!parsed.success) throw invalidInput(method, parsed.error);
    try {
      return run(method, parsed.data);
    } catch (error) {
      throw toParallaxError(error);
    }
  }

  const client = Object.fromEntries(
    Object.keys(api).map((name) => [name, (input?: unknown) => call(name as MethodName, input)]),
  ) as ServiceClient;

  return { path, call, client, close: () => workspace.close() };
}
