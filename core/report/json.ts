import type { ReportModel } from './model';

/** Recursively sorts object keys so the output does not depend on construction order. */
function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort())
      out[key] = stable((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

/** The report as JSON (keys sorted, two-space indent, trailing newline). */
export function renderJson(model: ReportModel): string {
  return `${JSON.stringify(stable(model), null, 2)}\n`;
}
