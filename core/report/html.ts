import { escapeHtml, userText } from './html-text';
import { HTML_SECTIONS } from './html-sections';
import { REPORT_STYLE } from './html-style';
import { formatSaidOn } from '../api/said-on';
import { countsLine, type ReportModel } from './model';

export { escapeHtml } from './html-text';

export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** The report as one self-contained HTML page: no scripts, inline style, a strict CSP. */
export function renderHtml(model: ReportModel): string {
  const meta = [
    model.author && `By ${escapeHtml(model.author)}`,
    model.date && escapeHtml(formatSaidOn(model.date, 'day', model.dateStyle)),
    escapeHtml(model.scope),
  ]
    .filter(Boolean)
    .join(' · ');
  const body = model.sections.map((id) => HTML_SECTIONS[id](model)).join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(model.title)}</title>
<style>${REPORT_STYLE}</style>
</head>
<body>
<header>${userText('h1', model.title)}<p class="meta" dir="auto">${meta}</p>
<p class="counts">${escapeHtml(countsLine(model.counts))}</p></header>
${body}
</body>
</html>
`;
}
