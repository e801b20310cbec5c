import { useEffect, useRef, useState } from 'react';
import type { Actor, ActorDetail, ActorKind } from '../../../core/api';
import { useApp } from '../app/app-context';
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
import { mergedMessage } from './merge-words';
import { MergeInto } from './MergeInto';
import { NameClash } from './NameClash';
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
  /** The actor that already has the name being saved, while the researcher decides. */
  const [clash, setClash] = useState<Actor | null>(null);
  /** Set for one save when the researcher has said the two actors are different. */
  const keepBoth = useRef(false);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => setClash(null), [id]);
  const editor = useRecordEditor({
    id,
    noun: 'actor',
    load: (c, actorId) => c.getActor({ id: actorId }),
    toDraft,
    empty: EMPTY,
    problem: (d) => (d.name.trim() ? null : 'An actor needs a name.'),
    save: (c, d, actorId) => {
      const fields = { name: d.name, kind: d.kind, description: d.description.trim() || null };
      return actorId
        ? c.updateActor({
            id: actorId,
            ...fields,
            keepDuplicateName: keepBoth.current || undefined,
          })
        : c.createActor(fields);
    },
    remove: (c, actorId) => c.deleteActor({ id: actorId }),
    onSaved,
    onDeleted,
  });
  if (editor.gone) return <GoneRecord noun="actor" />;
  if (editor.loading) return null;
  const { record: actor, draft, set, dirty, revert, save, remove } = editor;

  // A rename to a name another actor answers to (however spelled) asks first: merge or keep both.
  const submit = async () => {
    if (actor && draft.name.trim() !== actor.name) {
      const other = await attempt((c) => c.findActor({ name: draft.name.trim() }));
      if (other && other.id !== actor.id) {
        setClash(other);
        return;
      }
    }
    await save();
  };
  const saveKeepingBoth = async () => {
    setClash(null);
    keepBoth.current = true;
    try {
      await save();
    } finally {
      keepBoth.current = false;
    }
  };
  const cancelRename = () => {
    setClash(null);
    form.current?.querySelector('input')?.focus(); // back to the name, to change it
  };
  const mergeIntoOther = async (other: Actor) => {
    if (!actor) return;
    const result = await attempt((c) => c.mergeActors({ keepId: other.id, mergeId: actor.id }));
    if (!result) return;
    setClash(null);
    notify('info', mergedMessage(actor.name, result));
    onSaved(result.actor.id);
  };

  return (
    <form
      ref={form}
      className="detail"
      aria-label={id ? 'Edit actor' : 'New actor'}
      onSubmit={(e) => (e.preventDefault(), void submit())}
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
      <TextField
        label="Name"
        value={draft.name}
        onChange={(name) => (set({ name }), setClash(null))}
        required
      />
      {clash ? (
        <NameClash
          name={draft.name.trim()}
          other={clash}
          onMerge={() => void mergeIntoOther(clash)}
          onKeepBoth={() => void saveKeepingBoth()}
          onCancel={cancelRename}
        />
      ) : null}
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
