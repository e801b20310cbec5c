import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS } from '../core/app-api';
import { AppSession } from '../core/session';
import { callChannel, MENU_CHANNEL } from './channels';
import { BRIDGE_METHODS, MENU_COMMAND_NAMES } from './method-names';
import type { ParallaxBridge } from './preload-api';

/** A stand-in for the two Electron objects the preload touches, so it runs under Node. */
const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  return {
    listeners,
    exposed: new Map<string, unknown>(),
    invoke: vi.fn(async (_channel: string, _input: unknown): Promise<unknown> => ({
      ok: true,
      result: 'sent',
    })),
  };
});

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api),
  },
  ipcRenderer: {
    invoke: electron.invoke,
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      if (!electron.listeners.has(channel)) electron.listeners.set(channel, new Set());
      electron.listeners.get(channel)?.add(listener);
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => {
      electron.listeners.get(channel)?.delete(listener);
    },
  },
}));

let bridge: ParallaxBridge;

beforeAll(async () => {
  await import('./preload');
  bridge = electron.exposed.get('parallax') as ParallaxBridge;
});

beforeEach(() => electron.invoke.mockClear());

function emitMenu(command: unknown): void {
  for (const listener of electron.listeners.get(MENU_CHANNEL) ?? [])
    listener({ sender: 'ipcRenderer!' }, command);
}

describe('the preload', () => {
  it('allows exactly the methods the session serves', () => {
    expect([...BRIDGE_METHODS]).toEqual(AppSession.methodNames());
    expect([...MENU_COMMAND_NAMES]).toEqual([...MENU_COMMANDS]);
  });

  it('exposes window.parallax with call and onMenuCommand, nothing else', () => {
    expect([...electron.exposed.keys()]).toEqual(['parallax']);
    expect(Object.keys(bridge).sort()).toEqual(['call', 'onMenuCommand']);
  });

  it('sends every known method on its own channel', async () => {
    for (const method of AppSession.methodNames()) {
      await expect(bridge.call(method, { a: 1 })).resolves.toEqual({ ok: true, result: 'sent' });
      expect(electron.invoke).toHaveBeenLastCalledWith(callChannel(method), { a: 1 });
    }
    await bridge.call('appState', undefined);
    expect(electron.invoke).toHaveBeenLastCalledWith('parallax:appState', {});
  });

  it('answers unknown methods itself, without sending', async () => {
    for (const method of [
      'menu',
      'dropDatabase',
      '__proto__',
      'constructor',
      42 as unknown as string,
    ]) {
      await expect(bridge.call(method, {})).resolves.toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      });
    }
    expect(electron.invoke).not.toHaveBeenCalled();
  });

  it('relays menu commands, without the event, until unsubscribed', () => {
    const received: unknown[][] = [];
    const stop = bridge.onMenuCommand((...args: unknown[]) => received.push(args));
    emitMenu('undo');
    emitMenu('not-a-command');
    emitMenu({ command: 'undo' });
    expect(received).toEqual([['undo']]);
    stop();
    emitMenu('redo');
    expect(received).toEqual([['undo']]);
    expect(electron.listeners.get(MENU_CHANNEL)?.size).toBe(0);
  });
});
