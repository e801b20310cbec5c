import type { Comparison, Page, Proposition } from '../../../core/api';
import { CITATION_STYLES, REPORT_FORMATS, REPORT_SECTIONS } from '../../../core/api/reports';
import { DATE_STYLES } from '../../../core/api/said-on';
import { useApi } from '../hooks/use-api';
import { OptionSelect } from '../ui/OptionSelect';
import { TextField } from '../ui/TextField';
import type { ReportDraft } from './report-draft';

const SCOPES = [
  { id: 'all', label: 'Everything in the workspace' },
  { id: 'comparisons', label: 'Chosen comparisons' },
  { id: 'proposition', label: 'One proposition' },
] as const;

/** The report builder's choices: what it covers, its title page, its sections and styles. */
export function ReportForm({
  draft,
  onDraft,
}: {
  draft: ReportDraft;
  onDraft: (change: Partial<ReportDraft>) => void;
}) {
  const comparisons = useApi<Page<Comparison>>((c) => c.listComparisons({ limit: 1000 }), []);
  const propositions = useApi<Page<Proposition>>((c) => c.listPropositions({ limit: 1000 }), [], {
    deferred: true,
  });
  const toggle = <T,>(list: T[], item: T, on: boolean) =>
    on ? [...list, item] : list.filter((x) => x !== item);
  return (
    <form className="report-form-fields" onSubmit={(e) => e.preventDefault()}>
      <fieldset className="report-fieldset">
        <legend className="field-label">Covers</legend>
        {SCOPES.map((s) => (
          <label key={s.id} className="check">
            <input
              type="radio"
              name="report-scope"
              checked={draft.scope === s.id}
              onChange={() => onDraft({ scope: s.id })}
            />{' '}
            {s.label}
          </label>
        ))}
        {draft.scope === 'comparisons' ? (
          <div className="report-choices" role="group" aria-label="Comparisons to include">
            {(comparisons.data?.items ?? []).map((c) => (
              <label key={c.id} className="check" dir="auto">
                <input
                  type="checkbox"
                  checked={draft.comparisonIds.includes(c.id)}
                  onChange={(e) =>
                    onDraft({ comparisonIds: toggle(draft.comparisonIds, c.id, e.target.checked) })
                  }
                />{' '}
                {c.title}
              </label>
            ))}
            {comparisons.data?.items.length === 0 ? (
              <p className="field-hint">No comparisons yet.</p>
            ) : null}
          </div>
        ) : null}
        {draft.scope === 'proposition' ? (
          <OptionSelect
            label="Proposition"
            none="Choose a proposition…"
            value={draft.propositionId ?? undefined}
            items={propositions.data?.items ?? []}
            text={(p) => p.text}
            onChange={(propositionId) => onDraft({ propositionId: propositionId ?? null })}
          />
        ) : null}
      </fieldset>
      <TextField label="Title" value={draft.title} onChange={(title) => onDraft({ title })} />
      <TextField label="Author" value={draft.author} onChange={(author) => onDraft({ author })} />
      <TextField
        label="Date"
        type="date"
        value={draft.date}
        onChange={(date) => onDraft({ date })}
      />
      <fieldset className="report-fieldset">
        <legend className="field-label">Sections</legend>
        {REPORT_SECTIONS.map((s) => (
          <label key={s.id} className="check">
            <input
              type="checkbox"
              checked={draft.sections.includes(s.id)}
              onChange={(e) =>
                onDraft({ sections: toggle(draft.sections, s.id, e.target.checked) })
              }
            />{' '}
            {s.label}
          </label>
        ))}
        <label className="check">
          <input
            type="checkbox"
            checked={draft.diffMarks}
            disabled={!draft.sections.includes('comparisons')}
            onChange={(e) => onDraft({ diffMarks: e.target.checked })}
          />{' '}
          Mark shared words, differences and negations
        </label>
      </fieldset>
      <label className="field">
        <span className="field-label">Citation style</span>
        <select
          className="select"
          value={draft.citationStyle}
          onChange={(e) =>
            onDraft({ citationStyle: e.target.value as ReportDraft['citationStyle'] })
          }
        >
          {CITATION_STYLES.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="report-fieldset">
        <legend className="field-label">Date style</legend>
        {DATE_STYLES.map((s) => (
          <label key={s.id} className="check">
            <input
              type="radio"
              name="report-date-style"
              checked={draft.dateStyle === s.id}
              onChange={() => onDraft({ dateStyle: s.id })}
            />{' '}
            {s.example} <span className="report-choice-note">{s.label}</span>
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span className="field-label">Format</span>
        <select
          className="select"
          value={draft.format}
          onChange={(e) => onDraft({ format: e.target.value as ReportDraft['format'] })}
        >
          {REPORT_FORMATS.map((f) => (
            <option key={f.id} value={f.id}>
              {f.label}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
