import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppState } from '../core/app-api';
import { AppSession } from '../core/session';
import type { BridgeResponse } from './preload-api';
import { APP_ENTRY_URL } from './url-rules';

type Handler = (event: unknown, input: unknown) => Promise<BridgeResponse>;

/** Stand-ins for ipcMain, dialog and BrowserWindow, so the real binding runs under Node. */
const electron = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, input: unknown) => Promise<unknown>>(),
  showOpenDialog: vi.fn(),
  showSaveDialog: vi.fn(),
}));

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, input: unknown) => Promise<unknown>) => {
      if (electron.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      electron.handlers.set(channel, handler);
    },
  },
  BrowserWindow: { fromWebContents: () => null },
  dialog: { showOpenDialog: electron.showOpenDialog, showSaveDialog: electron.showSaveDialog },
}));

const { registerIpc } = await import('./ipc');

let dir: string;
let session: AppSession;
const opened = vi.fn();

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-electron-ipcmain-'));
  session = new AppSession({ host: 'electron', dataDir: join(dir, 'data'), defaultFolder: dir });
  electron.handlers.clear();
  opened.mockClear();
  registerIpc(session, { opened });
});

afterEach(() => {
  session.close();
  rmSync(dir, { recursive: true, force: true });
});

function fromFrame(url: string | null): unknown {
  return { senderFrame: url === null ? null : { url }, sender: {} };
}

function invoke(
  method: string,
  input: unknown,
  sender = fromFrame(APP_ENTRY_URL),
): Promise<BridgeResponse> {
  const handler = electron.handlers.get(`parallax:${method}`) as Handler | undefined;
  if (!handler) throw new Error(`no handler for ${method}`);
  return handler(sender, input);
}

describe('registerIpc', () => {
  it('registers one channel per contract method and nothing else', () => {
    expect([...electron.handlers.keys()].sort()).toEqual(
      AppSession.methodNames()
        .map((m) => `parallax:${m}`)
        .sort(),
    );
  });

  it('checks the sending frame', async () => {
    await expect(invoke('appState', {}, fromFrame('https://evil.example/'))).resolves.toMatchObject(
      { ok: false },
    );
    await expect(invoke('appState', {}, fromFrame(null))).resolves.toMatchObject({ ok: false });
    await expect(invoke('appState', {})).resolves.toMatchObject({
      ok: true,
      result: { host: 'electron' },
    });
  });

  it('creates through the save dialog and remembers the file', async () => {
    const path = join(dir, 'kirkuk.parallax');
    electron.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path });
    const response = await invoke('chooseAndCreateWorkspace', {});
    expect(response).toMatchObject({ ok: true, result: { workspace: { path } } });
    expect(electron.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        filters: [{ name: 'Parallax workspace', extensions: ['parallax'] }],
      }),
    );
    expect(opened).toHaveBeenCalledWith(path);
  });

  it('opens through the open dialog; cancelling changes and remembers nothing', async () => {
    const path = join(dir, 'kirkuk.parallax');
    await invoke('newWorkspace', { path });
    expect(opened).toHaveBeenCalledTimes(1);

    electron.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    const cancelled = await invoke('chooseAndOpenWorkspace', {});
    expect(cancelled).toMatchObject({ ok: true });
    expect((cancelled as { result: AppState }).result.workspace?.path).toBe(path);
    expect(opened).toHaveBeenCalledTimes(1);

    await invoke('closeWorkspace', {});
    electron.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    await expect(invoke('chooseAndOpenWorkspace', {})).resolves.toMatchObject({
      ok: true,
      result: { workspace: { path } },
    });
    expect(electron.showOpenDialog).toHaveBeenLastCalledWith(
      expect.objectContaining({ properties: ['openFile'], defaultPath: dir }),
    );
    expect(opened).toHaveBeenCalledTimes(2);
  });

  it('does not remember failed opens', async () => {
    const response = await invoke('openWorkspace', { path: join(dir, 'missing.parallax') });
    expect(response).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(opened).not.toHaveBeenCalled();
  });
});
