import { app, BrowserWindow, Menu } from 'electron';
import type { MenuCommand } from '../core/app-api';
import { MENU_CHANNEL } from './channels';
import { menuTemplate } from './menu-template';

/**
 * Installs the application menu. Commands go to the focused window (falling back to any
 * window, e.g. when a menu is used on macOS while the window is not key); the renderer
 * decides what each one does.
 */
export function installMenu(): void {
  const send = (command: MenuCommand): void => {
    const target = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    target?.webContents.send(MENU_CHANNEL, command);
  };
  const template = menuTemplate(process.platform, send, { devTools: !app.isPackaged });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
