import { app, BrowserWindow, dialog } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defaultDataDir } from '../core/data-dir';
import { toParallaxError } from '../core/errors';
import { AppSession } from '../core/session';
import { electronPdfPrinter } from './print-to-pdf';
import { registerAppScheme, serveAppFiles } from './app-protocol';
import { INDEX_FILE } from './app-files';
import { workspacePathFromArgv } from './argv';
import { showError } from './dialogs';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { denyAllPermissions, guardAllWebContents } from './security';
import { createMainWindow } from './window';

/**
 * Entry point of the desktop app, bundled to dist/electron/main.cjs by build.mjs. The preload
 * is bundled beside it and the renderer is built into dist/renderer, so both are found relative
 * to this file wherever the app is installed.
 */
const PRELOAD_PATH = join(__dirname, 'preload.cjs');
const RENDERER_DIR = join(__dirname, '..', 'renderer');

// One data folder for every host (CLI, browser host, desktop), so they share the recent list
// and the sample, and PARALLAX_HOME isolates a test run. On macOS and Windows this is where
// Electron would put it anyway. It must be set before the single-instance lock, which is
// taken per userData folder.
app.setPath('userData', defaultDataDir());
registerAppScheme();
guardAllWebContents();

if (!app.requestSingleInstanceLock()) {
  // Another Parallax is running; it receives our argv in its 'second-instance' event.
  app.quit();
} else {
  start();
}

function start(): void {
  const session = new AppSession({
    host: 'electron',
    dataDir: app.getPath('userData'),
    printPdf: electronPdfPrinter(),
  });
  let mainWindow: BrowserWindow | null = null;
  /** A workspace asked for before the app was ready (command line, or macOS 'open-file'). */
  let pending = workspacePathFromArgv(process.argv, process.cwd());

  const remember = (path: string): void => app.addRecentDocument(path);

  /** Opens a workspace the operating system handed us, outside any renderer call. */
  function openFromOutside(path: string): void {
    try {
      session.call('openWorkspace', { path });
    } catch (error) {
      showError(
        mainWindow,
        'Parallax could not open that workspace.',
        toParallaxError(error).message,
      );
      return;
    }
    if (session.workspacePath) remember(session.workspacePath);
    // The contract has no "state changed" event: the renderer reads appState when it loads,
    // so a window that is already showing another workspace starts over.
    if (mainWindow && !mainWindow.isDestroyed() && !mainWindow.webContents.isLoading())
      mainWindow.webContents.reload();
  }

  function showWindow(): void {
    if (!mainWindow || mainWindow.isDestroyed()) {
      mainWindow = createMainWindow(PRELOAD_PATH);
      mainWindow.on('closed', () => {
        mainWindow = null;
      });
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  }

  registerIpc(session, { opened: remember });

  // macOS sends files (Finder, the Dock, Open Recent) as events, possibly before 'ready'.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (!app.isReady()) {
      pending = path;
      return;
    }
    openFromOutside(path);
    showWindow();
  });

  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (!app.isReady()) return;
    showWindow();
    const path = workspacePathFromArgv(argv, workingDirectory);
    if (path) openFromOutside(path);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) showWindow();
  });

  app.on('will-quit', () => session.close());

  void app.whenReady().then(() => {
    if (!existsSync(join(RENDERER_DIR, INDEX_FILE))) {
      dialog.showErrorBox(
        'Parallax is not built',
        `The interface was not found in ${RENDERER_DIR}. Run \`npm run build\` and start again.`,
      );
      app.quit();
      return;
    }
    denyAllPermissions();
    serveAppFiles(RENDERER_DIR);
    installMenu();
    // Before the window exists, so its first appState already shows the workspace.
    if (pending) openFromOutside(pending);
    pending = null;
    showWindow();
  });
}
