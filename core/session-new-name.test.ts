import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppState } from './app-api';
import { expectPlainError } from './test/expect-error';
import { ParallaxError } from './errors';
import { AppSession } from './session';

describe('a new workspace’s name, as the app asks for it', () => {
  let dir: string;
  let session: AppSession;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-new-name-'));
    session = new AppSession({ host: 'browser', dataDir: join(dir, 'data'), defaultFolder: dir });
  });
  afterEach(() => {
    session.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const create = (name: string) => session.call('newWorkspace', { path: join(dir, name) });

  /** The error `create(name)` throws, after checking it says what is wrong and writes nothing. */
  function refusal(name: string): string {
    let thrown: unknown;
    try {
      create(name);
    } catch (error) {
      thrown = error;
    }
    expect(thrown, name).toBeInstanceOf(ParallaxError);
    const error = thrown as ParallaxError;
    expect(error.code).toBe('invalid_input');
    expectPlainError(error);
    expect(readdirSync(dir).filter((f) => f !== 'data')).toEqual([]);
    return error.message;
  }

  it('is refused where Windows or macOS could not store it, with the reason, and nothing made', () => {
    expect(refusal('Kirkuk: October')).toMatch(/cannot hold “:”/);
    expect(refusal('What now?')).toMatch(/cannot hold “\?”/);
    expect(refusal('Kirkuk.')).toMatch(/cannot end in a dot or a space/);
    expect(refusal('Kirkuk\u0007')).toMatch(/control characters/);
    expect(refusal('aux')).toMatch(/“aux” is a name Windows keeps for a device/);
    expect(refusal('LPT3.parallax')).toMatch(/“LPT3” is a name Windows keeps/);
    expect((session.call('appState', {}) as AppState).workspace).toBeNull();
  });

  it('is taken as it is when every system can store it', () => {
    create('Kirkuk, October 2017 (draft)');
    expect(existsSync(join(dir, 'Kirkuk, October 2017 (draft).parallax'))).toBe(true);
  });
});
