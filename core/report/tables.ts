import type { StanceValue } from '../api';
import type { ReportMatrix, ReportStatement } from './model';

/** Speakers × propositions over the given statements, both in order of first appearance. */
export function matrixOf(statements: ReportStatement[]): ReportMatrix {
  const propositions: string[] = [];
  const rows = new Map<string, Map<string, StanceValue[]>>();
  for (const s of statements) {
    const row = rows.get(s.speaker) ?? new Map<string, StanceValue[]>();
    rows.set(s.speaker, row);
    for (const { proposition, stance } of s.stances) {
      if (!propositions.includes(proposition)) propositions.push(proposition);
      const cell = row.get(proposition) ?? [];
      if (!cell.includes(stance)) cell.push(stance);
      row.set(proposition, cell);
    }
  }
  return {
    propositions,
    rows: [...rows]
      .filter(([, row]) => row.size > 0)
      .map(([speaker, row]) => ({ speaker, cells: propositions.map((p) => row.get(p) ?? []) })),
  };
}
