import type { PropositionDetail } from '../../../core/api';
import { useApp } from '../app/app-context';
import type { ViewName } from '../app/views';

/**
 * Opens the first affirming and the first denying statement on a proposition side by side
 * (affirming left), saved as a comparison the analyst can annotate.
 */
export function CompareOpposed({
  proposition,
  onGo,
}: {
  proposition: PropositionDetail;
  onGo: (view: ViewName, id?: string) => void;
}) {
  const { attempt } = useApp();
  const affirming = proposition.stances.find((s) => s.stance === 'affirms');
  const denying = proposition.stances.find((s) => s.stance === 'denies');
  if (!affirming || !denying) return null;
  const compare = async () => {
    const comparison = await attempt((c) =>
      // Affirming left, denying right, as on the conflict board; the service names it.
      c.createComparison({
        statementIds: [affirming.statementId, denying.statementId],
        propositionId: proposition.id,
      }),
    );
    if (comparison) onGo('comparison', comparison.id);
  };
  return (
    <button type="button" className="btn" onClick={() => void compare()}>
      Compare a denial and an affirmation side by side
    </button>
  );
}
