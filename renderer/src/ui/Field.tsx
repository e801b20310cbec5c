import { useId, type ReactNode } from 'react';

/** A labelled form control; `children` receives the id to put on the control. */
export function Field({
  label,
  hint,
  children,
}: {
  label: string;
  hint?: string;
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {children(id)}
      {hint ? <span className="field-hint">{hint}</span> : null}
    </div>
  );
}
