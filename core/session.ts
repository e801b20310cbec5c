import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { api, isMethodName } from './api';
import {
  appApi,
  isAppMethodName,
  type AppMethodName,
  type AppOutput,
  type AppState,
  type BackupListing,
  type RestoredBackup,
} from './app-api';
import { BackupSchedule } from '../db/backup-schedule';
import { listBackups } from '../db/backups';
import { newestGoodBackup, restoreWorkspace } from '../db/restore';
import type { WorkspaceError } from '../db/errors';
import { openWorkspaceCheckingLater } from '../db/open-checking-later';
import { leavingNoSideFilesOnFailure } from '../db/side-files';
import { VerifiedFiles } from '../db/verified-files';
import { createWorkspace, WORKSPACE_EXTENSION, type Workspace } from '../db/workspace';
import { fileNameOf, workspaceNameProblem } from './api/workspace-file-name';
import { invalidInput, ParallaxError, toParallaxError } from './errors';
import { listFolder } from './list-folder';
import { OpenCheck } from './open-check';
import { RecentStore } from './recent-store';
import {
  answerReportSettings,
  type ReportSettingsInput,
  type ReportSettingsMethod,
} from './report-settings-calls';
import { ReportSettingsStore } from './report-settings-store';
import { importBytes, importFile, MAX_IMPORT_FILE_BYTES, tooBigError } from './import';
import { buildReport } from './report/build';
import { renderReport, reportFileName } from './report/export';
import type { PdfPrinter } from './report/pdf/print-pdf';
import { buildSample } from './sample/build-sample';
import { createService, type Service } from './service';

const noPrinter: PdfPrinter = () =>
  Promise.reject(new ParallaxError('unavailable', 'This Parallax window cannot print PDF.'));

export const SAMPLE_FILE_NAME = `Kirkuk, October 2017${WORKSPACE_EXTENSION}`;

export interface SessionOptions {
  host: AppState['host'];
  dataDir: string;
  /** Where "New workspace" and the folder browser start; the home folder by default. */
  defaultFolder?: string;
  author?: string;
  /**
   * Prints report HTML to PDF: Electron's printToPDF, or a Chromium on the machine for the
   * browser host. Passed in so the Electron bundle never carries playwright-core.
   */
  printPdf?: PdfPrinter;
  /** Where backup failures are told; stderr by default. */
  onWarning?: (message: string) => void;
  /** The automatic backups' interval (db/backup-schedule.ts); 5 minutes by default. */
  backupIntervalMs?: number;
  /**
   * Unfamiliar files this big open before their full integrity check ends (64 MB by default,
   * see db/open-checking-later.ts); tests lower it.
   */
  backgroundCheckFromBytes?: number;
}

function warnOnStderr(message: string): void {
  process.stderr.write(`parallax: warning: ${message}\n`);
}

/**
 * One running Parallax: at most one open workspace, plus the recent list. Both transports
 * (Electron IPC, the loopback HTTP host) route every call through `call`, which validates the
 * input with the contract and returns only ParallaxErrors.
 */
export class AppSession {
  private service: Service | null = null;
  /** When the open workspace is next backed up (db/backup-schedule.ts). */
  private backups: BackupSchedule | null = null;
  private lastBackupWarning: string | null = null;
  /** The open workspace's integrity check while it runs in the background. */
  private readonly check = new OpenCheck();
  /** Why the workspace was closed under the researcher: its check found it damaged. */
  private closedAsDamaged: ParallaxError | null = null;
  /** The last file that failed to open because it is damaged (see listBackups). */
  private lastDamaged: string | null = null;
  private readonly recent: RecentStore;
  private readonly reportSettings: ReportSettingsStore;
  /** Files this Parallax checked or closed cleanly open without a full integrity check. */
  private readonly verified: VerifiedFiles;
  private readonly defaultFolder: string;

  constructor(private readonly options: SessionOptions) {
    this.recent = new RecentStore(options.dataDir);
    this.reportSettings = new ReportSettingsStore(options.dataDir);
    this.verified = new VerifiedFiles(options.dataDir);
    this.defaultFolder = options.defaultFolder ?? homedir();
  }

  get workspacePath(): string | null {
    return this.service?.path ?? null;
  }

  /**
   * Answers at once, except `readImportFile`, `importFile` and `exportReport`, which answer a
   * promise.
   */
  call(method: string, input: unknown): unknown {
    try {
      // Nothing is written to a file before its check has passed (see OpenCheck).
      const meantFor = this.service;
      const waiting = this.check.whenAllowed(
        method,
        () => this.call(method, input),
        () => this.service === meantFor,
      );
      if (waiting) return waiting;
      if (method === 'readImportFile') return this.readImportFile(input);
      if (method === 'importFile') return this.importFile(input);
      if (method === 'exportReport') return this.exportReport(input);
      if (isAppMethodName(method)) return this.callApp(method, input);
      if (isMethodName(method)) {
        if (!this.service) {
          if (this.closedAsDamaged) throw this.closedAsDamaged;
          throw new ParallaxError(
            'no_workspace',
            'No workspace is open. Create or open one first.',
          );
        }
        const output = this.service.call(method, input);
        if (api[method].mutates) this.backups?.changed();
        return output;
      }
      throw new ParallaxError('invalid_input', `Parallax has no method called ${method}.`);
    } catch (error) {
      throw toParallaxError(error);
    }
  }

  /** Every method name a client may call. */
  static methodNames(): string[] {
    return [...Object.keys(appApi), ...Object.keys(api)];
  }

  state(): AppState {
    const path = this.workspacePath;
    return {
      host: this.options.host,
      workspace: path ? { path, name: basename(path, WORKSPACE_EXTENSION) } : null,
      recent: this.recent.list().map((r) => ({ ...r, missing: !existsSync(r.path) })),
      defaultFolder: this.defaultFolder,
    };
  }

  open(path: string): AppState {
    const absolute = resolve(path);
    let opened: ReturnType<typeof openWorkspaceCheckingLater>;
    try {
      opened = leavingNoSideFilesOnFailure(absolute, () =>
        openWorkspaceCheckingLater(absolute, {
          verified: this.verified,
          // A file found damaged before is checked before it opens, so the refusal (and the
          // offer of its backup) comes at once.
          backgroundCheckFromBytes:
            absolute === this.lastDamaged ? Infinity : this.options.backgroundCheckFromBytes,
        }),
      );
    } catch (error) {
      if (toParallaxError(error).code === 'damaged') this.lastDamaged = absolute;
      throw error;
    }
    const service = createService(opened.workspace, { author: this.options.author });
    this.replace(service);
    this.scheduleBackups(opened.workspace);
    // Backed up in the background, not by openWorkspace: a large file opens without waiting.
    if (opened.check) this.check.follow(opened.check, (damage) => this.checked(service, damage));
    else this.backups?.opened();
    return this.state();
  }

  /**
   * What follows the background check of the workspace `service` opened: a good file is backed
   * up as any opened file; a damaged one is closed without a write (no backup of it either)
   * and, like a file that failed to open, offered its last good backup.
   */
  private checked(service: Service, damage: WorkspaceError | null): void {
    if (damage === null) {
      this.backups?.opened();
      return;
    }
    this.lastDamaged = service.path;
    this.backups = null; // owes nothing yet; dropped so that closing backs up nothing
    this.close();
    this.closedAsDamaged = new ParallaxError(
      'damaged',
      `${damage.message} Parallax closed it without writing to it; open it again to restore its last good backup.`,
    );
    throw this.closedAsDamaged; // to the changes that waited; later calls throw it too
  }

  create(path: string): AppState {
    // Refused here, for the app's and the browser host's dialogs alike: a name Windows or macOS
    // could not store would strand the workspace on this machine.
    const problem = workspaceNameProblem(fileNameOf(path));
    if (problem) throw new ParallaxError('invalid_input', problem);
    let absolute = resolve(path);
    if (extname(absolute) !== WORKSPACE_EXTENSION) absolute += WORKSPACE_EXTENSION;
    if (!existsSync(dirname(absolute))) {
      throw new ParallaxError('not_found', `The folder ${dirname(absolute)} does not exist.`);
    }
    const workspace = createWorkspace(absolute);
    this.replace(createService(workspace, { author: this.options.author }));
    this.scheduleBackups(workspace);
    return this.state();
  }

  openSample(): AppState {
    const path = join(this.options.dataDir, 'samples', SAMPLE_FILE_NAME);
    if (existsSync(path)) return this.open(path);
    mkdirSync(dirname(path), { recursive: true });
    const workspace = createWorkspace(path);
    const service = createService(workspace, { author: this.options.author });
    buildSample(service.client);
    this.replace(service);
    this.scheduleBackups(workspace);
    return this.state();
  }

  close(): void {
    this.check.drop();
    // Backs up what changed since the last backup while the connection is still open.
    this.backups?.close();
    this.backups = null;
    this.service?.close();
    this.service = null;
  }

  private scheduleBackups(workspace: Workspace): void {
    this.backups = new BackupSchedule(workspace.db, workspace.path, {
      onWarning: this.warn,
      intervalMs: this.options.backupIntervalMs,
    });
  }

  private readonly warn = (message: string): void => {
    this.lastBackupWarning = message;
    (this.options.onWarning ?? warnOnStderr)(message);
  };

  /** Reads the backups folder and the backups only: the workspace may be damaged. */
  private listBackups(path: string | undefined): BackupListing {
    if (path === undefined && this.lastDamaged === null) {
      throw new ParallaxError('not_found', 'No workspace has failed to open as damaged.');
    }
    const absolute = path === undefined ? this.lastDamaged! : resolve(path);
    return {
      workspacePath: absolute,
      backups: listBackups(absolute),
      newestGood: newestGoodBackup(absolute)?.name ?? null,
      warning: this.lastBackupWarning,
    };
  }

  private restoreBackup(path: string, from: string | undefined): RestoredBackup {
    const absolute = resolve(path);
    // Chosen before closing: closing backs up the current data, which is not what "the
    // newest backup" meant when the researcher asked.
    const choice = from ?? newestGoodBackup(absolute)?.name;
    if (!choice) throw new ParallaxError('not_found', `${absolute} has no backup that opens.`);
    const wasOpen = this.workspacePath === absolute;
    if (wasOpen) this.close();
    let result: ReturnType<typeof restoreWorkspace>;
    try {
      result = restoreWorkspace(absolute, choice);
    } catch (error) {
      // Refused (in use elsewhere, a bad backup): the researcher keeps the workspace they had.
      if (wasOpen) this.reopenQuietly(absolute);
      throw error;
    }
    return { state: this.open(absolute), restored: result.restored, keptAside: result.keptAside };
  }

  private reopenQuietly(path: string): void {
    try {
      this.open(path);
    } catch {
      // It cannot be opened now either; the restore's own error says what happened.
    }
  }

  private replace(service: Service): void {
    this.close();
    this.closedAsDamaged = null;
    this.service = service;
    this.recent.add(service.path);
  }

  private async readImportFile(input: unknown): Promise<AppOutput<'readImportFile'>> {
    const parsed = appApi.readImportFile.input.safeParse(input ?? {});
    if (!parsed.success) throw invalidInput('readImportFile', parsed.error);
    const { fileName } = parsed.data;
    const bytes = Buffer.from(parsed.data.contentBase64, 'base64');
    if (bytes.length > MAX_IMPORT_FILE_BYTES) throw tooBigError(fileName, bytes.length);
    try {
      const source = await importFile(bytes, fileName);
      return {
        fileName,
        title: source.title,
        outlet: source.outlet ?? null,
        author: source.author ?? null,
        publishedOn: source.publishedOn ?? null,
        url: source.url ?? null,
        language: source.language ?? null,
      };
    } catch (error) {
      throw toParallaxError(error);
    }
  }

  private async importFile(input: unknown): Promise<AppOutput<'importFile'>> {
    const parsed = appApi.importFile.input.safeParse(input ?? {});
    if (!parsed.success) throw invalidInput('importFile', parsed.error);
    const service = this.service;
    if (!service)
      throw new ParallaxError('no_workspace', 'Open a workspace before importing into it.');
    const bytes = Buffer.from(parsed.data.contentBase64, 'base64');
    if (bytes.length > MAX_IMPORT_FILE_BYTES) throw tooBigError(parsed.data.fileName, bytes.length);
    try {
      const result = await importBytes(
        (source) => service.call('importSource', source),
        bytes,
        parsed.data.fileName,
        parsed.data.details,
      );
      if (this.service === service) this.backups?.changed();
      return result;
    } catch (error) {
      throw toParallaxError(error);
    }
  }

  private async exportReport(input: unknown): Promise<AppOutput<'exportReport'>> {
    const parsed = appApi.exportReport.input.safeParse(input ?? {});
    if (!parsed.success) throw invalidInput('exportReport', parsed.error);
    const service = this.service;
    if (!service) throw new ParallaxError('no_workspace', 'Open a workspace to report on.');
    const { format, ...options } = parsed.data;
    try {
      const model = buildReport(service.client, options);
      const rendered = await renderReport(model, format, this.options.printPdf ?? noPrinter);
      return {
        fileName: reportFileName(model.title, rendered.extension),
        mimeType: rendered.mimeType,
        contentBase64: Buffer.from(rendered.bytes).toString('base64'),
      };
    } catch (error) {
      throw toParallaxError(error);
    }
  }

  private callApp<M extends AppMethodName>(method: M, input: unknown): AppOutput<M> {
    const parsed = appApi[method].input.safeParse(input ?? {});
    if (!parsed.success) throw invalidInput(method, parsed.error);
    const data = parsed.data as { path?: string };
    switch (method) {
      case 'appState':
        return this.state() as AppOutput<M>;
      case 'newWorkspace':
        return this.create(data.path!) as AppOutput<M>;
      case 'openWorkspace':
        return this.open(data.path!) as AppOutput<M>;
      case 'openSample':
        return this.openSample() as AppOutput<M>;
      case 'closeWorkspace':
        this.close();
        return this.state() as AppOutput<M>;
      case 'forgetRecent':
        this.recent.remove(resolve(data.path!));
        return this.state() as AppOutput<M>;
      case 'listFolder':
        return listFolder(data.path ?? this.defaultFolder) as AppOutput<M>;
      case 'listBackups':
        return this.listBackups(data.path) as AppOutput<M>;
      case 'restoreBackup':
        return this.restoreBackup(data.path!, (data as { from?: string }).from) as AppOutput<M>;
      case 'reportSettings':
      case 'saveReportSettings':
      case 'saveReportPreset':
      case 'deleteReportPreset':
        return answerReportSettings(
          this.reportSettings,
          this.service,
          method as ReportSettingsMethod,
          data as ReportSettingsInput,
        ) as AppOutput<M>;
      case 'chooseAndOpenWorkspace':
      case 'chooseAndCreateWorkspace':
        throw new ParallaxError(
          'invalid_input',
          'This window has no native file dialog; use the folder browser.',
        );
      default:
        throw new ParallaxError(
          'invalid_input',
          `Parallax has no method called ${String(method)}.`,
        );
    }
  }
}
