import { useState } from 'react';
import { SavePresetDialog } from './SavePresetDialog';
import type { ReportSettingsHandle } from './use-report-settings';

/**
 * Named presets of the builder's settings for this workspace: choosing one applies it, the menu
 * shows which preset the current settings are, and "Delete" removes that one.
 */
export function ReportPresets({ settings }: { settings: ReportSettingsHandle }) {
  const { presets, current } = settings;
  const [naming, setNaming] = useState(false);
  return (
    <div className="report-presets">
      <label className="field">
        <span className="field-label">Preset</span>
        <select
          className="select"
          value={current?.name ?? ''}
          disabled={presets.length === 0}
          onChange={(e) => e.target.value && settings.applyPreset(e.target.value)}
        >
          <option value="">{presets.length === 0 ? 'No presets yet' : 'Not a saved preset'}</option>
          {presets.map((p) => (
            <option key={p.name} value={p.name}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <div className="actions">
        <button type="button" className="btn" onClick={() => setNaming(true)}>
          Save as preset…
        </button>
        <button
          type="button"
          className="btn"
          disabled={!current}
          aria-label={current ? `Delete the preset “${current.name}”` : 'Delete preset'}
          onClick={() => current && void settings.deletePreset(current.name)}
        >
          Delete
        </button>
      </div>
      {naming ? (
        <SavePresetDialog
          presets={presets}
          suggested={current?.name ?? settings.draft.title.trim().slice(0, 80)}
          onCancel={() => setNaming(false)}
          onSave={settings.savePreset}
        />
      ) : null}
    </div>
  );
}
