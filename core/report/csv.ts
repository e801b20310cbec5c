import { formatDate, type ReportModel } from './model';

export const CSV_COLUMNS = [
  'comparison',
  'speaker',
  'role',
  'date',
  'kind',
  'text',
  'source',
  'outlet',
  'url',
  'stances',
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

/** One row per statement of each comparison, CRLF line ends, a header row first. */
export function renderCsv(model: ReportModel): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const c of model.comparisons) {
    for (const s of c.statements) {
      rows.push([
        c.title,
        s.speaker,
        s.role ?? '',
        formatDate(s.date, s.datePrecision),
        s.kind,
        s.text,
        s.source?.title ?? '',
        s.source?.outlet ?? '',
        s.source?.url ?? '',
        s.stances.map((st) => `${st.stance}: ${st.proposition}`).join('; '),
      ]);
    }
  }
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
