import type { ReportSectionId } from '../api/reports';
import { excerpt } from './excerpt';
import { diffMarked, escapeHtml, link, userText } from './html-text';
import { formatDate, type ReportModel, type ReportSource, type ReportStatement } from './model';
import { linkableUrl } from './safe-url';

type SectionRenderer = (model: ReportModel) => string;

function stanceBadge(stance: string): string {
  return `<span class="stance ${escapeHtml(stance)}">${escapeHtml(stance)}</span>`;
}

/** The source line under a statement: title (linked when http(s)), outlet, date. */
export function sourceHtml(s: ReportSource): string {
  const parts = [linkableUrl(s.url) ? link(s.url, s.title) : userText('span', s.title, 'title')];
  if (s.outlet) parts.push(userText('span', s.outlet, 'outlet'));
  if (s.publishedOn) parts.push(`<span>${escapeHtml(s.publishedOn)}</span>`);
  if (s.url && !linkableUrl(s.url)) parts.push(userText('span', s.url, 'url'));
  return parts.join(', ');
}

function statementCell(s: ReportStatement, model: ReportModel): string {
  const who = userText('strong', s.speaker, 'speaker');
  const role = s.role ? ` ${userText('span', s.role, 'role')}` : '';
  const aff =
    s.affiliations.length > 0
      ? `<div class="aff">${s.affiliations.map((a) => userText('span', a)).join('; ')}</div>`
      : '';
  const stances =
    s.stances.length > 0
      ? `<ul class="stances">${s.stances
          .map((st) => `<li>${stanceBadge(st.stance)} ${userText('span', st.proposition)}</li>`)
          .join('')}</ul>`
      : '';
  const lang = s.language ? ` lang="${escapeHtml(s.language)}"` : '';
  const text = s.diff
    ? `<blockquote class="text" dir="auto"${lang}>${diffMarked(s.diff.parts)}</blockquote>`
    : userText('blockquote', s.text, 'text', s.language);
  const cite = s.source ? model.citations[s.source.id]?.inText : undefined;
  return `<td>
<div class="who">${who}${role}</div>${aff}
<div class="meta">${escapeHtml(formatDate(s.date, s.datePrecision))} · ${s.kind}</div>
${text}${cite ? `\n${userText('div', cite, 'cite')}` : ''}
${s.translation ? userText('p', s.translation, 'translation') : ''}${stances}
${s.source ? `<div class="src">${sourceHtml(s.source)}</div>` : ''}
</td>`;
}

const summary: SectionRenderer = (model) => {
  const { items, total } = model.conflicts;
  if (items.length === 0) {
    return `<section class="summary"><h2>Conflicts</h2><p>No two statements in this report take opposed stances on a proposition.</p></section>`;
  }
  const side = (s: ReportModel['conflicts']['items'][number]['a']) =>
    `${userText('strong', s.speaker)} <span class="meta">${escapeHtml(formatDate(s.date, null))}</span>${userText('div', excerpt(s.text))}`;
  const rows = items
    .map(
      (
        c,
      ) => `<tr><td>${userText('span', c.proposition)}${c.flip ? ` <span class="flip">flip${c.organisation ? ` (${escapeHtml(c.organisation)})` : ''}</span>` : ''}</td>
<td>${side(c.a)}</td><td>${side(c.b)}</td></tr>`,
    )
    .join('\n');
  const more =
    total > items.length ? `<p class="more">… and ${total - items.length} more conflicts.</p>` : '';
  return `<section class="summary"><h2>Conflicts</h2>
<table class="conflicts"><thead><tr><th scope="col">Proposition</th><th scope="col">Affirms</th><th scope="col">Denies</th></tr></thead><tbody>
${rows}
</tbody></table>${more}</section>`;
};

const comparisons: SectionRenderer = (model) => {
  const legend = model.comparisons.some((c) => c.statements.some((s) => s.diff))
    ? `<p class="legend">Marks: <b class="shared">shared words</b> · <mark class="own">words only one side has</mark> · <u class="neg">negations</u></p>`
    : '';
  const body = model.comparisons
    .map(
      (c) => `<section class="comparison">
${userText('h2', c.title)}
<table class="side"><tbody><tr>
${c.statements.map((s) => statementCell(s, model)).join('\n')}
</tr></tbody></table>${c.assessment ? `\n<h3>Assessment</h3>\n${userText('p', c.assessment, 'assessment')}` : ''}
</section>`,
    )
    .join('\n');
  return model.comparisons.length === 0
    ? '<section class="comparisons"><h2>Comparisons</h2><p>No comparisons.</p></section>'
    : `${legend}\n${body}`;
};

const matrix: SectionRenderer = ({ matrix: m }) => {
  if (m.propositions.length === 0) {
    return '<section class="matrix"><h2>Position matrix</h2><p>No stances recorded.</p></section>';
  }
  const head = m.propositions.map((p) => `<th scope="col">${userText('span', p)}</th>`).join('');
  const rows = m.rows
    .map(
      (r) =>
        `<tr><th scope="row">${userText('span', r.speaker)}</th>${r.cells
          .map((cell) => `<td>${cell.map(stanceBadge).join(' ')}</td>`)
          .join('')}</tr>`,
    )
    .join('\n');
  return `<section class="matrix"><h2>Position matrix</h2>
<table class="matrix"><thead><tr><th scope="col">Speaker</th>${head}</tr></thead><tbody>
${rows}
</tbody></table></section>`;
};

const timeline: SectionRenderer = ({ timeline: t }) => {
  const rows = t
    .map(
      (
        e,
      ) => `<tr><td>${escapeHtml(formatDate(e.date, e.datePrecision))}</td><td>${userText('span', e.speaker)}</td>
<td>${userText('span', excerpt(e.text))}</td><td>${e.stances.map((s) => `${stanceBadge(s.stance)} ${userText('span', s.proposition)}`).join('<br>')}</td></tr>`,
    )
    .join('\n');
  return `<section class="timeline"><h2>Timeline</h2>${
    t.length === 0
      ? '<p>No statements.</p>'
      : `<table><thead><tr><th scope="col">Date</th><th scope="col">Speaker</th><th scope="col">Statement</th><th scope="col">Stances</th></tr></thead><tbody>
${rows}
</tbody></table>`
  }</section>`;
};

const sources: SectionRenderer = (model) => {
  const entries = model.sources.map((s) => {
    const cited = model.citations[s.id];
    // The bibliography HTML comes from the citation formatter's allow-list (italics, small caps).
    if (!cited) return `<li>${sourceHtml(s)}</li>`;
    const url = linkableUrl(s.url);
    const linkLine = url && !cited.text.includes(url) ? ` ${link(url, url)}` : '';
    return `<li dir="auto">${cited.html}${linkLine}</li>`;
  });
  return `<section class="sources"><h2>Sources</h2>${
    entries.length === 0
      ? '<p>None.</p>'
      : `<p class="meta">${escapeHtml(model.citationStyle.label)}</p>\n<ol class="bib">\n${entries.join('\n')}\n</ol>`
  }</section>`;
};

const method: SectionRenderer = (model) =>
  `<section class="method"><h2>Method</h2>\n${model.method.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}\n</section>`;

export const HTML_SECTIONS: Record<ReportSectionId, SectionRenderer> = {
  summary,
  comparisons,
  matrix,
  timeline,
  sources,
  method,
};
