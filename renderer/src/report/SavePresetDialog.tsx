import { useState } from 'react';
import { ReportPresetName, type ReportPreset } from '../../../core/api/report-settings';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';

/** Names the builder's current settings as a preset; a name already used replaces that one. */
export function SavePresetDialog({
  presets,
  suggested,
  onCancel,
  onSave,
}: {
  presets: ReportPreset[];
  suggested: string;
  onCancel: () => void;
  /** Resolves true once saved, which closes the dialog. */
  onSave: (name: string) => Promise<boolean>;
}) {
  const [name, setName] = useState(suggested);
  const [saving, setSaving] = useState(false);
  const parsed = ReportPresetName.safeParse(name);
  const problem = parsed.success ? null : (parsed.error.issues[0]?.message ?? 'not a name');
  const replaces = parsed.success && presets.some((p) => p.name === parsed.data);

  const save = async () => {
    if (!parsed.success || saving) return;
    setSaving(true);
    const done = await onSave(parsed.data);
    setSaving(false);
    if (done) onCancel();
  };

  const hint = problem
    ? `${problem.charAt(0).toUpperCase()}${problem.slice(1)}.`
    : replaces
      ? `Replaces the preset “${parsed.data}” with the current settings.`
      : 'The title, author, what the report covers, its sections and styles.';
  return (
    <Dialog
      title="Save as preset"
      onClose={onCancel}
      footer={
        <>
          <button type="button" className="btn" onClick={onCancel}>
            Cancel
          </button>
          <button
            type="submit"
            form="save-preset-form"
            className="btn btn-primary"
            disabled={problem !== null || saving}
          >
            {replaces ? 'Replace' : 'Save'}
          </button>
        </>
      }
    >
      <form
        id="save-preset-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Field label="Preset name" hint={hint}>
          {(id) => (
            <input
              id={id}
              className="input"
              value={name}
              maxLength={200}
              dir="auto"
              aria-invalid={problem !== null}
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </Field>
      </form>
    </Dialog>
  );
}
