import { useState } from 'react';
import type { Actor, ActorDetail, Page } from '../../../core/api';
import { useApp } from '../app/app-context';
import { Field } from '../ui/Field';
import { useApi } from '../hooks/use-api';

interface MembershipDraft {
  organisationId: string;
  role: string;
  startDate: string;
  endDate: string;
}

const EMPTY: MembershipDraft = { organisationId: '', role: '', startDate: '', endDate: '' };

/**
 * Dated memberships (Popolo): which organisation the actor belonged to, in what role, from when
 * to when — so each statement shows the role its speaker held on that day.
 */
export function MembershipsSection({ actor }: { actor: ActorDetail }) {
  const { attempt } = useApp();
  const organisations =
    useApi<Page<Actor>>((c) => c.listActors({ limit: 1000 }), []).data?.items.filter(
      (a) => a.id !== actor.id && a.kind !== 'person',
    ) ?? [];
  const [draft, setDraft] = useState<MembershipDraft>(EMPTY);
  const add = async () => {
    const result = await attempt((c) =>
      c.addMembership({
        actorId: actor.id,
        organisationId: draft.organisationId,
        role: draft.role || null,
        startDate: draft.startDate || null,
        endDate: draft.endDate || null,
      }),
    );
    if (result) setDraft(EMPTY);
  };
  return (
    <section className="section" aria-labelledby="memberships-title">
      <h3 className="section-title" id="memberships-title">
        Memberships
      </h3>
      {actor.memberships.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Organisation</th>
              <th scope="col">Role</th>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {actor.memberships.map((m) => (
              <tr key={m.id}>
                <td dir="auto">{m.organisationName}</td>
                <td dir="auto">{m.role ?? '—'}</td>
                <td>{m.startDate ?? '—'}</td>
                <td>{m.endDate ?? '—'}</td>
                <td>
                  <button
                    type="button"
                    className="btn btn-ghost btn-danger"
                    onClick={() => void attempt((c) => c.removeMembership({ id: m.id }))}
                    aria-label={`Remove membership of ${m.organisationName}`}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="field-hint">Not a member of any organisation yet.</p>
      )}
      {actor.members.length > 0 ? (
        <p className="field-hint" dir="auto">
          Members:{' '}
          {actor.members.map((m) => `${m.actorName}${m.role ? ` (${m.role})` : ''}`).join(' · ')}
        </p>
      ) : null}
      <div className="field-row">
        <Field label="Organisation">
          {(id) => (
            <select
              id={id}
              className="select"
              value={draft.organisationId}
              onChange={(e) => setDraft({ ...draft, organisationId: e.target.value })}
            >
              <option value="">Choose…</option>
              {organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Role">
          {(id) => (
            <input
              id={id}
              className="input"
              placeholder="e.g. spokesman"
              value={draft.role}
              dir="auto"
              onChange={(e) => setDraft({ ...draft, role: e.target.value })}
            />
          )}
        </Field>
      </div>
      <div className="field-row">
        <Field label="Member from" hint="Leave empty if not known">
          {(id) => (
            <input
              id={id}
              className="input"
              type="date"
              value={draft.startDate}
              onChange={(e) => setDraft({ ...draft, startDate: e.target.value })}
            />
          )}
        </Field>
        <Field label="Member until" hint="Leave empty while still a member">
          {(id) => (
            <input
              id={id}
              className="input"
              type="date"
              value={draft.endDate}
              onChange={(e) => setDraft({ ...draft, endDate: e.target.value })}
            />
          )}
        </Field>
      </div>
      <div className="actions">
        <button
          type="button"
          className="btn"
          disabled={!draft.organisationId}
          onClick={() => void add()}
        >
          Add membership
        </button>
      </div>
    </section>
  );
}
