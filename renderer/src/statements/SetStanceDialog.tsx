import { useState } from 'react';
import type { Proposition, StanceValue } from '../../../core/api';
import { useApp } from '../app/app-context';
import type { RecordSource } from '../hooks/use-record-search';
import { Dialog } from '../ui/Dialog';
import { RecordPicker } from '../ui/RecordPicker';
import '../styles/tidy.css';
import { STANCES } from './StanceBadge';

const propositions: RecordSource<Proposition> = {
  search: (client, query) => client.listPropositions({ query: query || undefined, limit: 20 }),
  get: (client, id) => client.getProposition({ id }),
};

/**
 * Gives every marked statement the same stance on one proposition, as one change (one Undo),
 * replacing the stance any of them had on it.
 */
export function SetStanceDialog({
  statementIds,
  onDone,
  onClose,
}: {
  statementIds: string[];
  onDone: () => void;
  onClose: () => void;
}) {
  const { attempt, notify } = useApp();
  const [propositionId, setPropositionId] = useState<string | undefined>();
  const [stance, setStance] = useState<StanceValue>('affirms');
  const n = statementIds.length;
  const apply = async () => {
    if (!propositionId) return;
    const done = await attempt((c) => c.setStances({ statementIds, propositionId, stance }));
    if (!done) return;
    notify('info', `${done.set} statement${done.set === 1 ? '' : 's'} now ${stance} it.`);
    onDone();
  };
  return (
    <Dialog
      title={`Set the stance of ${n} statement${n === 1 ? '' : 's'}`}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={!propositionId}
            onClick={() => void apply()}
          >
            Set stance
          </button>
        </>
      }
    >
      <RecordPicker
        label="Proposition"
        none="Choose a proposition…"
        noun="propositions"
        value={propositionId}
        source={propositions}
        text={(p) => p.text}
        onChange={setPropositionId}
      />
      <fieldset className="stance-choice">
        <legend>Each of them</legend>
        {STANCES.map((s) => (
          <label key={s.value}>
            <input
              type="radio"
              name="bulk-stance"
              value={s.value}
              checked={stance === s.value}
              onChange={() => setStance(s.value)}
            />{' '}
            {s.label}
          </label>
        ))}
      </fieldset>
      <p className="field-hint">A stance any of them already had on it is replaced.</p>
    </Dialog>
  );
}
