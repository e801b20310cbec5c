export * from './model';
export { buildReport } from './build';
export { renderMarkdown, mdEscape } from './markdown';
export { renderHtml, escapeHtml, REPORT_CSP } from './html';
export { renderCsv, csvField, CSV_COLUMNS } from './csv';
export { renderJson } from './json';
export { linkableUrl } from './safe-url';
