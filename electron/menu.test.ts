import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS, type MenuCommand } from '../core/app-api';
import { menuTemplate } from './menu-template';

const PLATFORMS: NodeJS.Platform[] = ['darwin', 'win32', 'linux'];

/** Every item of the template, submenus included. */
function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ]);
}

function roles(items: MenuItemConstructorOptions[]): string[] {
  return flatten(items).flatMap((item) => (item.role ? [item.role] : []));
}

/** Clicks every item and returns what it sent, keyed by accelerator. */
function commandsByAccelerator(platform: NodeJS.Platform): Map<string, MenuCommand> {
  const byAccelerator = new Map<string, MenuCommand>();
  let sent: MenuCommand | null = null;
  const template = menuTemplate(platform, (command) => {
    sent = command;
  });
  for (const item of flatten(template)) {
    if (!item.click) continue;
    sent = null;
    item.click(undefined as never, undefined, undefined as never);
    if (sent === null) throw new Error(`${item.label} sent nothing`);
    expect(item.accelerator, item.label).toBeTruthy();
    byAccelerator.set(String(item.accelerator), sent);
  }
  return byAccelerator;
}

describe.each(PLATFORMS)('menuTemplate on %s', (platform) => {
  it('has an item with a shortcut for every menu command', () => {
    const send = vi.fn();
    const items = flatten(menuTemplate(platform, send));
    for (const command of MENU_COMMANDS) {
      const item = items.find((i) => i.id === `parallax.${command}`);
      expect(item, command).toBeDefined();
      expect(item?.accelerator, command).toBeTruthy();
      expect(item?.visible, command).not.toBe(false);
      item?.click?.(undefined as never, undefined, undefined as never);
      expect(send).toHaveBeenLastCalledWith(command);
    }
  });

  it('uses the agreed shortcuts', () => {
    const commands = commandsByAccelerator(platform);
    expect(Object.fromEntries(commands)).toMatchObject({
      'CmdOrCtrl+N': 'new',
      'CmdOrCtrl+O': 'open',
      'CmdOrCtrl+I': 'import',
      'CmdOrCtrl+F': 'find',
      'CmdOrCtrl+Z': 'undo',
      'Shift+CmdOrCtrl+Z': 'redo',
      'CmdOrCtrl+E': 'export',
      'CmdOrCtrl+W': 'close',
    });
    expect(commands.get('CmdOrCtrl+Y')).toBe(platform === 'darwin' ? undefined : 'redo');
  });

  it('has the standard roles, without a second owner for the app shortcuts', () => {
    const template = menuTemplate(platform, () => {});
    const present = roles(template);
    for (const role of [
      'cut',
      'copy',
      'paste',
      'selectAll',
      'zoomIn',
      'zoomOut',
      'resetZoom',
      'togglefullscreen',
      'minimize',
      'window',
      'help',
    ]) {
      expect(present, role).toContain(role);
    }
    // The workspace's undo/redo replace the text roles, and Close Window moves off CmdOrCtrl+W.
    expect(present).not.toContain('undo');
    expect(present).not.toContain('redo');
    const accelerators = flatten(template).flatMap((i) =>
      i.accelerator ? [String(i.accelerator)] : [],
    );
    expect(new Set(accelerators).size).toBe(accelerators.length);
    expect(present).not.toContain('toggleDevTools');
  });
});

describe('platform conventions', () => {
  it('uses the app menu and Open Recent on macOS only', () => {
    const mac = roles(menuTemplate('darwin', () => {}));
    expect(mac).toEqual(
      expect.arrayContaining(['appMenu', 'recentDocuments', 'clearRecentDocuments', 'front']),
    );
    const linux = roles(menuTemplate('linux', () => {}));
    expect(linux).not.toContain('appMenu');
    expect(linux).not.toContain('recentDocuments');
    expect(linux).toContain('quit');
  });

  it('adds developer tools only when asked', () => {
    expect(roles(menuTemplate('linux', () => {}, { devTools: true }))).toContain('toggleDevTools');
  });
});
