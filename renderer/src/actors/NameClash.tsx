import { useEffect, useRef } from 'react';
import type { Actor } from '../../../core/api';
import { foldActorName } from '../../../core/api/fold-actor-name';
import '../styles/tidy.css';
import { statementCount } from './merge-words';

/**
 * Shown instead of saving when the new name is already another actor's name or other name
 * (however spelled): one actor recorded twice is merged, not renamed into a twin. Keeping both
 * stays possible for two people who share a name. The merge button takes the focus, since it
 * is what the researcher most likely came to do.
 */
export function NameClash({
  name,
  other,
  onMerge,
  onKeepBoth,
  onCancel,
}: {
  /** The name typed. */
  name: string;
  /** The actor that already has it. */
  other: Actor;
  onMerge: () => void;
  onKeepBoth: () => void;
  onCancel: () => void;
}) {
  const merge = useRef<HTMLButtonElement>(null);
  useEffect(() => merge.current?.focus(), [other.id]);
  return (
    <section className="name-clash" aria-labelledby="name-clash-title">
      <h3 className="name-clash-title" id="name-clash-title">
        Another actor already has this name
      </h3>
      <p className="field-hint">
        “<bdi>{name}</bdi>” is {sameOrAlias(name, other)} of{' '}
        <strong dir="auto">{other.name}</strong> ({statementCount(other)}). If they are one actor,
        merge this one into it: its statements, memberships and names move there. Undo takes a merge
        back.
      </p>
      <div className="actions">
        <button ref={merge} type="button" className="btn btn-primary" onClick={onMerge}>
          {/* One flex item, so the button's gap does not widen the space before the name. */}
          <span>
            Merge into <bdi>{other.name}</bdi>
          </span>
        </button>
        <button type="button" className="btn" onClick={onKeepBoth}>
          Keep both, they are different
        </button>
        <button type="button" className="btn btn-ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}

/** "the name" when it is the other's own name (however spelled), else "another name". */
function sameOrAlias(name: string, other: Actor): string {
  return foldActorName(name) === foldActorName(other.name) ? 'the name' : 'another name';
}
