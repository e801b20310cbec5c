import { useState } from 'react';
import type { ActorDetail } from '../../../core/api';
import { useApp } from '../app/app-context';

/** Other names an actor goes by: surnames, titles, transliterations, the name in its own script. */
export function AliasesSection({ actor }: { actor: ActorDetail }) {
  const { attempt } = useApp();
  const [alias, setAlias] = useState('');
  const add = async () => {
    if (alias.trim() && (await attempt((c) => c.addAlias({ actorId: actor.id, alias }))))
      setAlias('');
  };
  return (
    <section className="section" aria-labelledby="aliases-title">
      <h3 className="section-title" id="aliases-title">
        Also known as
      </h3>
      <div className="chips">
        {actor.aliases.map((a) => (
          <span key={a.id} className="chip" dir="auto">
            {a.alias}
            <button
              type="button"
              aria-label={`Remove alias ${a.alias}`}
              onClick={() => void attempt((c) => c.removeAlias({ id: a.id }))}
            >
              ×
            </button>
          </span>
        ))}
        {actor.aliases.length === 0 ? <span className="field-hint">No other names.</span> : null}
      </div>
      <div className="actions">
        <input
          className="input"
          aria-label="New alias"
          placeholder="Add a name, spelling or transliteration…"
          value={alias}
          dir="auto"
          onChange={(e) => setAlias(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void add();
            }
          }}
        />
        <button type="button" className="btn" disabled={!alias.trim()} onClick={() => void add()}>
          Add
        </button>
      </div>
    </section>
  );
}
