import { EmptyState } from './EmptyState';

/** Shown where a record was open but no longer exists. */
export function GoneRecord({ noun }: { noun: string }) {
  return (
    <EmptyState title={`This ${noun} is no longer here`}>
      <p>It was deleted, or the change that created it was undone.</p>
    </EmptyState>
  );
}
