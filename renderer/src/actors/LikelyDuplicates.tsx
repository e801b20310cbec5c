import type { ActorDetail, LikelyDuplicate } from '../../../core/api';
import { useApp } from '../app/app-context';
import { useApi } from '../hooks/use-api';
import '../styles/tidy.css';
import { ACTOR_KIND_LABEL } from './actor-kinds';
import { duplicateReason, mergedMessage, statementCount } from './merge-words';

/**
 * Actors that are probably this one under another spelling, each mergeable into it in one
 * step. The merge is one change, so Undo takes it back whole.
 */
export function LikelyDuplicates({
  actor,
  onOpen,
}: {
  actor: ActorDetail;
  /** Shows another actor's page. */
  onOpen: (id: string) => void;
}) {
  const { attempt, notify } = useApp();
  const { data } = useApi<LikelyDuplicate[]>(
    (c) => c.listLikelyDuplicateActors({ actorId: actor.id }),
    [actor.id],
  );
  const duplicates = data ?? [];
  const merge = async (d: LikelyDuplicate) => {
    const result = await attempt((c) => c.mergeActors({ keepId: actor.id, mergeId: d.other.id }));
    if (result) notify('info', mergedMessage(d.other.name, result));
  };
  return (
    <section className="section" aria-labelledby="duplicates-title">
      <h3 className="section-title" id="duplicates-title">
        Likely duplicates
      </h3>
      {duplicates.length === 0 ? (
        <p className="field-hint">
          No other actor has this name or one of its other names, however it is spelled.
        </p>
      ) : (
        <ul className="duplicate-list">
          {duplicates.map((d) => (
            <li key={d.other.id} className="duplicate">
              <div className="duplicate-who">
                <button
                  type="button"
                  className="link-button"
                  dir="auto"
                  onClick={() => onOpen(d.other.id)}
                >
                  {d.other.name}
                </button>
                <span className="badge">{ACTOR_KIND_LABEL[d.other.kind]}</span>
              </div>
              <Reason count={statementCount(d.other)} {...duplicateReason(actor, d)} />
              <button
                type="button"
                className="btn"
                aria-label={`Merge “${d.other.name}” into “${actor.name}”`}
                onClick={() => void merge(d)}
              >
                Merge into this actor
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The reason, its name isolated so an Arabic-script name does not reorder the sentence. */
function Reason({
  count,
  before,
  name,
  after,
}: {
  count: string;
  before: string;
  name?: string;
  after?: string;
}) {
  return (
    <div className="field-hint">
      {count} · {before}
      {name ? (
        <>
          “<bdi>{name}</bdi>”
        </>
      ) : null}
      {after}
    </div>
  );
}
