import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { DatePrecision, Input, ReviewCandidate, StatementKind } from '../../../core/api';
import { Field } from '../ui/Field';
import { TextField } from '../ui/TextField';
import { KindField, PrecisionField } from '../statements/statement-fields';
import { SpeakerField } from './SpeakerField';
import { narrowEnd, narrowStart, widenEnd, widenStart, type TextSpan } from './span-steps';

/** What the researcher changed, as acceptCandidate takes it. */
export type CandidateEdits = Omit<Input<'acceptCandidate'>, 'id'>;

interface Draft {
  speaker: string;
  role: string;
  kind: StatementKind;
  saidOn: string;
  saidOnPrecision: DatePrecision;
  span: TextSpan;
}

function draftOf(c: ReviewCandidate): Draft {
  return {
    speaker: c.speaker ?? '',
    role: c.role ?? '',
    kind: c.kind,
    saidOn: c.saidOn ?? '',
    saidOnPrecision: c.saidOnPrecision ?? 'day',
    span: { start: c.start, end: c.end },
  };
}

/**
 * Only the fields the researcher changed, so what the extractor read stays marked as its
 * reading (a date it found is not taken for one the researcher typed).
 */
function editsOf(c: ReviewCandidate, d: Draft): CandidateEdits {
  const edits: CandidateEdits = { speaker: d.speaker.trim() };
  if (d.role.trim() !== (c.role ?? '')) edits.role = d.role.trim() || null;
  if (d.kind !== c.kind) edits.kind = d.kind;
  if (d.saidOn !== (c.saidOn ?? '') || (d.saidOn && d.saidOnPrecision !== c.saidOnPrecision)) {
    edits.saidOn = d.saidOn || null;
    edits.saidOnPrecision = d.saidOn ? d.saidOnPrecision : null;
  }
  if (d.span.start !== c.start || d.span.end !== c.end) {
    edits.start = d.span.start;
    edits.end = d.span.end;
  }
  return edits;
}

/** How much of the text either side of the span is shown, faded, for orientation. */
const CONTEXT = 40;

/**
 * Every field of a proposal, corrected before it is accepted: speaker (suggested from the
 * actors and their other names), role, kind, date and its precision, and the words it covers,
 * widened or narrowed a word at a time at either end or taken from a selection in the text.
 * Enter accepts, Escape gives up the edit.
 */
export function CandidateEditor({
  candidate,
  body,
  readerSelection,
  onSpanChange,
  onAccept,
  onCancel,
}: {
  candidate: ReviewCandidate;
  body: string;
  /** The words selected in the reader, if any. */
  readerSelection: TextSpan | null;
  /** Told as the span moves, so the text can show it. */
  onSpanChange: (span: TextSpan) => void;
  onAccept: (edits: CandidateEdits) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState(() => draftOf(candidate));
  const form = useRef<HTMLFormElement>(null);
  // The whole editor in view, down to its Accept button, however far down the queue it opened.
  useEffect(() => {
    form.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const moveSpan = (span: TextSpan) => {
    set({ span });
    onSpanChange(span);
  };
  const { span } = draft;
  const before = body.slice(Math.max(0, span.start - CONTEXT), span.start);
  const after = body.slice(span.end, span.end + CONTEXT);
  const step = (label: string, title: string, to: TextSpan) => (
    <button
      type="button"
      className="btn btn-sm"
      aria-label={title}
      title={title}
      disabled={to.start === span.start && to.end === span.end}
      onClick={() => moveSpan(to)}
    >
      {label}
    </button>
  );
  const onKeyDown = (e: KeyboardEvent) => {
    e.stopPropagation(); // the queue's one-key decisions wait while editing
    if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
    }
  };

  return (
    <form
      ref={form}
      className="candidate-editor"
      aria-label="Edit the proposal"
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        onAccept(editsOf(candidate, draft));
      }}
    >
      <div className="field">
        <span className="field-label">Words</span>
        <p className="candidate-words" dir="auto">
          <span className="candidate-context">
            {span.start > CONTEXT ? '…' : ''}
            {before}
          </span>
          <mark className="candidate-span" data-testid="candidate-span">
            {body.slice(span.start, span.end)}
          </mark>
          <span className="candidate-context">
            {after}
            {span.end + CONTEXT < body.length ? '…' : ''}
          </span>
        </p>
        <div className="candidate-steps">
          <div role="group" aria-label="Start of the words" className="candidate-step-group">
            <span className="field-hint">Start</span>
            {step('+ word', 'Widen at the start by a word', widenStart(body, span))}
            {step('− word', 'Narrow at the start by a word', narrowStart(body, span))}
          </div>
          <div role="group" aria-label="End of the words" className="candidate-step-group">
            <span className="field-hint">End</span>
            {step('− word', 'Narrow at the end by a word', narrowEnd(body, span))}
            {step('+ word', 'Widen at the end by a word', widenEnd(body, span))}
          </div>
        </div>
        <button
          type="button"
          className="btn btn-sm candidate-use-selection"
          disabled={!readerSelection}
          title={readerSelection ? undefined : 'Select words in the text first'}
          // Pressing the button must not clear the selection it is about to take.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => readerSelection && moveSpan(readerSelection)}
        >
          Use the words selected in the text
        </button>
      </div>
      <Field label="Speaker" hint="A known actor (type any of their names), or a new name.">
        {(id) => (
          <SpeakerField
            id={id}
            value={draft.speaker}
            autoFocus
            onChange={(speaker) => set({ speaker })}
          />
        )}
      </Field>
      <TextField label="Role at the time" value={draft.role} onChange={(role) => set({ role })} />
      <KindField value={draft.kind} onChange={(kind) => set({ kind })} />
      <div className="field-row">
        <TextField
          label="Date said"
          type="date"
          value={draft.saidOn}
          onChange={(saidOn) => set({ saidOn })}
        />
        <PrecisionField
          value={draft.saidOnPrecision}
          disabled={!draft.saidOn}
          onChange={(saidOnPrecision) => set({ saidOnPrecision })}
        />
      </div>
      <div className="actions">
        <button type="submit" className="btn btn-primary">
          Accept
        </button>
        <button type="button" className="btn btn-ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
