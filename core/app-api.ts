import { z } from 'zod';
import { command, preference, query, type MethodSpec } from './api/method';
import type { z as Z } from 'zod';
import type { ImportResult } from './api/types';
import { REPORT_FORMAT_IDS, ReportRequest } from './api/reports';
import { ReportPresetName, ReportSettings, type ReportSettingsState } from './api/report-settings';
import { sourceMethods } from './api/sources';

/**
 * The application contract: which workspace is open, the recent list, and the folder browser
 * the browser host offers in place of a native file dialog. Served beside core/api.ts by both
 * transports; workspace methods need an open workspace, these do not.
 */
export interface RecentWorkspace {
  path: string;
  name: string;
  openedAt: string;
  /** The file is no longer where it was. */
  missing?: boolean;
}

export interface AppState {
  host: 'electron' | 'browser';
  workspace: { path: string; name: string } | null;
  recent: RecentWorkspace[];
  /** Where "New workspace" and the folder browser start. */
  defaultFolder: string;
}

export interface FolderListing {
  path: string;
  parent: string | null;
  entries: Array<{ name: string; path: string; kind: 'folder' | 'workspace' }>;
}

/** One automatic backup of a workspace (db/backups.ts). */
export interface BackupEntry {
  /** Its file name in `<file>.backups/`, e.g. `2026-11-25T21-40-05Z.parallax`. */
  name: string;
  path: string;
  /** When it was made (ISO 8601, UTC). */
  at: string;
  bytes: number;
}

export interface BackupListing {
  workspacePath: string;
  /** Newest first. */
  backups: BackupEntry[];
  /** The newest backup that opens as a healthy workspace; null if none does. */
  newestGood: string | null;
  /** Why the last backup this session tried could not be made, if it could not. */
  warning: string | null;
}

export interface RestoredBackup {
  /** The restored workspace, now open. */
  state: AppState;
  restored: BackupEntry;
  /** Where the file as it was before now is; null if there was none. */
  keptAside: string | null;
}

export interface ExportedReport {
  fileName: string;
  mimeType: string;
  contentBase64: string;
}

/**
 * A source's details as the import dialog shows them: what the file states (HTML metadata, a
 * document's properties, a text's dateline and byline), for the researcher to correct.
 */
export interface ImportDetails {
  fileName: string;
  title: string;
  outlet: string | null;
  author: string | null;
  /** YYYY-MM-DD */
  publishedOn: string | null;
  url: string | null;
  language: string | null;
}

const importSourceFields = sourceMethods.importSource.input.shape;

/** A dropped or chosen file: its name and its bytes, base64. */
const FileBytes = {
  fileName: z.string().trim().min(1, 'name the file').max(255),
  contentBase64: z.string().max(140_000_000, 'that file is too large to import (over 100 MB)'),
};

/**
 * The details the researcher confirmed in the import dialog. They win over what the file
 * says; null clears a detail the file stated wrongly, an absent one leaves it as read.
 */
const ConfirmedDetails = z.strictObject({
  title: importSourceFields.title.optional(),
  outlet: importSourceFields.outlet,
  author: importSourceFields.author,
  publishedOn: importSourceFields.publishedOn,
  url: importSourceFields.url,
  language: importSourceFields.language,
});

const Path = z
  .string()
  .trim()
  .min(1, 'choose a file')
  .max(4096)
  .refine((p) => !p.includes('\u0000'), 'must not contain NUL');

export const appApi = {
  appState: query<AppState>()(z.strictObject({}).default({})),
  newWorkspace: command<AppState>()(z.strictObject({ path: Path })),
  openWorkspace: command<AppState>()(z.strictObject({ path: Path })),
  /** Builds the Kirkuk sample in the user's data folder the first time, then opens it. */
  openSample: command<AppState>()(z.strictObject({}).default({})),
  closeWorkspace: command<AppState>()(z.strictObject({}).default({})),
  forgetRecent: command<AppState>()(z.strictObject({ path: Path })),
  listFolder: query<FolderListing>()(z.strictObject({ path: Path.optional() })),
  /**
   * A workspace's automatic backups; never opens the workspace itself (it may be damaged).
   * Without a path: those of the workspace that last failed to open as damaged (Electron's
   * native open dialog does not tell the window which file was chosen).
   */
  listBackups: query<BackupListing>()(z.strictObject({ path: Path.optional() })),
  /**
   * Replaces a workspace with one of its backups (`from`, a name from listBackups; the newest
   * good one by default) and opens it. The file as it was is renamed aside, never deleted.
   */
  restoreBackup: command<RestoredBackup>()(
    z.strictObject({
      path: Path,
      from: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.parallax$/, 'name a backup from listBackups')
        .optional(),
    }),
  ),
  /**
   * Reads a file the researcher dropped or chose without importing it: the details the import
   * dialog pre-fills. Refuses a file `importFile` would refuse, with the same message.
   */
  readImportFile: query<ImportDetails>()(z.strictObject(FileBytes)),
  /**
   * Imports a file the researcher dropped or chose (its bytes, base64): parses it, adds or
   * updates its source with the `details` confirmed in the import dialog, and queues what the
   * extractor finds there for review (dated against the confirmed publication date).
   */
  importFile: command<ImportResult>()(
    z.strictObject({ ...FileBytes, details: ConfirmedDetails.optional() }),
  ),
  /**
   * A report in one format, as bytes the renderer saves (a download in the browser host, the
   * save dialog in Electron). PDF is printed by Electron or by a Chromium on the machine.
   */
  exportReport: query<ExportedReport>()(
    ReportRequest.extend({ format: z.enum(REPORT_FORMAT_IDS) }),
  ),
  /**
   * The report builder's last settings and named presets for the open workspace, kept by the
   * host in the app's data folder (core/report-settings-store.ts); records deleted since are
   * dropped from them. The saves name the workspace (`workspace` from this answer), so a save
   * sent as the workspace closes never lands in the next one.
   */
  reportSettings: query<ReportSettingsState>()(z.strictObject({}).default({})),
  saveReportSettings: preference<ReportSettingsState>()(
    z.strictObject({ workspace: Path, settings: ReportSettings }),
  ),
  /** Saves `settings` under `name`, replacing a preset of that name. */
  saveReportPreset: preference<ReportSettingsState>()(
    z.strictObject({ workspace: Path, name: ReportPresetName, settings: ReportSettings }),
  ),
  deleteReportPreset: preference<ReportSettingsState>()(
    z.strictObject({ workspace: Path, name: ReportPresetName }),
  ),
  /** Electron only: native dialogs. The browser host answers with its folder browser instead. */
  chooseAndOpenWorkspace: command<AppState>()(z.strictObject({}).default({})),
  chooseAndCreateWorkspace: command<AppState>()(z.strictObject({}).default({})),
} satisfies Record<string, MethodSpec>;

export type AppApi = typeof appApi;
export type AppMethodName = keyof AppApi;
export type AppInput<M extends AppMethodName> = Z.input<AppApi[M]['input']>;
export type AppOutput<M extends AppMethodName> = Exclude<AppApi[M]['output'], undefined>;

/** Commands the desktop menu sends to the renderer (the contract's one event). */
export const MENU_COMMANDS = [
  'new',
  'open',
  'workspaces',
  'import',
  'find',
  'undo',
  'redo',
  'export',
  'close',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** What Electron's preload exposes as `window.parallax` (the renderer's IPC transport). */
export type BridgeResponse =
  { ok: true; result: unknown } | { ok: false; error: { code: string; message: string } };

export interface ParallaxBridge {
  call(method: string, input: unknown): Promise<BridgeResponse>;
  /** Subscribes to the desktop menu; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

export function isAppMethodName(name: string): name is AppMethodName {
  return Object.hasOwn(appApi, name);
}
