import type { ActorDetail, ActorKind } from '../../../core/api';
import { useRecordEditor } from '../hooks/use-record-editor';
import type { EditorProps } from '../lists/LibraryView';
import { EditorActions } from '../ui/EditorActions';
import { GoneRecord } from '../ui/GoneRecord';
import { Field } from '../ui/Field';
import { TextAreaField, TextField } from '../ui/TextField';
import { NotesSection } from '../ui/NotesSection';
import { ACTOR_KIND_LABEL } from './actor-kinds';
import { AliasesSection } from './AliasesSection';
import { LikelyDuplicates } from './LikelyDuplicates';
import { MergeInto } from './MergeInto';
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
  const editor = useRecordEditor({
    id,
    noun: 'actor',
    load: (c, actorId) => c.getActor({ id: actorId }),
    toDraft,
    empty: EMPTY,
    problem: (d) => (d.name.trim() ? null : 'An actor needs a name.'),
    save: (c, d, actorId) => {
      const fields = { name: d.name, kind: d.kind, description: d.description.trim() || null };
      return actorId ? c.updateActor({ id: actorId, ...fields }) : c.createActor(fields);
    },
    remove: (c, actorId) => c.deleteActor({ id: actorId }),
    onSaved,
    onDeleted,
  });
  if (editor.gone) return <GoneRecord noun="actor" />;
  if (editor.loading) return null;
  const { record: actor, draft, set, dirty, revert, save, remove } = editor;

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
          <LikelyDuplicates actor={actor} onOpen={onSaved} />
          <MembershipsSection actor={actor} />
          <MergeInto actor={actor} onMerged={onSaved} />
          <NotesSection target={{ type: 'actor', id: actor.id }} />
        </>
      ) : null}
    </form>
  );
}
