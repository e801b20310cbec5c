import { capacityOf } from '../../../core/api/capacity';
import { useEffect, useId, useRef, useState } from 'react';
import type { Actor, Input, Page, Source, StatementDetail } from '../../../core/api';
import { useApp } from '../app/app-context';
import type { ViewName } from '../app/views';
import { resolveActorId } from '../actors/resolve-actor';
import { formatTimestamp } from '../format/dates';
import { useApi } from '../hooks/use-api';
import { GoneRecord } from '../ui/GoneRecord';
import { Field } from '../ui/Field';
import { TextAreaField, TextField } from '../ui/TextField';
import { NotesSection } from '../ui/NotesSection';
import {
  draftOf,
  draftProblem,
  EMPTY_DRAFT,
  fieldsOf,
  type StatementDraft,
} from './statement-draft';
import { KindField, PrecisionField } from './statement-fields';
import { StatementStances } from './StatementStances';
import { StatementTags } from './StatementTags';
import { SourceDateHint } from './SaidOnDate';
import { rebaseDraft } from '../hooks/rebase-draft';
import { isFaithfulTo } from '../../../core/api/quote-fidelity';
import { QuotationDiffersDialog } from './QuotationDiffersDialog';

/** Read and edit one statement; with `id` null, write a new one. */
export function StatementEditor({
  id,
  onSaved,
  onDeleted,
  onGo,
  initial,
  anchor,
}: {
  id: string | null;
  onSaved: (id: string) => void;
  onDeleted: () => void;
  onGo: (view: ViewName, id?: string) => void;
  /** For a new statement: what is already known (from a selection in the reader). */
  initial?: Partial<StatementDraft>;
  /** For a new statement: where its words stand in the source. */
  anchor?: Input<'createStatement'>['anchor'];
}) {
  const { attempt, notify } = useApp();
  const loaded = useApi<StatementDetail>(id ? (c) => c.getStatement({ id }) : null, [id]);
  const statement = loaded.data;
  const actors = useApi<Page<Actor>>((c) => c.listActors({ limit: 1000 }), []).data?.items ?? [];
  const sources = useApi<Page<Source>>((c) => c.listSources({ limit: 1000 }), []).data?.items ?? [];
  const [draft, setDraft] = useState<StatementDraft>({ ...EMPTY_DRAFT, ...initial });
  const [pristine, setPristine] = useState<StatementDraft>(EMPTY_DRAFT);
  const originHintId = useId();
  // Set while the quotation-differs dialog asks how to save (see `save`).
  const [differs, setDiffers] = useState<{ canReanchor: boolean; start: number } | null>(null);

  // The last reading, so that words typed while the statement is read again are kept.
  const lastPristine = useRef<StatementDraft>(EMPTY_DRAFT);
  useEffect(() => {
    if (statement) {
      const fresh = draftOf(statement);
      const before = lastPristine.current;
      lastPristine.current = fresh;
      setDraft((d) => rebaseDraft(d, before, fresh));
      setPristine(fresh);
    }
  }, [statement]);

  if (id && loaded.error) {
    return <GoneRecord noun="statement" />;
  }
  if (id && !statement) return null;

  const set = (patch: Partial<StatementDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const dirty = JSON.stringify(draft) !== JSON.stringify(pristine);
  const problem = draftProblem(draft);
  // Marked until someone changes it: then it is their date, not the source's.
  const dateIsTheSources =
    statement?.saidOnFrom === 'source' &&
    draft.saidOn === statement.saidOn &&
    draft.saidOnPrecision === statement.saidOnPrecision;

  // A quotation edited away from its source's words is never saved silently.
  const wordsLeaveTheSource =
    id !== null &&
    statement?.anchor &&
    !statement.anchor.lost &&
    statement.sourceId !== null &&
    draft.kind === 'quote' &&
    draft.text !== pristine.text &&
    !isFaithfulTo(draft.text, statement.anchor.exact);

  const save = async () => {
    if (problem) {
      notify('error', problem);
      return;
    }
    if (wordsLeaveTheSource) {
      const body = (await attempt((c) => c.getSource({ id: statement.sourceId! })))?.body ?? '';
      const words = draft.text.trim();
      const start = body.indexOf(words);
      const once = start >= 0 && body.indexOf(words, start + 1) < 0;
      setDiffers({ canReanchor: once, start });
      return;
    }
    await persist();
  };
  const persist = async (newAnchor?: Input<'updateStatement'>['anchor']) => {
    setDiffers(null);
    const saved = await attempt(async (c) => {
      const speakerId = await resolveActorId(c, draft.speaker.trim());
      const reportedViaId = draft.reportedVia.trim()
        ? await resolveActorId(c, draft.reportedVia.trim(), 'outlet')
        : null;
      const input = { ...fieldsOf(draft), speakerId, reportedViaId };
      return id
        ? c.updateStatement({ id, ...input, ...(newAnchor ? { anchor: newAnchor } : {}) })
        : c.createStatement({ ...input, anchor });
    });
    if (saved) {
      notify('info', id ? 'Statement saved' : 'Statement added');
      lastPristine.current = draft;
      setPristine(draft);
      onSaved(saved.id);
    }
  };
  const remove = async () => {
    if (!id) return;
    if (await attempt((c) => c.deleteStatement({ id }))) {
      notify('info', 'Statement deleted — Undo brings it back');
      onDeleted();
    }
  };

  return (
    <form
      className="detail"
      aria-label={id ? 'Edit statement' : 'New statement'}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="detail-header">
        <div>
          <div className="detail-kicker">{id ? 'Statement' : 'New statement'}</div>
          <h2 className="detail-title" dir="auto">
            {draft.speaker || 'Who said it?'}
          </h2>
          {statement?.affiliations.length ? (
            <div className="field-hint" dir="auto">
              {capacityOf(null, statement.affiliations).join(' · ')}
              {statement.saidOn ? ' at the time' : ''}
            </div>
          ) : null}
        </div>
      </div>

      <datalist id="actor-names">
        {actors.map((a) => (
          <option key={a.id} value={a.name} />
        ))}
      </datalist>
      <TextField
        label="Speaker"
        hint="An existing actor, or a new name to add one."
        list="actor-names"
        value={draft.speaker}
        required
        onChange={(speaker) => set({ speaker })}
      />
      <TextField label="Role at the time" value={draft.role} onChange={(role) => set({ role })} />
      <TextAreaField
        label={draft.kind === 'quote' ? 'Words quoted' : 'What was said (paraphrase)'}
        value={draft.text}
        onChange={(text) => set({ text })}
        required
        rows={5}
        reading
      />
      <div className="field-row">
        <KindField value={draft.kind} onChange={(kind) => set({ kind })} />
        <Field label="Date said">
          {(fid) => (
            <input
              id={fid}
              className={dateIsTheSources ? 'input said-on-source' : 'input'}
              type="date"
              value={draft.saidOn}
              aria-describedby={dateIsTheSources ? originHintId : undefined}
              onChange={(e) => set({ saidOn: e.target.value })}
            />
          )}
        </Field>
        <PrecisionField
          value={draft.saidOnPrecision}
          disabled={!draft.saidOn}
          onChange={(saidOnPrecision) => set({ saidOnPrecision })}
        />
      </div>
      {dateIsTheSources ? <SourceDateHint id={originHintId} /> : null}
      <div className="field-row">
        <TextField
          label="Venue"
          value={draft.venue}
          onChange={(venue) => set({ venue })}
          placeholder="press briefing, interview…"
        />
        <TextField
          label="Language"
          value={draft.language}
          onChange={(language) => set({ language })}
          placeholder="en, ar, fa, ckb…"
        />
      </div>
      <div className="field-row">
        <Field label="Source">
          {(fid) => (
            <select
              id={fid}
              className="select"
              value={draft.sourceId}
              onChange={(e) => set({ sourceId: e.target.value })}
            >
              <option value="">No source</option>
              {sources.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          label="Reported via"
          hint="The outlet that relayed it."
          list="actor-names"
          value={draft.reportedVia}
          onChange={(reportedVia) => set({ reportedVia })}
        />
      </div>
      <TextField
        label="Attribution"
        value={draft.cue}
        onChange={(cue) => set({ cue })}
        hint="How the source attributes it, e.g. “Dillon said this week”."
      />
      <TextAreaField
        label="Translation"
        value={draft.translation}
        onChange={(translation) => set({ translation })}
      />
      <TextField
        label="Translation language"
        value={draft.translationLanguage}
        onChange={(translationLanguage) => set({ translationLanguage })}
      />

      <div className="actions detail-actions">
        <button type="submit" className="btn btn-primary" disabled={!dirty}>
          {id ? 'Save changes' : 'Add statement'}
        </button>
        {dirty && id ? (
          <button type="button" className="btn" onClick={() => setDraft(pristine)}>
            Revert
          </button>
        ) : null}
        {id ? (
          <button
            type="button"
            className="btn btn-ghost btn-danger actions-end"
            onClick={() => void remove()}
          >
            Delete
          </button>
        ) : null}
      </div>

      {statement ? (
        <>
          <StatementStances statement={statement} onGo={onGo} />
          <StatementTags statement={statement} />
          <NotesSection target={{ type: 'statement', id: statement.id }} />
          <p className="field-hint">
            Added {formatTimestamp(statement.createdAt)} · last changed{' '}
            {formatTimestamp(statement.updatedAt)}
          </p>
        </>
      ) : null}
      {differs && statement?.anchor ? (
        <QuotationDiffersDialog
          sourceWords={statement.anchor.exact}
          newWords={draft.text}
          canReanchor={differs.canReanchor}
          onReanchor={() => {
            const words = draft.text.trim();
            void persist({ exact: words, start: differs.start, end: differs.start + words.length });
          }}
          onKeep={() => void persist()}
          onUndo={() => {
            set({ text: pristine.text });
            setDiffers(null);
          }}
          onClose={() => setDiffers(null)}
        />
      ) : null}
    </form>
  );
}
