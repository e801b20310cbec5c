import { useState } from 'react';
import type { Note, NoteTargetType } from '../../../core/api';
import { useApp } from '../app/app-context';
import { formatTimestamp } from '../format/dates';
import { useApi } from '../hooks/use-api';

/** The notes kept on any record, with a box to add one. */
export function NotesSection({ target }: { target: { type: NoteTargetType; id: string } }) {
  const { attempt } = useApp();
  const notes = useApi<Note[]>((c) => c.listNotes({ target }), [target.type, target.id]).data ?? [];
  const [draft, setDraft] = useState('');
  const add = async () => {
    if (draft.trim() === '') return;
    if (await attempt((c) => c.createNote({ target, body: draft }))) setDraft('');
  };
  return (
    <section className="section" aria-labelledby={`notes-${target.id}`}>
      <h3 className="section-title" id={`notes-${target.id}`}>
        Notes
      </h3>
      {notes.map((note) => (
        <div key={note.id} className="note">
          <p dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
            {note.body}
          </p>
          <div className="actions">
            <span className="field-hint">{formatTimestamp(note.updatedAt)}</span>
            <button
              type="button"
              className="btn btn-ghost btn-danger actions-end"
              onClick={() => void attempt((c) => c.deleteNote({ id: note.id }))}
            >
              Delete note
            </button>
          </div>
        </div>
      ))}
      <textarea
        className="textarea"
        aria-label="New note"
        placeholder="Add a note…"
        value={draft}
        dir="auto"
        onChange={(e) => setDraft(e.target.value)}
      />
      <div className="actions">
        <button
          type="button"
          className="btn"
          disabled={draft.trim() === ''}
          onClick={() => void add()}
        >
          Add note
        </button>
      </div>
    </section>
  );
}
