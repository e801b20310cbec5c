import { useMemo, useState } from 'react';
import type { ActorDetail } from '../../../core/api';
import { useApp } from '../app/app-context';
import '../styles/tidy.css';
import { RecordPicker } from '../ui/RecordPicker';
import { actorsExcept } from './actor-source';
import { mergedMessage } from './merge-words';

/**
 * Merges this actor into another one the researcher picks: its statements, memberships and
 * names go there, this actor is deleted, and the page moves to the one kept.
 */
export function MergeInto({
  actor,
  onMerged,
}: {
  actor: ActorDetail;
  /** The kept actor's id, to show its page. */
  onMerged: (keptId: string) => void;
}) {
  const { attempt, notify } = useApp();
  const [targetId, setTargetId] = useState<string | undefined>();
  const source = useMemo(() => actorsExcept(actor.id), [actor.id]);
  const merge = async () => {
    if (!targetId) return;
    const result = await attempt((c) => c.mergeActors({ keepId: targetId, mergeId: actor.id }));
    if (!result) return;
    notify('info', mergedMessage(actor.name, result));
    onMerged(result.actor.id);
  };
  return (
    <section className="section" aria-labelledby="merge-into-title">
      <h3 className="section-title" id="merge-into-title">
        Merge into…
      </h3>
      <p className="field-hint">
        When this is another actor recorded twice: its statements, memberships and names move to the
        actor you choose, and “{actor.name}” becomes one of that actor’s other names.
      </p>
      <div className="actions merge-into">
        <RecordPicker
          label="Actor to keep"
          none="Choose the actor to keep…"
          noun="actors"
          value={targetId}
          source={source}
          text={(a) => a.name}
          onChange={setTargetId}
        />
        <button type="button" className="btn" disabled={!targetId} onClick={() => void merge()}>
          Merge
        </button>
      </div>
    </section>
  );
}
