// Boots a built dist/electron/main.cjs under plain Node with a fake 'electron' module, because
// the Electron binary is not available where the tests run. Prints what main did as JSON.
//
// Usage: node electron/test/boot-main.mjs MAIN_CJS [ARGV...]   (PARALLAX_HOME must be set)

import { EventEmitter } from 'node:events';
import Module, { createRequire } from 'node:module';

const [mainPath, ...extraArgv] = process.argv.slice(2);
process.argv = [process.execPath, ...extraArgv];

const log = {
  paths: {},
  lock: false,
  quit: false,
  schemes: null,
  schemesBeforeReady: null,
  protocolSchemes: [],
  channels: [],
  menuItems: 0,
  windows: [],
  recent: [],
  errors: [],
  permissionGranted: null,
  permissionCheck: null,
  responses: {},
};

let ready = false;
let markReady;
const whenReady = new Promise((resolve) => {
  markReady = resolve;
});
const protocolHandlers = new Map();
const windows = [];

const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  setPath: (name, path) => {
    log.paths[name] = path;
  },
  getPath: (name) => log.paths[name],
  requestSingleInstanceLock: () => (log.lock = true),
  quit: () => {
    log.quit = true;
  },
  isReady: () => ready,
  whenReady: () => whenReady,
  addRecentDocument: (path) => log.recent.push(path),
});

class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.webContents = Object.assign(new EventEmitter(), {
      isLoading: () => false,
      reload: () => {},
      send: () => {},
    });
    windows.push(this);
  }
  loadURL(url) {
    log.windows.push({ url, webPreferences: this.options.webPreferences, show: this.options.show });
    return Promise.resolve();
  }
  isDestroyed() {
    return false;
  }
  isMinimized() {
    return false;
  }
  isVisible() {
    return false;
  }
  show() {}
  focus() {}
  restore() {}
  static getAllWindows() {
    return windows;
  }
  static getFocusedWindow() {
    return windows[0] ?? null;
  }
  static fromWebContents() {
    return windows[0] ?? null;
  }
}

const fakeElectron = {
  app,
  BrowserWindow,
  protocol: {
    registerSchemesAsPrivileged: (schemes) => {
      log.schemes = schemes;
      log.schemesBeforeReady = !ready;
    },
    handle: (scheme, handler) => {
      log.protocolSchemes.push(scheme);
      protocolHandlers.set(scheme, handler);
    },
  },
  ipcMain: { handle: (channel) => log.channels.push(channel) },
  Menu: {
    buildFromTemplate: (template) => template,
    setApplicationMenu: (menu) => {
      log.menuItems = menu.length;
    },
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (handler) =>
        handler(null, 'media', (granted) => (log.permissionGranted = granted), {}),
      setPermissionCheckHandler: (handler) =>
        (log.permissionCheck = handler(null, 'clipboard-read', '', {})),
    },
  },
  dialog: {
    showErrorBox: (title, message) => log.errors.push(`${title} ${message}`),
    showMessageBox: (_parent, options) => {
      log.errors.push(`${(options ?? _parent).message} ${(options ?? _parent).detail}`);
      return Promise.resolve({ response: 0 });
    },
  },
  shell: { openExternal: () => Promise.resolve() },
};

// CommonJS resolution goes through Module._load, so 'electron' can be answered here.
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'electron' ? fakeElectron : load.call(this, request, ...rest);
};

async function fetchApp(url) {
  const response = await protocolHandlers.get('app')(new Request(url));
  const body = response.body ? await response.text() : '';
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    csp: response.headers.get('content-security-policy'),
    body: body.slice(0, 200),
  };
}

(async () => {
  createRequire(import.meta.url)(mainPath);
  ready = true;
  markReady();
  await new Promise((resolve) => setTimeout(resolve, 50));
  if (protocolHandlers.has('app')) {
    for (const url of [
      'app://parallax/index.html',
      'app://parallax/',
      'app://parallax/assets/app.js',
      'app://parallax/some/route',
      'app://parallax/missing.js',
      'app://parallax/..%2felectron%2fmain.cjs',
      'app://elsewhere/index.html',
    ]) {
      log.responses[url] = await fetchApp(url);
    }
  }
  app.emit('will-quit');
  process.stdout.write(JSON.stringify(log));
})().catch((error) => {
  process.stderr.write(String(error?.stack ?? error));
  process.exitCode = 1;
});
