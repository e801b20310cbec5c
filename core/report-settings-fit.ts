import type { ReportSettings } from './api/report-settings';

/** Whether the open workspace still has a record, asked one id at a time. */
export interface StillThere {
  comparison(id: string): boolean;
  proposition(id: string): boolean;
}

/**
 * Remembered settings made to fit the workspace as it is now: comparisons and a proposition
 * deleted since are dropped, and a scope left with nothing to cover falls back to everything,
 * so the builder never opens on a report it cannot make.
 */
export function fitToWorkspace(settings: ReportSettings, there: StillThere): ReportSettings {
  const comparisonIds = settings.comparisonIds.filter((id) => there.comparison(id));
  const propositionId =
    settings.propositionId !== null && there.proposition(settings.propositionId)
      ? settings.propositionId
      : null;
  const emptied =
    (settings.scope === 'comparisons' && comparisonIds.length === 0) ||
    (settings.scope === 'proposition' && propositionId === null);
  return { ...settings, comparisonIds, propositionId, scope: emptied ? 'all' : settings.scope };
}
