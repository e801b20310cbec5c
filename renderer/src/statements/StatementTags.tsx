import { useState } from 'react';
import type { StatementDetail, Tag } from '../../../core/api';
import { useApp } from '../app/app-context';
import { useApi } from '../hooks/use-api';

/** Tags on a statement: remove one, or add one by name (a new name makes a new tag). */
export function StatementTags({ statement }: { statement: StatementDetail }) {
  const { attempt } = useApp();
  const all = useApi<Tag[]>((c) => c.listTags({}), []).data ?? [];
  const [name, setName] = useState('');
  const add = async () => {
    const wanted = name.trim();
    if (!wanted) return;
    const done = await attempt(async (c) => {
      const existing = all.find((t) => t.name.toLowerCase() === wanted.toLowerCase());
      const tag = existing ?? (await c.createTag({ name: wanted }));
      return c.tagStatement({ statementId: statement.id, tagId: tag.id });
    });
    if (done) setName('');
  };
  return (
    <section className="section" aria-labelledby="tags-title">
      <h3 className="section-title" id="tags-title">
        Tags
      </h3>
      <div className="chips">
        {statement.tags.map((t) => (
          <span key={t.id} className="chip" dir="auto">
            {t.name}
            <button
              type="button"
              aria-label={`Remove tag ${t.name}`}
              onClick={() =>
                void attempt((c) => c.untagStatement({ statementId: statement.id, tagId: t.id }))
              }
            >
              ×
            </button>
          </span>
        ))}
        {statement.tags.length === 0 ? <span className="field-hint">No tags.</span> : null}
      </div>
      <datalist id="tag-names">
        {all.map((t) => (
          <option key={t.id} value={t.name} />
        ))}
      </datalist>
      <div className="actions">
        <input
          className="input"
          list="tag-names"
          aria-label="Add a tag"
          placeholder="Add a tag…"
          value={name}
          dir="auto"
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void add();
            }
          }}
        />
        <button type="button" className="btn" disabled={!name.trim()} onClick={() => void add()}>
          Add tag
        </button>
      </div>
    </section>
  );
}
