import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Id } from './api/common';
import {
  DEFAULT_REPORT_SETTINGS,
  MAX_REPORT_PRESETS,
  ReportPresetName,
  ReportSettings,
  type ReportPreset,
} from './api/report-settings';
import { REPORT_SECTIONS, type ReportSectionId } from './api/reports';
import { ParallaxError } from './errors';

/**
 * The report builder's last settings and named presets, one JSON file per workspace in
 * `<dataDir>/report-settings/`, named by a hash of the workspace's absolute path.
 *
 * Why here and not in the renderer's localStorage: the browser host's origin (its port) changes
 * with every launch, so the page's storage is gone the next day. Why not in the workspace file:
 * these are one researcher's habits, not research; they must not travel with a workspace sent
 * to a colleague, nor enter its undo history and changes log.
 *
 * Reading is tolerant, as for the recent list: a missing or damaged file, or a field that no
 * longer fits the contract (a section Parallax dropped, a style it renamed), falls back to the
 * defaults field by field, so the builder always opens.
 */

interface StoredSettings {
  last: ReportSettings;
  presets: ReportPreset[];
}

const FILE_VERSION = 1;

/** Each field on its own: one bad field costs that field, not the researcher's other choices. */
const TolerantSettings = z.object({
  scope: ReportSettings.shape.scope.catch(DEFAULT_REPORT_SETTINGS.scope),
  comparisonIds: z
    .array(z.unknown())
    .transform((ids) => ids.filter((id) => Id.safeParse(id).success))
    .pipe(ReportSettings.shape.comparisonIds)
    .catch([]),
  propositionId: ReportSettings.shape.propositionId.catch(null),
  title: ReportSettings.shape.title.catch(DEFAULT_REPORT_SETTINGS.title),
  author: ReportSettings.shape.author.catch(DEFAULT_REPORT_SETTINGS.author),
  sections: z
    .array(z.unknown())
    .transform((ids) =>
      REPORT_SECTIONS.map((s) => s.id).filter((id): id is ReportSectionId => ids.includes(id)),
    )
    .catch([...DEFAULT_REPORT_SETTINGS.sections]),
  citationStyle: ReportSettings.shape.citationStyle.catch(DEFAULT_REPORT_SETTINGS.citationStyle),
  dateStyle: ReportSettings.shape.dateStyle.catch(DEFAULT_REPORT_SETTINGS.dateStyle),
  diffMarks: ReportSettings.shape.diffMarks.catch(DEFAULT_REPORT_SETTINGS.diffMarks),
  format: ReportSettings.shape.format.catch(DEFAULT_REPORT_SETTINGS.format),
});

function readSettings(value: unknown): ReportSettings {
  const parsed = TolerantSettings.safeParse(value);
  return parsed.success ? parsed.data : { ...DEFAULT_REPORT_SETTINGS };
}

function readPresets(value: unknown): ReportPreset[] {
  if (!Array.isArray(value)) return [];
  const presets: ReportPreset[] = [];
  for (const entry of value.slice(0, MAX_REPORT_PRESETS) as unknown[]) {
    const record = entry as { name?: unknown; settings?: unknown } | null;
    const name = ReportPresetName.safeParse(record?.name);
    if (!name.success || presets.some((p) => p.name === name.data)) continue;
    presets.push({ name: name.data, settings: readSettings(record?.settings) });
  }
  return sortedByName(presets);
}

function sortedByName(presets: ReportPreset[]): ReportPreset[] {
  return presets.sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
}

export class ReportSettingsStore {
  private readonly folder: string;

  constructor(dataDir: string) {
    this.folder = join(dataDir, 'report-settings');
  }

  /** `workspace` is the workspace's absolute path. */
  read(workspace: string): StoredSettings {
    let file: { workspace?: unknown; last?: unknown; presets?: unknown };
    try {
      file = JSON.parse(readFileSync(this.fileOf(workspace), 'utf8')) as typeof file;
    } catch {
      // Missing or unreadable: the builder starts from its defaults.
      return { last: { ...DEFAULT_REPORT_SETTINGS }, presets: [] };
    }
    // A file that names another workspace (copied between data folders by hand) is not ours.
    if (file === null || typeof file !== 'object' || file.workspace !== workspace) {
      return { last: { ...DEFAULT_REPORT_SETTINGS }, presets: [] };
    }
    return { last: readSettings(file.last), presets: readPresets(file.presets) };
  }

  saveLast(workspace: string, last: ReportSettings): StoredSettings {
    return this.write(workspace, { ...this.read(workspace), last });
  }

  /** Adds a preset, or replaces the one of that name. */
  savePreset(workspace: string, name: string, settings: ReportSettings): StoredSettings {
    const stored = this.read(workspace);
    const others = stored.presets.filter((p) => p.name !== name);
    if (others.length >= MAX_REPORT_PRESETS) {
      throw new ParallaxError(
        'invalid_input',
        `A workspace keeps at most ${MAX_REPORT_PRESETS} report presets; delete one first.`,
      );
    }
    return this.write(workspace, { ...stored, presets: [...others, { name, settings }] });
  }

  deletePreset(workspace: string, name: string): StoredSettings {
    const stored = this.read(workspace);
    if (!stored.presets.some((p) => p.name === name)) {
      throw new ParallaxError('not_found', `There is no report preset called “${name}”.`);
    }
    return this.write(workspace, {
      ...stored,
      presets: stored.presets.filter((p) => p.name !== name),
    });
  }

  private fileOf(workspace: string): string {
    const key = createHash('sha256').update(workspace).digest('hex').slice(0, 32);
    return join(this.folder, `${key}.json`);
  }

  /** Written whole to a temporary file, then renamed over the old one: never half a file. */
  private write(workspace: string, stored: StoredSettings): StoredSettings {
    const sorted = { last: stored.last, presets: sortedByName([...stored.presets]) };
    mkdirSync(this.folder, { recursive: true });
    const file = this.fileOf(workspace);
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify({ version: FILE_VERSION, workspace, ...sorted }, null, 2));
    renameSync(temp, file);
    return sorted;
  }
}
