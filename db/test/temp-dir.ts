import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/** Something holding a file open that must be closed before its folder is removed. */
interface Closeable {
  close(): void;
}

export interface TempDir {
  /** The folder of the current test. */
  readonly path: string;
  /** A path inside the folder (the file is not created). */
  file(name: string): string;
  /** Closes `handle` before the folder is removed, even if the test fails. Returns it. */
  track<T extends Closeable>(handle: T): T;
}

/**
 * Gives every test of the calling file a fresh folder under the OS temp dir, and removes it
 * (after closing every tracked database) when the test ends.
 */
export function useTempDir(prefix = 'parallax-db-test-'): TempDir {
  let dir: string | undefined;
  let handles: Closeable[] = [];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
    handles = [];
  });

  afterEach(() => {
    for (const handle of handles.reverse()) {
      try {
        handle.close();
      } catch {
        // Already closed, or closing failed: the folder is removed regardless.
      }
    }
    handles = [];
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  const current = (): string => {
    if (!dir) throw new Error('useTempDir: only usable inside a test');
    return dir;
  };

  return {
    get path() {
      return current();
    },
    file: (name) => join(current(), name),
    track: (handle) => {
      handles.push(handle);
      return handle;
    },
  };
}
