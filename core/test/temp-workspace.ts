import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { createWorkspace, openWorkspace, type Workspace } from '../../db/workspace';
import { createService, type Service, type ServiceClient } from '../service';

/** The author every test service writes into the changes log. */
export const TEST_AUTHOR = 'test-researcher';

/** A real workspace file in a fresh temp folder of its own, with a service over it. */
export interface TempWorkspace {
  /** The temp folder (removed by `dispose`). */
  readonly dir: string;
  /** The `.parallax` file. */
  readonly path: string;
  /** The service over the currently open connection. */
  readonly service: Service;
  /** Shorthand for `service.client`. */
  readonly client: ServiceClient;
  /** The currently open connection, for looking at rows directly. */
  readonly db: Database;
  /** Closes the workspace; SQLite checkpoints the WAL into the file on close. */
  close(): void;
  /** Closes the workspace if open, then opens the file again (openWorkspace + createService). */
  reopen(): ServiceClient;
  /** Hex sha256 of the workspace file's bytes (close first to include everything). */
  fileSha256(): string;
  /** Closes the workspace and removes the temp folder. */
  dispose(): void;
}

export function createTempWorkspace(author = TEST_AUTHOR): TempWorkspace {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-core-test-'));
  const path = join(dir, 'test.parallax');
  let workspace: Workspace;
  let service: Service;
  try {
    workspace = createWorkspace(path);
    service = createService(workspace, { author });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }

  const close = () => workspace.close();
  return {
    dir,
    path,
    get service() {
      return service;
    },
    get client() {
      return service.client;
    },
    get db() {
      return workspace.db;
    },
    close,
    reopen() {
      close();
      workspace = openWorkspace(path);
      service = createService(workspace, { author });
      return service.client;
    },
    fileSha256: () => createHash('sha256').update(readFileSync(path)).digest('hex'),
    dispose() {
      try {
        close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * Gives each test of the calling file its own fresh workspace (created before the test,
 * closed and deleted after it). The returned object reads through to the current test's one.
 */
export function useTempWorkspace(author = TEST_AUTHOR): TempWorkspace {
  let current: TempWorkspace | undefined;
  beforeEach(() => {
    current = createTempWorkspace(author);
  });
  afterEach(() => {
    current?.dispose();
    current = undefined;
  });
  const get = (): TempWorkspace => {
    if (!current) throw new Error('useTempWorkspace: only usable inside a test');
    return current;
  };
  return {
    get dir() {
      return get().dir;
    },
    get path() {
      return get().path;
    },
    get service() {
      return get().service;
    },
    get client() {
      return get().client;
    },
    get db() {
      return get().db;
    },
    close: () => get().close(),
    reopen: () => get().reopen(),
    fileSha256: () => get().fileSha256(),
    dispose: () => get().dispose(),
  };
}
