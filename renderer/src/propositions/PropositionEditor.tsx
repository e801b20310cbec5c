import type { PropositionDetail } from '../../../core/api';
import type { ViewName } from '../app/views';
import { SaidOnDate } from '../statements/SaidOnDate';
import { useRecordEditor } from '../hooks/use-record-editor';
import type { EditorProps } from '../lists/LibraryView';
import { StanceBadge } from '../statements/StanceBadge';
import { quoted } from '../statements/StatementRow';
import { EditorActions } from '../ui/EditorActions';
import { GoneRecord } from '../ui/GoneRecord';
import { TextAreaField } from '../ui/TextField';
import { NotesSection } from '../ui/NotesSection';
import { CandidateStatements } from './CandidateStatements';
import { CompareOpposed } from './CompareOpposed';
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
  const editor = useRecordEditor({
    id,
    noun: 'proposition',
    load: (c, propositionId) => c.getProposition({ id: propositionId }),
    toDraft,
    empty: EMPTY,
    problem: (d) => (d.text.trim() ? null : 'Write the proposition as a plain sentence.'),
    save: (c, d, propositionId) => {
      const fields = { text: d.text, description: d.description.trim() || null };
      return propositionId
        ? c.updateProposition({ id: propositionId, ...fields })
        : c.createProposition(fields);
    },
    remove: (c, propositionId) => c.deleteProposition({ id: propositionId }),
    onSaved,
    onDeleted,
  });
  if (editor.gone) return <GoneRecord noun="proposition" />;
  if (editor.loading) return null;
  const { record: proposition, draft, set, dirty, revert, save, remove } = editor;

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
            <CompareOpposed proposition={proposition} onGo={onGo} />
            {proposition.stances.length === 0 ? (
              <p className="field-hint">
                No statement is linked yet. Link one below, or from a statement’s “Positions”.
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
                    <SaidOnDate
                      date={s.statement.saidOn}
                      precision={s.statement.saidOnPrecision}
                      from={s.statement.saidOnFrom}
                    />
                  </div>
                  <p className="row-text" style={{ whiteSpace: 'normal' }} dir="auto">
                    {quoted(s.statement.text, s.statement.kind)}
                  </p>
                </div>
              ))
            )}
          </section>
          <CandidateStatements proposition={proposition} />
          <NotesSection target={{ type: 'proposition', id: proposition.id }} />
        </>
      ) : null}
    </form>
  );
}
