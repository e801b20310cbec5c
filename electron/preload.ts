import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { MenuCommand } from '../core/app-api';
import { callChannel, MENU_CHANNEL } from './channels';
import { BRIDGE_METHODS, MENU_COMMAND_NAMES } from './method-names';
import type { BridgeResponse, ParallaxBridge } from './preload-api';

/**
 * The renderer's only door to the main process. It runs sandboxed (no Node, only a small
 * `require('electron')`), so build.mjs bundles it into one file, replacing ./method-names with
 * its values as literals. It exposes exactly two functions and never ipcRenderer itself or an IPC event object (whose
 * `sender` is ipcRenderer): a page that could reach ipcRenderer could talk on any channel.
 */
const allowed: ReadonlySet<string> = new Set(BRIDGE_METHODS);
const menuCommands: ReadonlySet<string> = new Set(MENU_COMMAND_NAMES);

function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && menuCommands.has(value);
}

const bridge: ParallaxBridge = {
  call(method: string, input?: unknown): Promise<BridgeResponse> {
    if (typeof method !== 'string' || !allowed.has(method)) {
      return Promise.resolve({
        ok: false,
        error: {
          code: 'invalid_input',
          message: `Parallax has no method called ${String(method)}.`,
        },
      });
    }
    return ipcRenderer.invoke(callChannel(method), input ?? {}) as Promise<BridgeResponse>;
  },

  onMenuCommand(listener) {
    if (typeof listener !== 'function') throw new TypeError('onMenuCommand needs a function.');
    // Only the command is passed on, never the event.
    const relay = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, relay);
    };
  },
};

contextBridge.exposeInMainWorld('parallax', bridge);
