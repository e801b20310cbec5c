import type { Actor } from '../../../core/api';
import { useApp } from '../app/app-context';
import type { ViewName } from '../app/views';
import { LibraryView } from '../lists/LibraryView';
import { ActorEditor } from './ActorEditor';
import { ACTOR_KIND_LABEL } from './actor-kinds';

export function ActorsView({
  initialId,
}: {
  initialId?: string;
  onGo: (view: ViewName, id?: string) => void;
}) {
  const { client } = useApp();
  return (
    <LibraryView<Actor>
      kind="actors"
      title="Actors"
      rowHeight={60}
      initialId={initialId}
      fetchPage={(query, offset, limit) =>
        client.listActors({ query: query || undefined, offset, limit })
      }
      renderRow={(a) =>
        a ? (
          <>
            <div className="row-line">
              <span className="row-primary" dir="auto">
                {a.name}
              </span>
              <span className="badge">{ACTOR_KIND_LABEL[a.kind]}</span>
              <span className="row-meta">
                {a.statementCount} statement{a.statementCount === 1 ? '' : 's'}
              </span>
            </div>
            <div className="row-secondary" dir="auto">
              {a.aliases.length ? `Also: ${a.aliases.join(' · ')}` : 'No other names'}
            </div>
          </>
        ) : (
          <div className="row-placeholder" aria-hidden="true" />
        )
      }
      renderEditor={(props) => <ActorEditor {...props} />}
      emptyTitle="No actors yet"
      emptyHint="People, organisations, governments and outlets appear here as you record who said what."
      placeholder="Filter by name or alias"
      newLabel="New actor"
    />
  );
}
