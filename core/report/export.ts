import { REPORT_FORMATS, type ReportFormatId } from '../api/reports';
import { renderCslJson } from './citations/csl-json';
import { renderClaimReview } from './claimreview';
import { renderCsv } from './csv';
import { renderDocx } from './docx/render';
import { renderHtml } from './html';
import { renderJson } from './json';
import { renderMarkdown } from './markdown';
import type { ReportModel } from './model';
import type { PdfPrinter } from './pdf';

export interface RenderedReport {
  bytes: Uint8Array;
  extension: string;
  mimeType: string;
}

const TEXT_RENDERERS: Record<
  Exclude<ReportFormatId, 'pdf' | 'docx'>,
  (model: ReportModel) => string
> = {
  html: renderHtml,
  md: renderMarkdown,
  csv: renderCsv,
  json: renderJson,
  claimreview: renderClaimReview,
  csl: renderCslJson,
};

/**
 * The report in one format. PDF is printed from the HTML by the host's printer (Electron's
 * printToPDF, or a Chromium on the machine for the browser host and the CLI).
 */
export async function renderReport(
  model: ReportModel,
  format: ReportFormatId,
  printPdf: PdfPrinter,
): Promise<RenderedReport> {
  const { extension, mimeType } = REPORT_FORMATS.find((f) => f.id === format)!;
  let bytes: Uint8Array;
  if (format === 'pdf') bytes = await printPdf(renderHtml(model));
  else if (format === 'docx') bytes = await renderDocx(model);
  else bytes = new TextEncoder().encode(TEXT_RENDERERS[format](model));
  return { bytes, extension, mimeType };
}

/** A file name for the report: its title, made safe on every file system, and the extension. */
export function reportFileName(title: string, extension: string): string {
  const base = title
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters cannot be in file names
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*\u202a-\u202e\u2066-\u2069]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 100)
    .trim();
  return `${base || 'report'}.${extension}`;
}
