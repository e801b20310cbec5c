import type { ActorDetail, ActorKind } from '../../../core/api';
import { useApp } from '../app/app-context';
import { useApi } from '../hooks/use-api';
import { useDraft } from '../hooks/use-draft';
import type { EditorProps } from '../lists/LibraryView';
import { EditorActions } from '../ui/EditorActions';
import { EmptyState } from '../ui/EmptyState';
import { Field } from '../ui/Field';
import { TextAreaField, TextField } from '../ui/TextField';
import { NotesSection } from '../ui/NotesSection';
import { ACTOR_KIND_LABEL } from './actor-kinds';
import { AliasesSection } from './AliasesSection';
import { MembershipsSection } from './MembershipsSection';

interface ActorDraft {
  name: string;
  kind: ActorKind;
  description: string;
}

const EMPTY: ActorDraft = { name: '', kind: 'person', description: '' };
const toDraft = (a: ActorDetail): ActorDraft => ({
  name: a.name,
  kind: a.kind,
  description: a.description ?? '',
});

export function ActorEditor({ id, onSaved, onDeleted }: EditorProps) {
  const { attempt, notify } = useApp();
  const loaded = useApi<ActorDetail>(id ? (c) => c.getActor({ id }) : null, [id]);
  const { draft, set, dirty, revert, saved } = useDraft(loaded.data, toDraft, EMPTY);
  if (id && loaded.error)
    return (
      <EmptyState title="This actor is no longer here">
        <p>It was deleted, or the change that created it was undone.</p>
      </EmptyState>
    );
  if (id && !loaded.data) return null;
  const actor = loaded.data;

  const save = async () => {
    if (!draft.name.trim()) {
      notify('error', 'An actor needs a name.');
      return;
    }
    const fields = {
      name: draft.name,
      kind: draft.kind,
      description: draft.description.trim() || null,
    };
    const result = await attempt((c) =>
      id ? c.updateActor({ id, ...fields }) : c.createActor(fields),
    );
    if (result) {
      saved();
      notify('info', id ? 'Actor saved' : 'Actor added');
      onSaved(result.id);
    }
  };
  const remove = async () => {
    if (id && (await attempt((c) => c.deleteActor({ id })))) onDeleted();
  };

  return (
    <form
      className="detail"
      aria-label={id ? 'Edit actor' : 'New actor'}
      onSubmit={(e) => (e.preventDefault(), void save())}
    >
      <div>
        <div className="detail-kicker">{id ? ACTOR_KIND_LABEL[draft.kind] : 'New actor'}</div>
        <h2 className="detail-title" dir="auto">
          {draft.name || 'Unnamed'}
        </h2>
        {actor ? (
          <div className="field-hint">
            {actor.statementCount} statement{actor.statementCount === 1 ? '' : 's'}
          </div>
        ) : null}
      </div>
      <TextField label="Name" value={draft.name} onChange={(name) => set({ name })} required />
      <Field label="Kind">
        {(fid) => (
          <select
            id={fid}
            className="select"
            value={draft.kind}
            onChange={(e) => set({ kind: e.target.value as ActorKind })}
          >
            {Object.entries(ACTOR_KIND_LABEL).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextAreaField
        label="Description"
        value={draft.description}
        onChange={(description) => set({ description })}
      />
      <EditorActions
        isNew={!id}
        dirty={dirty}
        saveLabel="Add actor"
        onRevert={revert}
        onDelete={() => void remove()}
      />
      {actor ? (
        <>
          <AliasesSection actor={actor} />
          <MembershipsSection actor={actor} />
          <NotesSection target={{ type: 'actor', id: actor.id }} />
        </>
      ) : null}
    </form>
  );
}
