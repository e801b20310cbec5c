import type { ReactNode, Ref } from 'react';
import { Icon } from '../ui/icons';

/** A list's title, its count line, its search box and its "New …" button. */
export function PaneHeader({
  id,
  title,
  subtitle,
  query,
  onQuery,
  searchLabel,
  placeholder,
  newLabel,
  onNew,
  searchRef,
  extraAction,
}: {
  id: string;
  title: string;
  subtitle: string;
  query: string;
  onQuery: (query: string) => void;
  searchLabel: string;
  placeholder: string;
  newLabel: string;
  onNew: () => void;
  searchRef?: Ref<HTMLInputElement>;
  extraAction?: ReactNode;
}) {
  return (
    <div className="pane-header">
      <div>
        <h1 className="pane-title" id={id}>
          {title}
        </h1>
        <div className="pane-subtitle" aria-live="polite">
          {subtitle}
        </div>
      </div>
      <div className="actions actions-end">
        <div className="search">
          <Icon name="search" />
          <input
            ref={searchRef}
            className="input"
            type="search"
            placeholder={placeholder}
            aria-label={searchLabel}
            value={query}
            dir="auto"
            onChange={(e) => onQuery(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && onQuery('')}
          />
        </div>
        {extraAction}
        <button type="button" className="btn btn-primary" onClick={onNew}>
          <Icon name="plus" /> {newLabel}
        </button>
      </div>
    </div>
  );
}
