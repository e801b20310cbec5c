import type { StanceValue } from '../api';
import type { ReportMatrix, ReportStatement, ReportTimelineEntry } from './model';

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

/** The statements in the order they were made; undated ones last, each group by speaker. */
export function timelineOf(statements: ReportStatement[]): ReportTimelineEntry[] {
  return [...statements]
    .sort(
      (x, y) =>
        (x.date ?? '\uffff').localeCompare(y.date ?? '\uffff') ||
        x.speaker.localeCompare(y.speaker),
    )
    .map((s) => ({
      statementId: s.id,
      date: s.date,
      datePrecision: s.datePrecision,
      speaker: s.speaker,
      text: s.text,
      stances: s.stances,
    }));
}
