import type { Proposition } from '../../../core/api';
import { useApp } from '../app/app-context';
import type { ViewName } from '../app/views';
import { LibraryView } from '../lists/LibraryView';
import { PropositionEditor } from './PropositionEditor';
import { StanceCounts } from './StanceCounts';

export function PropositionsView({
  initialId,
  onGo,
}: {
  initialId?: string;
  onGo: (view: ViewName, id?: string) => void;
}) {
  const { client } = useApp();
  return (
    <LibraryView<Proposition>
      kind="propositions"
      title="Propositions"
      rowHeight={60}
      initialId={initialId}
      fetchPage={(query, offset, limit) =>
        client.listPropositions({ query: query || undefined, offset, limit })
      }
      renderRow={(p) =>
        p ? (
          <>
            <div className="row-primary" dir="auto">
              {p.text}
            </div>
            <StanceCounts counts={p.counts} />
          </>
        ) : (
          <div className="row-placeholder" aria-hidden="true" />
        )
      }
      renderEditor={(props) => <PropositionEditor {...props} onGo={onGo} />}
      emptyTitle="No propositions yet"
      emptyHint="A proposition is a plain sentence statements take a position on, such as “PMF units entered Kirkuk city”."
      placeholder="Filter propositions"
      newLabel="New proposition"
    />
  );
}
