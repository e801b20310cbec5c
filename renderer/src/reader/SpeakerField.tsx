import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { Actor } from '../../../core/api';
import { asActor, matchedAlias } from '../actors/actor-source';
import { useRecordSearch, type RecordSource } from '../hooks/use-record-search';

/** How many actors the suggestions list: enough to choose from, few enough to scan. */
const SUGGESTIONS = 8;

const actors: RecordSource<Actor> = {
  search: (client, query) => client.listActors({ query: query || undefined, limit: SUGGESTIONS }),
  get: (client, id) => client.getActor({ id }).then(asActor),
};

/** The other name a suggestion was found by, when its own name does not hold what was typed. */
function foundBy(actor: Actor, typed: string): string | undefined {
  const alias = matchedAlias(actor, typed);
  return alias ? `also called ${alias}` : undefined;
}

/**
 * A speaker's name, typed freely (a new name adds an actor on accepting) with the existing
 * actors whose name or other names match offered below it (WAI-ARIA combobox): arrows move
 * through them, Enter or a click takes one's name. Enter with no suggestion chosen, and Escape
 * with the list closed, are left to the form around it.
 */
export function SpeakerField({
  id,
  value,
  autoFocus,
  onChange,
}: {
  id: string;
  value: string;
  autoFocus?: boolean;
  onChange: (name: string) => void;
}) {
  const listId = `${useId()}-speakers`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const typed = value.trim();
  const { found } = useRecordSearch(actors, typed, open);
  // Only suggestions that answer what is typed now, and not the name already there.
  const items =
    found && found.query === typed
      ? found.items.filter((a) => a.name.toLocaleLowerCase() !== typed.toLocaleLowerCase())
      : [];
  const shown = open && items.length > 0;

  useEffect(() => setActive(-1), [found]);

  const take = (actor: Actor) => {
    onChange(actor.name);
    setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (items.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) =>
        i < 0 && step < 0 ? items.length - 1 : (i + step + items.length) % items.length,
      );
    } else if (e.key === 'Enter' && shown && active >= 0) {
      e.preventDefault();
      e.stopPropagation();
      take(items[active]!);
    } else if (e.key === 'Escape' && shown) {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <div className="picker speaker-field">
      <input
        id={id}
        className="input"
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown && active >= 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        autoFocus={autoFocus}
        dir="auto"
        placeholder="Who said it?"
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      {/* Pressing in the list leaves the focus in the field, so the click can take a name. */}
      <div className="picker-popup" hidden={!shown} onMouseDown={(e) => e.preventDefault()}>
        <ul id={listId} role="listbox" aria-label="Known speakers" className="picker-list">
          {shown
            ? items.map((actor, index) => {
                const detail = foundBy(actor, typed);
                return (
                  <li
                    key={actor.id}
                    id={`${listId}-${index}`}
                    role="option"
                    aria-selected={index === active}
                    className="picker-option"
                    onMouseMove={() => index !== active && setActive(index)}
                    onClick={() => take(actor)}
                  >
                    <span className="picker-check" aria-hidden="true" />
                    <span className="picker-text">
                      <span className="picker-name" dir="auto">
                        {actor.name}
                      </span>
                      {detail ? (
                        <span className="picker-detail" dir="auto">
                          {detail}
                        </span>
                      ) : null}
                    </span>
                  </li>
                );
              })
            : null}
        </ul>
      </div>
    </div>
  );
}
