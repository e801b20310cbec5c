import type { StanceCounts as Counts } from '../../../core/api';

/** "2 affirm · 2 deny · 0 qualify", each with its symbol. */
export function StanceCounts({ counts }: { counts: Counts }) {
  return (
    <span className="counts row-secondary">
      <span className="stance stance-affirms">✓ {counts.affirms} affirm</span>
      <span className="stance stance-denies">✗ {counts.denies} deny</span>
      <span className="stance stance-qualifies">~ {counts.qualifies} qualify</span>
    </span>
  );
}
