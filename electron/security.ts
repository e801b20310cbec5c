import { app, BrowserWindow, session, shell, type WebContents } from 'electron';
import { confirmOpenExternal } from './dialogs';
import { externalUrlToOffer, isAppUrl } from './url-rules';

/**
 * Electron's security checklist, applied to every webContents the app ever creates: no
 * navigation away from app://parallax, no new windows, no <webview>, no web permissions.
 * The URL decisions themselves live in url-rules.ts.
 */

/** One confirmation at a time, so a page that calls window.open in a loop cannot stack dialogs. */
let offering = false;

/** Asks, then hands an http(s) link to the user's browser; anything else is dropped silently. */
async function offerExternal(contents: WebContents, url: string): Promise<void> {
  const target = externalUrlToOffer(url);
  if (target === null || offering) return;
  offering = true;
  try {
    const parent = BrowserWindow.fromWebContents(contents);
    if (await confirmOpenExternal(parent, target)) await shell.openExternal(target);
  } catch {
    // The window went away or no browser is configured; there is nothing useful to report.
  } finally {
    offering = false;
  }
}

function guardContents(contents: WebContents): void {
  // Links and scripted navigations: never followed away from the app. For the main frame an
  // http(s) link may go to the browser. Both events are handled because Electron emits
  // 'will-navigate' (main frame) only when 'will-frame-navigate' (any frame) was not
  // prevented; `offering` keeps the pair from asking twice.
  const refuse = (event: Electron.Event, url: string, isMainFrame: boolean): void => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    if (isMainFrame) void offerExternal(contents, url);
  };
  contents.on('will-frame-navigate', (event) => refuse(event, event.url, event.isMainFrame));
  contents.on('will-navigate', (event) => refuse(event, event.url, true));
  // Server redirects: refused.
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  // target=_blank and window.open: no child windows, ever.
  contents.setWindowOpenHandler(({ url }) => {
    void offerExternal(contents, url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Before any window exists: guard every webContents as it is created. */
export function guardAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => guardContents(contents));
}

/**
 * After 'ready': deny every permission request and check (camera, notifications, clipboard
 * read, geolocation …). Parallax needs none; copy and paste go through the Edit menu roles,
 * which are not web permissions.
 */
export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);
}
