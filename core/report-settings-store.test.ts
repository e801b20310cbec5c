import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_REPORT_SETTINGS,
  MAX_REPORT_PRESETS,
  ReportPresetName,
  type ReportSettings,
} from './api/report-settings';
import { ReportSettingsStore } from './report-settings-store';

const KIRKUK = '/research/Kirkuk.parallax';
const MOSUL = '/research/Mosul.parallax';
const COMPARISON = '0b9c1f52-5f0e-4a55-9d55-0d3b2a1c7e11';

const chosen: ReportSettings = {
  scope: 'comparisons',
  comparisonIds: [COMPARISON],
  propositionId: null,
  title: 'Who was in Kirkuk?',
  author: 'A. Researcher',
  sections: ['summary', 'sources'],
  citationStyle: 'apa',
  dateStyle: 'iso',
  diffMarks: false,
  format: 'docx',
};

describe('ReportSettingsStore', () => {
  let dataDir: string;
  let store: ReportSettingsStore;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'parallax-report-settings-'));
    store = new ReportSettingsStore(dataDir);
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  /** The one settings file the store wrote, as it is on disk. */
  const settingsFile = () => {
    const files = readdirSync(join(dataDir, 'report-settings'));
    expect(files).toHaveLength(1);
    return join(dataDir, 'report-settings', files[0]!);
  };

  it('starts from the defaults for a workspace it has never seen', () => {
    expect(store.read(KIRKUK)).toEqual({ last: DEFAULT_REPORT_SETTINGS, presets: [] });
  });

  it('gives back the last settings saved, also from a new store over the same folder', () => {
    store.saveLast(KIRKUK, chosen);
    expect(new ReportSettingsStore(dataDir).read(KIRKUK).last).toEqual(chosen);
    // Written whole and renamed into place: no temporary file is left beside it.
    expect(readdirSync(join(dataDir, 'report-settings')).filter((f) => f.endsWith('.tmp'))).toEqual(
      [],
    );
  });

  it('keeps two workspaces apart', () => {
    store.saveLast(KIRKUK, chosen);
    store.savePreset(KIRKUK, 'For the editor', chosen);
    store.saveLast(MOSUL, { ...DEFAULT_REPORT_SETTINGS, title: 'Mosul' });
    expect(store.read(KIRKUK).last.title).toBe('Who was in Kirkuk?');
    expect(store.read(MOSUL).last.title).toBe('Mosul');
    expect(store.read(MOSUL).presets).toEqual([]);
    expect(store.read(KIRKUK).presets.map((p) => p.name)).toEqual(['For the editor']);
  });

  it('falls back to the defaults when the file is not JSON, or names another workspace', () => {
    store.saveLast(KIRKUK, chosen);
    const file = settingsFile();
    writeFileSync(file, '{"last": {"title": "Who was');
    expect(store.read(KIRKUK)).toEqual({ last: DEFAULT_REPORT_SETTINGS, presets: [] });

    writeFileSync(file, JSON.stringify({ version: 1, workspace: MOSUL, last: chosen }));
    expect(store.read(KIRKUK).last).toEqual(DEFAULT_REPORT_SETTINGS);

    writeFileSync(file, 'null');
    expect(store.read(KIRKUK).last).toEqual(DEFAULT_REPORT_SETTINGS);
    // And saving over a damaged file works.
    expect(store.saveLast(KIRKUK, chosen).last).toEqual(chosen);
  });

  it('drops only the fields that no longer fit, keeping the rest', () => {
    store.saveLast(KIRKUK, chosen);
    const file = settingsFile();
    const onDisk = JSON.parse(readFileSync(file, 'utf8'));
    onDisk.last = {
      ...chosen,
      scope: 'these-statements',
      comparisonIds: [COMPARISON, 'not-an-id', 7],
      citationStyle: 'mla',
      sections: ['sources', 'appendix', 'summary'],
      diffMarks: 'yes',
      title: 42,
    };
    writeFileSync(file, JSON.stringify(onDisk));
    expect(store.read(KIRKUK).last).toEqual({
      ...chosen,
      scope: 'all',
      comparisonIds: [COMPARISON],
      citationStyle: 'chicago-author-date',
      sections: ['summary', 'sources'],
      diffMarks: true,
      title: 'Parallax report',
    });
  });

  it('saves, replaces, lists by name and deletes presets', () => {
    store.savePreset(KIRKUK, 'Weekly brief', DEFAULT_REPORT_SETTINGS);
    store.savePreset(KIRKUK, 'for the editor', chosen);
    expect(store.read(KIRKUK).presets).toEqual([
      { name: 'for the editor', settings: chosen },
      { name: 'Weekly brief', settings: DEFAULT_REPORT_SETTINGS },
    ]);

    const replaced = store.savePreset(KIRKUK, 'Weekly brief', { ...chosen, title: 'Week 42' });
    expect(replaced.presets.map((p) => [p.name, p.settings.title])).toEqual([
      ['for the editor', 'Who was in Kirkuk?'],
      ['Weekly brief', 'Week 42'],
    ]);

    // Saving a preset leaves the last settings alone, and deleting one leaves the others.
    store.saveLast(KIRKUK, DEFAULT_REPORT_SETTINGS);
    const after = store.deletePreset(KIRKUK, 'for the editor');
    expect(after.presets.map((p) => p.name)).toEqual(['Weekly brief']);
    expect(new ReportSettingsStore(dataDir).read(KIRKUK)).toEqual(after);
    expect(after.last).toEqual(DEFAULT_REPORT_SETTINGS);
  });

  it('refuses to delete a preset that is not there, and more than the limit of presets', () => {
    expect(() => store.deletePreset(KIRKUK, 'Nothing')).toThrow(
      expect.objectContaining({ code: 'not_found', message: expect.stringContaining('Nothing') }),
    );
    for (let i = 0; i < MAX_REPORT_PRESETS; i++) store.savePreset(KIRKUK, `Preset ${i}`, chosen);
    expect(() => store.savePreset(KIRKUK, 'One more', chosen)).toThrow(
      expect.objectContaining({
        code: 'invalid_input',
        message: expect.stringContaining('delete'),
      }),
    );
    // Replacing one of them is still allowed.
    expect(store.savePreset(KIRKUK, 'Preset 3', DEFAULT_REPORT_SETTINGS).presets).toHaveLength(
      MAX_REPORT_PRESETS,
    );
  });

  it('drops damaged presets and repeated names when reading', () => {
    store.savePreset(KIRKUK, 'Kept', chosen);
    const file = settingsFile();
    const onDisk = JSON.parse(readFileSync(file, 'utf8'));
    onDisk.presets = [
      ...onDisk.presets,
      { name: '', settings: chosen },
      { name: 'Kept', settings: DEFAULT_REPORT_SETTINGS },
      { settings: chosen },
      'Weekly',
      { name: 'No settings' },
    ];
    writeFileSync(file, JSON.stringify(onDisk));
    expect(store.read(KIRKUK).presets).toEqual([
      { name: 'Kept', settings: chosen },
      { name: 'No settings', settings: DEFAULT_REPORT_SETTINGS },
    ]);
  });
});

describe('ReportPresetName', () => {
  it('trims a name and refuses an empty, overlong or control-character one with a reason', () => {
    expect(ReportPresetName.parse('  For the editor ')).toBe('For the editor');
    const reason = (name: string) => ReportPresetName.safeParse(name).error?.issues[0]?.message;
    expect(reason('   ')).toBe('give the preset a name');
    expect(reason('x'.repeat(81))).toBe('a preset name is at most 80 characters');
    expect(reason('Weekly\nbrief')).toBe('must not contain control characters');
  });
});
