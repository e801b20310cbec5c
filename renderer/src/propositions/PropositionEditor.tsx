import type { PropositionDetail } from '../../../core/api';
import { useApp } from '../app/app-context';
import type { ViewName } from '../app/views';
import { formatSaidOn } from '../format/dates';
import { useApi } from '../hooks/use-api';
import { useDraft } from '../hooks/use-draft';
import type { EditorProps } from '../lists/LibraryView';
import { StanceBadge } from '../statements/StanceBadge';
import { quoted } from '../statements/StatementRow';
import { EditorActions } from '../ui/EditorActions';
import { EmptyState } from '../ui/EmptyState';
import { TextAreaField } from '../ui/TextField';
import { NotesSection } from '../ui/NotesSection';
import { StanceCounts } from './StanceCounts';

interface PropositionDraft {
  text: string;
  description: string;
}

const EMPTY: PropositionDraft = { text: '', description: '' };
const toDraft = (p: PropositionDetail): PropositionDraft => ({
  text: p.text,
  description: p.description ?? '',
});

export function PropositionEditor({
  id,
  onSaved,
  onDeleted,
  onGo,
}: EditorProps & { onGo: (view: ViewName, id?: string) => void }) {
  const { attempt, notify } = useApp();
  const loaded = useApi<PropositionDetail>(id ? (c) => c.getProposition({ id }) : null, [id]);
  const { draft, set, dirty, revert, saved } = useDraft(loaded.data, toDraft, EMPTY);
  if (id && loaded.error)
    return (
      <EmptyState title="This proposition is no longer here">
        <p>It was deleted, or the change that created it was undone.</p>
      </EmptyState>
    );
  if (id && !loaded.data) return null;
  const proposition = loaded.data;

  const save = async () => {
    if (!draft.text.trim()) {
      notify('error', 'Write the proposition as a plain sentence.');
      return;
    }
    const fields = { text: draft.text, description: draft.description.trim() || null };
    const result = await attempt((c) =>
      id ? c.updateProposition({ id, ...fields }) : c.createProposition(fields),
    );
    if (result) {
      saved();
      notify('info', id ? 'Proposition saved' : 'Proposition added');
      onSaved(result.id);
    }
  };
  const remove = async () => {
    if (id && (await attempt((c) => c.deleteProposition({ id })))) onDeleted();
  };

  return (
    <form
      className="detail"
      aria-label={id ? 'Edit proposition' : 'New proposition'}
      onSubmit={(e) => (e.preventDefault(), void save())}
    >
      <div>
        <div className="detail-kicker">{id ? 'Proposition' : 'New proposition'}</div>
        <h2 className="detail-title" dir="auto">
          {draft.text || 'A plain sentence statements can affirm or deny'}
        </h2>
        {proposition ? <StanceCounts counts={proposition.counts} /> : null}
      </div>
      <TextAreaField
        label="Proposition"
        value={draft.text}
        onChange={(text) => set({ text })}
        required
        rows={2}
      />
      <TextAreaField
        label="Description"
        value={draft.description}
        onChange={(description) => set({ description })}
      />
      <EditorActions
        isNew={!id}
        dirty={dirty}
        saveLabel="Add proposition"
        onRevert={revert}
        onDelete={() => void remove()}
      />
      {proposition ? (
        <>
          <section className="section" aria-labelledby="positions-title">
            <h3 className="section-title" id="positions-title">
              Statements taking a position
            </h3>
            {proposition.stances.length === 0 ? (
              <p className="field-hint">
                No statement is linked yet. Link one from a statement’s “Positions”.
              </p>
            ) : (
              proposition.stances.map((s) => (
                <div key={s.id} className="note">
                  <div className="actions">
                    <StanceBadge stance={s.stance} />
                    <button
                      type="button"
                      className="link-button"
                      dir="auto"
                      onClick={() => onGo('statements', s.statementId)}
                    >
                      {s.statement.speakerName}
                    </button>
                    <span className="row-meta">
                      {formatSaidOn(s.statement.saidOn, s.statement.saidOnPrecision)}
                    </span>
                  </div>
                  <p className="row-text" style={{ whiteSpace: 'normal' }} dir="auto">
                    {quoted(s.statement.text, s.statement.kind)}
                  </p>
                </div>
              ))
            )}
          </section>
          <NotesSection target={{ type: 'proposition', id: proposition.id }} />
        </>
      ) : null}
    </form>
  );
}
