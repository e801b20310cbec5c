import type { ReportModel } from './model';
import { roleAndAffiliations } from './statement-facts';

export const CSV_COLUMNS = [
  'statement_id',
  'speaker',
  'role',
  'date',
  'date_precision',
  'date_from',
  'kind',
  'text',
  'source',
  'outlet',
  'url',
  'citation',
  'stances',
  'comparisons',
] as const;

/**
 * One CSV field: a cell a spreadsheet would read as a formula (starting with = + - @, tab or CR)
 * gets a leading ', then fields holding a comma, quote or line break are quoted (RFC 4180).
 */
export function csvField(value: string | null): string {
  let v = value ?? '';
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * One row per statement the report covers (earliest first), CRLF line ends, a header row first.
 * Dates are ISO 8601 with their precision and origin in their own columns, for a spreadsheet to
 * sort; `kind` says whether `text` is a quotation or a paraphrase.
 */
export function renderCsv(model: ReportModel): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const s of model.statements) {
    const inComparisons = model.comparisons
      .filter((c) => c.statements.some((x) => x.id === s.id))
      .map((c) => c.title);
    rows.push([
      s.id,
      s.speaker,
      roleAndAffiliations(s).join('; '),
      s.date ?? '',
      s.date ? (s.datePrecision ?? 'day') : '',
      s.date ? (s.dateFrom ?? '') : '',
      s.kind,
      s.text,
      s.source?.title ?? '',
      s.source?.outlet ?? '',
      s.source?.url ?? '',
      s.source ? (model.citations[s.source.id]?.inText ?? '') : '',
      s.stances.map((st) => `${st.stance}: ${st.proposition}`).join('; '),
      inComparisons.join('; '),
    ]);
  }
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
