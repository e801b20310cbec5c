import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_REPORT_SETTINGS,
  type ReportSettings,
  type ReportSettingsState,
} from './api/report-settings';
import { AppSession } from './session';

/**
 * The report builder's settings through the session, as both hosts call them: kept per
 * workspace across sessions (an app restart), fitted to the records the workspace still has.
 */
describe('report settings through the session', () => {
  let dir: string;
  let session: AppSession;
  const newSession = () =>
    new AppSession({ host: 'browser', dataDir: join(dir, 'data'), defaultFolder: dir });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-report-settings-'));
    session = newSession();
  });
  afterEach(() => {
    session.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const call = <T>(method: string, input: unknown = {}) => session.call(method, input) as T;

  /** A workspace with one proposition and two comparisons of two statements each. */
  function seeded(path: string) {
    call('newWorkspace', { path });
    const speakerId = call<{ id: string }>('createActor', { name: 'Ali Akbar Velayati' }).id;
    const statement = (text: string) =>
      call<{ id: string }>('createStatement', { speakerId, text }).id;
    const [a, b, c] = ['Iran has no role', 'We advised them', 'No Iranian forces'].map(statement);
    const comparison = (title: string, ids: string[]) =>
      call<{ id: string }>('createComparison', { title, statementIds: ids }).id;
    return {
      proposition: call<{ id: string }>('createProposition', { text: 'Iran took part' }).id,
      first: comparison('First', [a!, b!]),
      second: comparison('Second', [b!, c!]),
    };
  }

  it('remembers the last settings of each workspace, also in a new session', () => {
    const kirkuk = join(dir, 'Kirkuk.parallax');
    const { first } = seeded(kirkuk);
    const chosen: ReportSettings = {
      ...DEFAULT_REPORT_SETTINGS,
      scope: 'comparisons',
      comparisonIds: [first],
      title: 'Who was in Kirkuk?',
      dateStyle: 'month-day-year',
    };
    call('saveReportSettings', { workspace: kirkuk, settings: chosen });
    call('newWorkspace', { path: join(dir, 'Mosul.parallax') });
    expect(call<ReportSettingsState>('reportSettings').last).toEqual(DEFAULT_REPORT_SETTINGS);

    session.close();
    session = newSession();
    call('openWorkspace', { path: kirkuk });
    expect(call<ReportSettingsState>('reportSettings')).toEqual({
      workspace: kirkuk,
      last: chosen,
      presets: [],
    });
  });

  it('drops comparisons and a proposition deleted since, falling back to everything', () => {
    const path = join(dir, 'Kirkuk.parallax');
    const { proposition, first, second } = seeded(path);
    const byComparisons = {
      ...DEFAULT_REPORT_SETTINGS,
      scope: 'comparisons' as const,
      comparisonIds: [first, second],
    };
    call('saveReportSettings', { workspace: path, settings: byComparisons });
    call('saveReportPreset', {
      workspace: path,
      name: 'On the proposition',
      settings: { ...DEFAULT_REPORT_SETTINGS, scope: 'proposition', propositionId: proposition },
    });

    call('deleteComparison', { id: first });
    expect(call<ReportSettingsState>('reportSettings').last.comparisonIds).toEqual([second]);
    call('deleteComparison', { id: second });
    call('deleteProposition', { id: proposition });
    const state = call<ReportSettingsState>('reportSettings');
    expect(state.last).toMatchObject({ scope: 'all', comparisonIds: [] });
    expect(state.presets[0]!.settings).toMatchObject({ scope: 'all', propositionId: null });
  });

  it('saves, applies and deletes presets, refusing a bad name with the reason', () => {
    const path = join(dir, 'Kirkuk.parallax');
    seeded(path);
    const brief = { ...DEFAULT_REPORT_SETTINGS, title: 'Weekly brief', citationStyle: 'apa' };
    const saved = call<ReportSettingsState>('saveReportPreset', {
      workspace: path,
      name: ' Weekly ',
      settings: brief,
    });
    expect(saved.presets).toEqual([{ name: 'Weekly', settings: brief }]);
    expect(() => call('saveReportPreset', { workspace: path, name: '', settings: brief })).toThrow(
      expect.objectContaining({
        code: 'invalid_input',
        message: expect.stringContaining('give the preset a name'),
      }),
    );
    expect(
      call<ReportSettingsState>('deleteReportPreset', { workspace: path, name: 'Weekly' }).presets,
    ).toEqual([]);
  });

  it('refuses settings sent for a workspace that is no longer open, and with none open', () => {
    const kirkuk = join(dir, 'Kirkuk.parallax');
    call('newWorkspace', { path: kirkuk });
    call('newWorkspace', { path: join(dir, 'Mosul.parallax') });
    const late = { workspace: kirkuk, settings: { ...DEFAULT_REPORT_SETTINGS, title: 'Late' } };
    expect(() => call('saveReportSettings', late)).toThrow(
      expect.objectContaining({ code: 'no_workspace' }),
    );
    expect(call<ReportSettingsState>('reportSettings').last.title).toBe('Parallax report');
    call('closeWorkspace');
    expect(() => call('reportSettings')).toThrow(expect.objectContaining({ code: 'no_workspace' }));
  });

  it('refuses settings that do not fit the contract', () => {
    const path = join(dir, 'Kirkuk.parallax');
    call('newWorkspace', { path });
    expect(() =>
      call('saveReportSettings', {
        workspace: path,
        settings: { ...DEFAULT_REPORT_SETTINGS, dateStyle: 'roman' },
      }),
    ).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });
});
