import type { ReportOptions, ReportPreview } from '../api/reports';
import type { ServiceClient } from '../service';
import { buildReport } from './build';
import { renderHtml } from './html';

/** The builder's live preview: the report exactly as the HTML export would write it. */
export function previewReport(client: ServiceClient, options: ReportOptions): ReportPreview {
  const model = buildReport(client, options);
  return {
    html: renderHtml(model),
    // the header's counts: what the report prints
    comparisons: model.counts.comparisons ?? 0,
    statements: model.counts.statements,
    sources: model.counts.sources,
    conflicts: model.counts.conflicts ?? 0,
  };
}
