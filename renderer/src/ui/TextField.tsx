import { Field } from './Field';

interface Common {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  placeholder?: string;
  required?: boolean;
}

/** A labelled one-line input. User text decides its own direction (Arabic, Persian, Kurdish). */
/** `list` names a <datalist> of suggestions (actor names, say). */
export function TextField({
  type = 'text',
  list,
  ...p
}: Common & { type?: 'text' | 'date' | 'url'; list?: string }) {
  return (
    <Field label={p.label} hint={p.hint}>
      {(id) => (
        <input
          id={id}
          className="input"
          type={type}
          list={list}
          value={p.value}
          placeholder={p.placeholder}
          required={p.required}
          dir={type === 'text' ? 'auto' : undefined}
          onChange={(e) => p.onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/** A labelled multi-line input; `reading` sets it in the serif used for quoted words. */
export function TextAreaField({
  rows = 3,
  reading = false,
  ...p
}: Common & { rows?: number; reading?: boolean }) {
  return (
    <Field label={p.label} hint={p.hint}>
      {(id) => (
        <textarea
          id={id}
          className={reading ? 'textarea textarea-text' : 'textarea'}
          rows={rows}
          value={p.value}
          placeholder={p.placeholder}
          required={p.required}
          dir="auto"
          onChange={(e) => p.onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
