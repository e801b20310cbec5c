import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * SQLite's quick_check of a workspace file on a worker thread, through its own read-only
 * connection, so the process that opened the file keeps answering while every page is read
 * (seconds for a million statements; far longer when the file is not in the OS cache).
 *
 * The worker is plain CommonJS passed as a string: it must run unchanged under tsx, vitest
 * and the bundled Electron main process, none of which agree on how a TypeScript worker file
 * would be found. It loads the same better-sqlite3 this module resolves.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db;
let answer;
try {
  db = new Database(workerData.path, { readonly: true, fileMustExist: true });
  answer = { result: String(db.pragma('quick_check', { simple: true })) };
} catch (error) {
  answer = { code: error && error.code, message: String((error && error.message) || error) };
} finally {
  // Closed before answering: the app's connection must be the last one when it closes,
  // or SQLite leaves the -wal and -shm files behind.
  if (db) db.close();
}
parentPort.postMessage(answer);`;

function driverPath(): string {
  return createRequire(import.meta.url).resolve('better-sqlite3');
}

export type QuickCheckOutcome =
  | { kind: 'ok' }
  /** SQLite found the file damaged; `problem` is its description of the first fault. */
  | { kind: 'damaged'; problem: string }
  /** The check itself could not run (no worker, driver not loadable): nothing is known. */
  | { kind: 'failed'; reason: string };

type WorkerMessage = { result: string } | { code?: string; message: string };

/** SQLite's answers that mean the file itself is bad, not that the check could not run. */
const DAMAGE_CODES = /^SQLITE_(CORRUPT|NOTADB)/;

function outcomeOf(message: WorkerMessage): QuickCheckOutcome {
  if ('result' in message) {
    return message.result === 'ok' ? { kind: 'ok' } : { kind: 'damaged', problem: message.result };
  }
  return DAMAGE_CODES.test(message.code ?? '')
    ? { kind: 'damaged', problem: message.message }
    : { kind: 'failed', reason: message.message };
}

export function quickCheckInWorker(path: string): Promise<QuickCheckOutcome> {
  return new Promise((resolve) => {
    let answered = false;
    const answer = (outcome: QuickCheckOutcome) => {
      if (answered) return;
      answered = true;
      resolve(outcome);
    };
    let worker: Worker;
    try {
      worker = new Worker(WORKER_SOURCE, {
        eval: true,
        workerData: { driver: driverPath(), path },
      });
    } catch (error) {
      answer({ kind: 'failed', reason: (error as Error).message });
      return;
    }
    worker.once('message', (message: WorkerMessage) => answer(outcomeOf(message)));
    worker.once('error', (error) => answer({ kind: 'failed', reason: error.message }));
    worker.once('exit', (code) => answer({ kind: 'failed', reason: `the check exited (${code})` }));
  });
}
