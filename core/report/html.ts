import { formatDate, type ReportModel, type ReportSource, type ReportStatement } from './model';
import { linkableUrl } from './safe-url';

export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** The one escape for every piece of user text put into the page (content or attribute). */
export function escapeHtml(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** User text in an element of its own, direction left to the browser (Arabic, Persian…). */
function userText(tag: string, text: string | null, cls?: string, lang?: string | null): string {
  const attrs = [
    cls ? ` class="${cls}"` : '',
    ' dir="auto"',
    lang ? ` lang="${escapeHtml(lang)}"` : '',
  ];
  return `<${tag}${attrs.join('')}>${escapeHtml(text)}</${tag}>`;
}

/** A link when the URL is http(s); anything else (javascript:, data:…) as plain text. */
function link(url: string | null, label: string | null): string {
  const safe = linkableUrl(url);
  if (!safe) return userText('span', label ?? url);
  return `<a href="${escapeHtml(safe)}" rel="noopener noreferrer" dir="auto">${escapeHtml(label ?? safe)}</a>`;
}

function sourceHtml(s: ReportSource): string {
  const parts = [linkableUrl(s.url) ? link(s.url, s.title) : userText('span', s.title, 'title')];
  if (s.outlet) parts.push(userText('span', s.outlet, 'outlet'));
  if (s.publishedOn) parts.push(`<span>${escapeHtml(s.publishedOn)}</span>`);
  if (s.url && !linkableUrl(s.url)) parts.push(userText('span', s.url, 'url'));
  return parts.join(', ');
}

function statementCell(s: ReportStatement): string {
  const who = userText('strong', s.speaker, 'speaker');
  const role = s.role ? ` ${userText('span', s.role, 'role')}` : '';
  const aff =
    s.affiliations.length > 0
      ? `<div class="aff">${s.affiliations.map((a) => userText('span', a)).join('; ')}</div>`
      : '';
  const stances =
    s.stances.length > 0
      ? `<ul class="stances">${s.stances
          .map(
            (st) =>
              `<li><span class="stance ${st.stance}">${st.stance}</span> ${userText('span', st.proposition)}</li>`,
          )
          .join('')}</ul>`
      : '';
  return `<td>
<div class="who">${who}${role}</div>${aff}
<div class="meta">${escapeHtml(formatDate(s.date, s.datePrecision))} · ${s.kind}</div>
${userText('blockquote', s.text, 'text', s.language)}
${s.translation ? userText('p', s.translation, 'translation') : ''}${stances}
${s.source ? `<div class="src">${sourceHtml(s.source)}</div>` : ''}
</td>`;
}

const STYLE = `
body{font:15px/1.5 Georgia,serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#111}
h1,h2,h3{font-family:system-ui,sans-serif}
table.side{width:100%;border-collapse:collapse;table-layout:fixed;margin:1rem 0}
table.side td{vertical-align:top;border:1px solid #bbb;padding:.6rem;overflow-wrap:anywhere}
blockquote{margin:.5rem 0;padding-left:.7rem;border-inline-start:3px solid #888;white-space:pre-wrap}
.meta,.aff,.src,.role{color:#555;font-size:.9em}
.stance{font-family:system-ui,sans-serif;font-size:.8em;padding:0 .3em;border:1px solid #999}
.stance.affirms{background:#e6f4e6}.stance.denies{background:#fbe7e7}.stance.qualifies{background:#f4f1e0}
.assessment{white-space:pre-wrap}
ul.stances{padding-inline-start:1.2rem;margin:.3rem 0}
@media print{body{margin:0;max-width:none;font-size:11pt}section.comparison{break-inside:avoid-page}
table.side td{border-color:#000}a{color:inherit;text-decoration:none}
a[href]::after{content:" (" attr(href) ")";font-size:.8em}}
`;

/** The report as one self-contained HTML page: no scripts, inline style, a strict CSP. */
export function renderHtml(model: ReportModel): string {
  const meta = [
    model.author && `By ${escapeHtml(model.author)}`,
    model.date && escapeHtml(model.date),
  ]
    .filter(Boolean)
    .join(' · ');
  const comparisons = model.comparisons
    .map(
      (c) => `<section class="comparison">
${userText('h2', c.title)}
<table class="side"><tbody><tr>
${c.statements.map(statementCell).join('\n')}
</tr></tbody></table>
<h3>Assessment</h3>
${userText('p', c.assessment, 'assessment')}
</section>`,
    )
    .join('\n');
  const conflicts =
    model.conflicts.items.length === 0
      ? ''
      : `<section class="conflicts"><h2>Conflicts</h2><ul>
${model.conflicts.items
  .map(
    (c) =>
      `<li>${userText('span', c.proposition)}: ${userText('span', c.a.speaker)} (${c.a.stance}) vs. ${userText('span', c.b.speaker)} (${c.b.stance})${c.flip ? ' — flip' : ''}</li>`,
  )
  .join('\n')}
</ul>${model.conflicts.total > model.conflicts.items.length ? `<p>… ${model.conflicts.total - model.conflicts.items.length} more</p>` : ''}</section>`;
  const sources = `<section class="sources"><h2>Sources</h2>${
    model.sources.length === 0
      ? '<p>None.</p>'
      : `<ol>\n${model.sources.map((s) => `<li>${sourceHtml(s)}</li>`).join('\n')}\n</ol>`
  }</section>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(model.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>${userText('h1', model.title)}${meta ? `<p class="meta" dir="auto">${meta}</p>` : ''}</header>
${comparisons}
${conflicts}
${sources}
</body>
</html>
`;
}
