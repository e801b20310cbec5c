import { resolve } from 'node:path';
import type { ReportSettings, ReportSettingsState } from './api/report-settings';
import { ParallaxError } from './errors';
import { fitToWorkspace, type StillThere } from './report-settings-fit';
import type { ReportSettingsStore } from './report-settings-store';
import type { Service } from './service';

export const REPORT_SETTINGS_METHODS = [
  'reportSettings',
  'saveReportSettings',
  'saveReportPreset',
  'deleteReportPreset',
] as const;
export type ReportSettingsMethod = (typeof REPORT_SETTINGS_METHODS)[number];

/** The four report-settings methods' parsed inputs, as one shape. */
export interface ReportSettingsInput {
  workspace?: string;
  name?: string;
  settings?: ReportSettings;
}

function stillThere(service: Service): StillThere {
  const exists = (method: 'getComparison' | 'getProposition', id: string) => {
    try {
      service.call(method, { id });
      return true;
    } catch (error) {
      if ((error as { code?: unknown }).code === 'not_found') return false;
      throw error;
    }
  };
  return {
    comparison: (id) => exists('getComparison', id),
    proposition: (id) => exists('getProposition', id),
  };
}

/**
 * Answers the report-settings methods for the open workspace (`service`): reads, saves and
 * presets go to the store under the workspace's absolute path, and every answer is fitted to
 * what the workspace holds now.
 */
export function answerReportSettings(
  store: ReportSettingsStore,
  service: Service | null,
  method: ReportSettingsMethod,
  input: ReportSettingsInput,
): ReportSettingsState {
  if (!service) {
    throw new ParallaxError('no_workspace', 'Open a workspace to keep report settings for it.');
  }
  const workspace = service.path;
  if (input.workspace !== undefined && resolve(input.workspace) !== workspace) {
    throw new ParallaxError(
      'no_workspace',
      'Those report settings are for a workspace that is no longer open; they were not saved.',
    );
  }
  let stored;
  if (method === 'saveReportSettings') stored = store.saveLast(workspace, input.settings!);
  else if (method === 'saveReportPreset')
    stored = store.savePreset(workspace, input.name!, input.settings!);
  else if (method === 'deleteReportPreset') stored = store.deletePreset(workspace, input.name!);
  else stored = store.read(workspace);
  const there = stillThere(service);
  return {
    workspace,
    last: fitToWorkspace(stored.last, there),
    presets: stored.presets.map((p) => ({
      name: p.name,
      settings: fitToWorkspace(p.settings, there),
    })),
  };
}
