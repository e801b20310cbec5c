import { wordDiff } from '../diff';
import type { ReportDiffMarks, ReportStatement } from './model';

/**
 * A report diffs each statement with the one before it (the first with the second), as the
 * comparison view does with neighbouring columns. The parts kept are this statement's own text:
 * words both share and words only it has. Texts that do not align get no marks.
 */
export function diffMarksFor(statements: ReportStatement[], index: number): ReportDiffMarks | null {
  if (statements.length < 2) return null;
  const self = statements[index]!;
  const isFirst = index === 0;
  const other = statements[isFirst ? 1 : index - 1]!;
  const [a, b] = isFirst ? [self, other] : [other, self];
  const result = wordDiff(a.text, b.text, { locale: self.language ?? undefined });
  if (result.status !== 'ok') return null;
  const hidden = isFirst ? 'added' : 'removed';
  return { againstId: other.id, parts: result.parts.filter((p) => p.kind !== hidden) };
}
