import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useApp } from '../app/app-context';
import { useChosenRecord, useRecordSearch, type RecordSource } from '../hooks/use-record-search';
import { Icon } from './icons';

/** A row of the list: "any" (no choice) or a record. */
type Entry<T> = { none: true } | { none: false; record: T };

/**
 * A searchable choice of one record among any number (WAI-ARIA combobox with a listbox popup):
 * typing asks the API for the first matches, the arrow keys move through them, Enter or a click
 * chooses, Escape closes. When not editing it shows the chosen record's name, or `none`.
 */
export function RecordPicker<T extends { id: string }>({
  label,
  none,
  noun,
  value,
  source,
  text,
  detail,
  onChange,
}: {
  /** The accessible name, e.g. "Speaker". */
  label: string;
  /** What no choice means, e.g. "Any speaker". */
  none: string;
  /** Plural, for "No speakers match …", e.g. "speakers". */
  noun: string;
  value: string | undefined;
  source: RecordSource<T>;
  text: (record: T) => string;
  /** A second line for a match, e.g. the alias that matched. */
  detail?: (record: T, query: string) => string | undefined;
  onChange: (id: string | undefined) => void;
}) {
  const { revision } = useApp();
  const baseId = useId();
  const listId = `${baseId}-list`;
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const [open, setOpen] = useState(false);
  /** What is typed; null when not editing (the chosen record's name shows instead). */
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(-1);
  const [known, setKnown] = useState<{ record: T; revision: number }>();

  const typed = (query ?? '').trim();
  const { found, loading } = useRecordSearch(source, typed, open);
  const { record: chosen, missing } = useChosenRecord(source, value, known);
  const current = found && found.query === typed ? found : undefined;
  const entries: Entry<T>[] = [
    ...(typed === '' ? [{ none: true } as const] : []),
    ...(found?.items ?? []).map((record) => ({ none: false, record }) as const),
  ];

  // A new answer puts the first match under the cursor, so Enter takes it; the empty query's
  // list starts at the current choice.
  useEffect(() => {
    if (!current) return;
    if (typed !== '') setActive(current.items.length > 0 ? 0 : -1);
    else setActive(value ? current.items.findIndex((r) => r.id === value) + 1 : 0);
  }, [current]);

  useEffect(() => {
    if (active < 0) return;
    list.current?.children[active]?.scrollIntoView({ block: 'nearest' });
  }, [active, open]);

  // After a choice or Escape the name shows again, selected, so typing starts a new search.
  const reselect = useRef(false);
  useEffect(() => {
    if (!reselect.current) return;
    reselect.current = false;
    if (document.activeElement === input.current) input.current?.select();
  });

  const close = () => {
    setOpen(false);
    setQuery(null);
    setActive(-1);
    reselect.current = true;
  };
  const choose = (entry: Entry<T>) => {
    if (entry.none) onChange(undefined);
    else {
      setKnown({ record: entry.record, revision });
      if (entry.record.id !== value) onChange(entry.record.id);
    }
    close();
  };
  const clear = () => {
    onChange(undefined);
    close();
    input.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing) return; // Enter confirms an input method's word, not a choice
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) {
        setOpen(true);
        return;
      }
      if (entries.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) =>
        i < 0 && step < 0 ? entries.length - 1 : (i + step + entries.length) % entries.length,
      );
    } else if (e.key === 'Enter') {
      if (!open) return;
      e.preventDefault();
      // Only from the list that answers what is typed now: never a stale one.
      const entry = entries[active];
      if (entry && (entry.none || current)) choose(entry);
    } else if (e.key === 'Escape') {
      if (!open && query === null) return;
      e.preventDefault();
      e.stopPropagation();
      close();
    }
  };

  const shown =
    query ?? (chosen ? text(chosen) : missing ? `(${label.toLowerCase()} deleted)` : '');
  const activeId =
    open && active >= 0 && active < entries.length ? `${baseId}-${active}` : undefined;
  const more = current && current.total > current.items.length;

  return (
    <div className="picker">
      <input
        ref={input}
        className="input picker-input"
        type="text"
        role="combobox"
        aria-label={label}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeId}
        autoComplete="off"
        spellCheck={false}
        dir="auto"
        placeholder={value ? '' : none}
        value={shown}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onClick={() => {
          if (!open) {
            setOpen(true);
            input.current?.select();
          }
        }}
        onKeyDown={onKeyDown}
        onBlur={close}
      />
      {value && query === null ? (
        <button
          type="button"
          className="picker-clear"
          aria-label={`Clear ${label.toLowerCase()}`}
          title={`Clear: ${none.toLowerCase()}`}
          onClick={clear}
        >
          <Icon name="close" size={12} />
        </button>
      ) : (
        <span className="picker-chevron" aria-hidden="true" />
      )}
      {/* Pressing in the popup leaves the focus in the input, so the click can choose. */}
      <div className="picker-popup" hidden={!open} onMouseDown={(e) => e.preventDefault()}>
        <ul
          ref={list}
          id={listId}
          role="listbox"
          aria-label={label}
          className="picker-list"
          hidden={!open || entries.length === 0}
        >
          {open
            ? entries.map((entry, index) => {
                const name = entry.none ? none : text(entry.record);
                const second = entry.none ? undefined : detail?.(entry.record, typed);
                const isChosen = entry.none ? !value : entry.record.id === value;
                return (
                  <li
                    key={entry.none ? '' : entry.record.id}
                    id={`${baseId}-${index}`}
                    role="option"
                    aria-selected={index === active}
                    className="picker-option"
                    data-chosen={isChosen || undefined}
                    data-none={entry.none || undefined}
                    onMouseMove={() => index !== active && setActive(index)}
                    onClick={() => choose(entry)}
                  >
                    <span className="picker-check" aria-hidden="true" />
                    <span className="picker-text">
                      <span className="picker-name" dir="auto">
                        {name}
                      </span>
                      {second ? (
                        <span className="picker-detail" dir="auto">
                          {second}
                        </span>
                      ) : null}
                    </span>
                  </li>
                );
              })
            : null}
        </ul>
        {open && typed !== '' && current && current.items.length === 0 ? (
          <p className="picker-note" role="status">
            No {noun} match “<bdi>{typed}</bdi>”.
          </p>
        ) : open && !found && loading ? (
          <p className="picker-note">Searching…</p>
        ) : more ? (
          <p className="picker-note">
            First {current.items.length} of {current.total.toLocaleString()}: type to narrow.
          </p>
        ) : null}
      </div>
    </div>
  );
}
