import {
  dialog,
  type BrowserWindow,
  type MessageBoxOptions,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import { join } from 'node:path';

/**
 * The native dialogs Parallax shows. Always called through `dialog.…` at call time (never a
 * saved reference), so Electron e2e tests can stub them from the main process.
 */

const WORKSPACE_FILTERS = [{ name: 'Parallax workspace', extensions: ['parallax'] }];

export async function chooseWorkspaceToOpen(
  parent: BrowserWindow | null,
  defaultFolder: string,
): Promise<string | null> {
  const options: OpenDialogOptions = {
    title: 'Open Workspace',
    defaultPath: defaultFolder,
    properties: ['openFile'],
    filters: WORKSPACE_FILTERS,
  };
  const result = parent
    ? await dialog.showOpenDialog(parent, options)
    : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

export async function chooseWorkspaceToCreate(
  parent: BrowserWindow | null,
  defaultFolder: string,
): Promise<string | null> {
  const options: SaveDialogOptions = {
    title: 'New Workspace',
    buttonLabel: 'Create',
    defaultPath: join(defaultFolder, 'Untitled.parallax'),
    filters: WORKSPACE_FILTERS,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const result = parent
    ? await dialog.showSaveDialog(parent, options)
    : await dialog.showSaveDialog(options);
  return result.canceled ? null : result.filePath || null;
}

/** Asks before a link leaves the app. True only when the person chose to open it. */
export async function confirmOpenExternal(
  parent: BrowserWindow | null,
  url: string,
): Promise<boolean> {
  const options: MessageBoxOptions = {
    type: 'question',
    buttons: ['Open in Browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    message: `Open ${url} in your browser?`,
    detail: 'Parallax does not show web pages itself. The link opens in your default browser.',
  };
  const result = parent
    ? await dialog.showMessageBox(parent, options)
    : await dialog.showMessageBox(options);
  return result.response === 0;
}

/** Reports a failure the person caused outside the window (a bad file from the command line). */
export function showError(parent: BrowserWindow | null, title: string, message: string): void {
  const options: MessageBoxOptions = {
    type: 'error',
    message: title,
    detail: message,
    buttons: ['OK'],
  };
  void (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
}
