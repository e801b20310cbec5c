import type { ReactNode } from 'react';

/** What an empty list says: what is missing and what to do next. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty" role="status">
      <div className="empty-title">{title}</div>
      {children}
    </div>
  );
}
