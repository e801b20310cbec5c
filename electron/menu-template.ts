import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../core/app-api';

/**
 * The application menu as data. Pure (types only from Electron), so tests can check that every
 * menu command has an item and a shortcut; menu.ts builds and installs it.
 */

export type SendMenuCommand = (command: MenuCommand) => void;

export interface MenuOptions {
  /** Adds Reload and Toggle Developer Tools (unpackaged runs only). */
  devTools?: boolean;
}

function command(
  label: string,
  id: MenuCommand,
  accelerator: string,
  send: SendMenuCommand,
): MenuItemConstructorOptions {
  return { id: `parallax.${id}`, label, accelerator, click: () => send(id) };
}

export function menuTemplate(
  platform: NodeJS.Platform,
  send: SendMenuCommand,
  options: MenuOptions = {},
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const file: MenuItemConstructorOptions[] = [
    command('New Workspace…', 'new', 'CmdOrCtrl+N', send),
    command('Open…', 'open', 'CmdOrCtrl+O', send),
    // The start screen over the open workspace: recent ones, the sample, new and open.
    command('Workspaces…', 'workspaces', 'Shift+CmdOrCtrl+O', send),
    // macOS keeps the list itself (filled by app.addRecentDocument); elsewhere the app's own
    // start screen shows the recent workspaces.
    ...(mac
      ? [
          {
            label: 'Open Recent',
            role: 'recentDocuments',
            submenu: [{ label: 'Clear Menu', role: 'clearRecentDocuments' }],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    separator,
    command('Import Source…', 'import', 'CmdOrCtrl+I', send),
    command('Export…', 'export', 'CmdOrCtrl+E', send),
    separator,
    command('Close Workspace', 'close', 'CmdOrCtrl+W', send),
    // CmdOrCtrl+W belongs to Close Workspace, so closing the window moves to Shift.
    { role: 'close', label: 'Close Window', accelerator: 'Shift+CmdOrCtrl+W' },
    ...(mac ? [] : [separator, { role: 'quit' } satisfies MenuItemConstructorOptions]),
  ];

  // Undo and Redo are the workspace's (the changes log), not the text field's: the renderer
  // decides what a command means where the focus is. So no 'undo'/'redo' roles here.
  const edit: MenuItemConstructorOptions[] = [
    command('Undo', 'undo', 'CmdOrCtrl+Z', send),
    command('Redo', 'redo', 'Shift+CmdOrCtrl+Z', send),
    // Ctrl+Y is Redo on Windows and Linux too. A hidden item's accelerator still fires there
    // (Electron documents this for Windows and Linux), so the menu shows one Redo.
    ...(mac
      ? []
      : [
          {
            ...command('Redo', 'redo', 'CmdOrCtrl+Y', send),
            id: 'parallax.redo-alt',
            visible: false,
          },
        ]),
    separator,
    { role: 'cut' },
    { role: 'copy' },
    { role: 'paste' },
    { role: 'selectAll' },
    separator,
    command('Find', 'find', 'CmdOrCtrl+F', send),
  ];

  const developerItems: MenuItemConstructorOptions[] = [
    { role: 'reload' },
    { role: 'toggleDevTools' },
    separator,
  ];
  const view: MenuItemConstructorOptions[] = [
    ...(options.devTools ? developerItems : []),
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    separator,
    { role: 'togglefullscreen' },
  ];

  const windowMenu: MenuItemConstructorOptions[] = mac
    ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }]
    : [{ role: 'minimize' }];

  const help: MenuItemConstructorOptions[] = mac
    ? []
    : [{ role: 'about', label: 'About Parallax' }];

  return [
    ...(mac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    { label: 'File', submenu: file },
    { label: 'Edit', submenu: edit },
    { label: 'View', submenu: view },
    { label: 'Window', role: 'window', submenu: windowMenu },
    { label: 'Help', role: 'help', submenu: help },
  ];
}
