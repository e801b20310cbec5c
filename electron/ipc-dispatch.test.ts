import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppState } from '../core/app-api';
import { AppSession } from '../core/session';
import { handleCall, handleChoice } from './ipc-dispatch';
import type { BridgeResponse } from './preload-api';
import { APP_ENTRY_URL } from './url-rules';

let dir: string;
let session: AppSession;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-electron-ipc-'));
  session = new AppSession({
    host: 'electron',
    dataDir: join(dir, 'data'),
    defaultFolder: dir,
    author: 'tester',
  });
});

afterEach(() => {
  session.close();
  rmSync(dir, { recursive: true, force: true });
});

function result<T>(response: BridgeResponse): T {
  if (!response.ok)
    throw new Error(`expected ok, got ${response.error.code}: ${response.error.message}`);
  return response.result as T;
}

describe('handleCall', () => {
  it('runs app and workspace methods for the app window', async () => {
    const state = result<AppState>(await handleCall(session, APP_ENTRY_URL, 'appState', {}));
    expect(state).toMatchObject({ host: 'electron', workspace: null, defaultFolder: dir });

    const path = join(dir, 'kirkuk.parallax');
    const created = result<AppState>(
      await handleCall(session, 'app://parallax/index.html#/start', 'newWorkspace', { path }),
    );
    expect(created.workspace).toEqual({ path, name: 'kirkuk' });
    expect(existsSync(path)).toBe(true);

    const source = result<{ id: string; title: string }>(
      await handleCall(session, APP_ENTRY_URL, 'createSource', {
        title: 'Pentagon briefing',
        body: 'We do not have reports.',
      }),
    );
    expect(source.title).toBe('Pentagon briefing');
    const listed = result<{ items: Array<{ id: string }> }>(
      await handleCall(session, APP_ENTRY_URL, 'listSources', {}),
    );
    expect(listed.items.map((s) => s.id)).toEqual([source.id]);
  });

  it('refuses calls from any other page, before running anything', async () => {
    const call = vi.spyOn(session, 'call');
    for (const sender of [
      'https://evil.example/',
      'file:///tmp/x.html',
      'app://other/index.html',
      '',
      null,
      undefined,
    ]) {
      const response = await handleCall(session, sender, 'openSample', {});
      expect(response, String(sender)).toEqual({
        ok: false,
        error: { code: 'invalid_input', message: expect.stringContaining('Parallax window') },
      });
    }
    expect(call).not.toHaveBeenCalled();
  });

  it('refuses unknown methods, including prototype names', async () => {
    for (const method of ['dropDatabase', '__proto__', 'constructor', 'toString', '']) {
      const response = await handleCall(session, APP_ENTRY_URL, method, {});
      expect(response, method).toEqual({
        ok: false,
        error: { code: 'invalid_input', message: expect.stringContaining('no method') },
      });
    }
  });

  it('refuses values JSON cannot carry (a Map would pass as {}), before running anything', async () => {
    const call = vi.spyOn(session, 'call');
    for (const input of [new Map(), new Set(), new Date(0), { limit: new Map() }]) {
      const response = await handleCall(session, APP_ENTRY_URL, 'appState', input);
      expect(response).toEqual({
        ok: false,
        error: { code: 'invalid_input', message: expect.stringContaining('plain values') },
      });
    }
    expect(call).not.toHaveBeenCalled();
  });

  it('returns errors as plain { code, message }', async () => {
    const noWorkspace = await handleCall(session, APP_ENTRY_URL, 'listSources', {});
    expect(noWorkspace).toEqual({
      ok: false,
      error: { code: 'no_workspace', message: expect.any(String) },
    });

    const badInput = await handleCall(session, APP_ENTRY_URL, 'openWorkspace', { path: 7 });
    expect(badInput).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    const missing = await handleCall(session, APP_ENTRY_URL, 'openWorkspace', {
      path: join(dir, 'nowhere.parallax'),
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });

    for (const response of [noWorkspace, badInput, missing]) {
      if (response.ok) throw new Error('expected an error');
      // Exactly the two fields: what survives structured cloning is what the renderer gets.
      expect(Object.keys(response.error).sort()).toEqual(['code', 'message']);
      expect(Object.getPrototypeOf(response.error)).toBe(Object.prototype);
    }
  });
});

describe('handleChoice', () => {
  it('opens the workspace the person chose', async () => {
    const path = join(dir, 'chosen.parallax');
    result(await handleCall(session, APP_ENTRY_URL, 'newWorkspace', { path }));
    result(await handleCall(session, APP_ENTRY_URL, 'closeWorkspace', {}));

    const choose = vi.fn(async (state: AppState) => {
      expect(state.defaultFolder).toBe(dir);
      return path;
    });
    const state = result<AppState>(
      await handleChoice(session, APP_ENTRY_URL, 'chooseAndOpenWorkspace', {}, choose),
    );
    expect(state.workspace?.path).toBe(path);
    expect(choose).toHaveBeenCalledOnce();
  });

  it('creates the workspace the person named', async () => {
    const path = join(dir, 'new-one');
    const state = result<AppState>(
      await handleChoice(
        session,
        APP_ENTRY_URL,
        'chooseAndCreateWorkspace',
        undefined,
        async () => path,
      ),
    );
    expect(state.workspace).toEqual({ path: `${path}.parallax`, name: 'new-one' });
  });

  it('answers a cancelled dialog with the unchanged state', async () => {
    const before = result<AppState>(await handleCall(session, APP_ENTRY_URL, 'appState', {}));
    for (const cancelled of [null, undefined, '']) {
      const response = await handleChoice(
        session,
        APP_ENTRY_URL,
        'chooseAndOpenWorkspace',
        {},
        async () => cancelled,
      );
      expect(result(response)).toEqual(before);
    }
  });

  it('shows no dialog to a foreign sender or for bad input', async () => {
    const choose = vi.fn(async () => join(dir, 'x.parallax'));
    const foreign = await handleChoice(
      session,
      'https://evil.example/',
      'chooseAndOpenWorkspace',
      {},
      choose,
    );
    expect(foreign).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const bad = await handleChoice(
      session,
      APP_ENTRY_URL,
      'chooseAndCreateWorkspace',
      { path: '/tmp/x' },
      choose,
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(choose).not.toHaveBeenCalled();
  });

  it('shapes failures after the dialog too', async () => {
    const response = await handleChoice(
      session,
      APP_ENTRY_URL,
      'chooseAndOpenWorkspace',
      {},
      async () => join(dir, 'absent.parallax'),
    );
    expect(response).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const thrown = await handleChoice(
      session,
      APP_ENTRY_URL,
      'chooseAndOpenWorkspace',
      {},
      async () => {
        throw new Error('dialog crashed');
      },
    );
    expect(thrown).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
