import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { AppSession } from '../core/session';
import { callChannel } from './channels';
import { chooseWorkspaceToCreate, chooseWorkspaceToOpen } from './dialogs';
import { handleCall, handleChoice, isDialogMethod, OPENING_METHODS } from './ipc-dispatch';
import { BRIDGE_METHODS } from './method-names';

export interface IpcHooks {
  /** A call left `path` open as the workspace (for the OS's recent documents). */
  opened(path: string): void;
}

/** The URL of the frame that sent the call; null when the frame is gone or navigated away. */
function senderUrl(event: IpcMainInvokeEvent): string | null {
  try {
    return event.senderFrame?.url ?? null;
  } catch {
    return null;
  }
}

/**
 * Binds the contract to IPC: one `ipcMain.handle` channel per method name, each checked and
 * dispatched by ipc-dispatch.ts. The two dialog methods show a native dialog parented to the
 * calling window.
 */
export function registerIpc(session: AppSession, hooks: IpcHooks): void {
  for (const method of BRIDGE_METHODS) {
    ipcMain.handle(callChannel(method), async (event, input: unknown) => {
      const url = senderUrl(event);
      // A cancelled dialog answers ok with the unchanged state; that is not an open.
      let cancelled = false;
      const response = isDialogMethod(method)
        ? await handleChoice(session, url, method, input, async (state) => {
            const parent = BrowserWindow.fromWebContents(event.sender);
            const path =
              method === 'chooseAndOpenWorkspace'
                ? await chooseWorkspaceToOpen(parent, state.defaultFolder)
                : await chooseWorkspaceToCreate(parent, state.defaultFolder);
            cancelled = !path;
            return path;
          })
        : await handleCall(session, url, method, input);
      const path = session.workspacePath;
      if (response.ok && !cancelled && OPENING_METHODS.has(method) && path) hooks.opened(path);
      return response;
    });
  }
}
