import type { ReportOptions, ReportPreview } from '../api/reports';
import type { ServiceClient } from '../service';
import { buildReport } from './build';
import { renderHtml } from './html';

/** The builder's live preview: the report exactly as the HTML export would write it. */
export function previewReport(client: ServiceClient, options: ReportOptions): ReportPreview {
  const model = buildReport(client, options);
  return {
    html: renderHtml(model),
    comparisons: model.comparisons.length,
    statements: new Set(model.comparisons.flatMap((c) => c.statements.map((s) => s.id))).size,
    sources: model.sources.length,
  };
}
