import type { SourceDetail, SourceKind } from '../../../core/api';
import { useRecordEditor } from '../hooks/use-record-editor';
import type { EditorProps } from '../lists/LibraryView';
import { EditorActions } from '../ui/EditorActions';
import { GoneRecord } from '../ui/GoneRecord';
import { Field } from '../ui/Field';
import { TextField } from '../ui/TextField';
import { NotesSection } from '../ui/NotesSection';

interface SourceDraft {
  title: string;
  kind: SourceKind;
  outlet: string;
  author: string;
  url: string;
  publishedOn: string;
  language: string;
  body: string;
}

const EMPTY: SourceDraft = {
  title: '',
  kind: 'article',
  outlet: '',
  author: '',
  url: '',
  publishedOn: '',
  language: '',
  body: '',
};

const toDraft = (s: SourceDetail): SourceDraft => ({
  title: s.title,
  kind: s.kind,
  outlet: s.outlet ?? '',
  author: s.author ?? '',
  url: s.url ?? '',
  publishedOn: s.publishedOn ?? '',
  language: s.language ?? '',
  body: s.body,
});

const KINDS: Array<[SourceKind, string]> = [
  ['article', 'Article'],
  ['transcript', 'Transcript'],
  ['video', 'Video'],
  ['press_release', 'Press release'],
  ['social_post', 'Social media post'],
  ['document', 'Document'],
  ['other', 'Other'],
];

export function SourceEditor({
  id,
  onSaved,
  onDeleted,
  onRead,
}: EditorProps & { onRead: (id: string) => void }) {
  const editor = useRecordEditor({
    id,
    noun: 'source',
    load: (c, sourceId) => c.getSource({ id: sourceId }),
    toDraft,
    empty: EMPTY,
    problem: (d) => (d.title.trim() ? null : 'A source needs a title.'),
    save: (c, d, sourceId) => {
      const orNull = (v: string) => (v.trim() ? v.trim() : null);
      const fields = {
        title: d.title,
        kind: d.kind,
        outlet: orNull(d.outlet),
        author: orNull(d.author),
        url: orNull(d.url),
        publishedOn: orNull(d.publishedOn),
        language: orNull(d.language),
        body: d.body,
      };
      return sourceId ? c.updateSource({ id: sourceId, ...fields }) : c.createSource(fields);
    },
    remove: (c, sourceId) => c.deleteSource({ id: sourceId }),
    onSaved,
    onDeleted,
  });
  if (editor.gone) return <GoneRecord noun="source" />;
  if (editor.loading) return null;
  const { record: source, draft, set, dirty, revert, save, remove } = editor;

  return (
    <form
      className="detail"
      aria-label={id ? 'Edit source' : 'New source'}
      onSubmit={(e) => (e.preventDefault(), void save())}
    >
      <div>
        <div className="detail-kicker">{id ? 'Source' : 'New source'}</div>
        <h2 className="detail-title" dir="auto">
          {draft.title || 'Untitled source'}
        </h2>
        {source ? (
          <div className="actions" style={{ margin: '8px 0' }}>
            <button type="button" className="btn btn-primary" onClick={() => onRead(source.id)}>
              Read and review
            </button>
          </div>
        ) : null}
        {source ? (
          <div className="field-hint">
            {source.statementCount} statement{source.statementCount === 1 ? '' : 's'} ·{' '}
            {source.versionCount} earlier version
            {source.versionCount === 1 ? '' : 's'} · SHA-256 {source.bodySha256.slice(0, 12)}…
          </div>
        ) : null}
      </div>
      <TextField label="Title" value={draft.title} onChange={(title) => set({ title })} required />
      <div className="field-row">
        <Field label="Kind">
          {(fid) => (
            <select
              id={fid}
              className="select"
              value={draft.kind}
              onChange={(e) => set({ kind: e.target.value as SourceKind })}
            >
              {KINDS.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          label="Published"
          value={draft.publishedOn}
          onChange={(publishedOn) => set({ publishedOn })}
          type="date"
        />
      </div>
      <div className="field-row">
        <TextField label="Outlet" value={draft.outlet} onChange={(outlet) => set({ outlet })} />
        <TextField label="Author" value={draft.author} onChange={(author) => set({ author })} />
      </div>
      <div className="field-row">
        <TextField
          label="Address (URL)"
          value={draft.url}
          onChange={(url) => set({ url })}
          placeholder="https://…"
          type="url"
        />
        <TextField
          label="Language"
          value={draft.language}
          onChange={(language) => set({ language })}
          placeholder="en, ar, fa…"
        />
      </div>
      <Field
        label="Text"
        hint={
          !id
            ? 'Paste the source’s text.'
            : source?.body === ''
              ? 'No text is kept for this source yet: paste it here to read and anchor its statements.'
              : 'Changing the text keeps the earlier text as a version.'
        }
      >
        {(fid) => (
          <textarea
            id={fid}
            className="textarea textarea-text"
            rows={12}
            value={draft.body}
            dir="auto"
            onChange={(e) => set({ body: e.target.value })}
          />
        )}
      </Field>
      <EditorActions
        isNew={!id}
        dirty={dirty}
        saveLabel="Add source"
        onRevert={revert}
        onDelete={() => void remove()}
      />
      {source ? <NotesSection target={{ type: 'source', id: source.id }} /> : null}
    </form>
  );
}
