import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './url-rules';

/**
 * The Parallax window. The renderer gets no Node and no Electron: it is sandboxed, isolated
 * from the preload's world, and reaches the app only through `window.parallax` (preload.ts).
 * It starts hidden and is shown on its first paint, so nobody sees an empty white frame.
 */
export function createMainWindow(preload: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 760,
    minHeight: 480,
    show: false,
    title: 'Parallax',
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // No auxclick: a middle-click on a link would otherwise ask for a new window. The
      // window-open handler (security.ts) denies it anyway; this removes the path entirely.
      disableBlinkFeatures: 'Auxclick',
      preload,
    },
  });
  window.once('ready-to-show', () => window.show());
  // A page that fails to load never paints; show the window anyway rather than nothing.
  window.webContents.once('did-fail-load', () => {
    if (!window.isDestroyed() && !window.isVisible()) window.show();
  });
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error('Parallax: the window could not load its page:', error);
  });
  return window;
}
