import type { ReportSectionId } from '../api/reports';
import { formatSaidOn } from '../api/said-on';
import { diffMarked, escapeHtml, link, userText } from './html-text';
import type { ReportModel, ReportPosition, ReportSource, ReportStatement } from './model';
import { linkableUrl } from './safe-url';
import {
  citationOf,
  dateAndKind,
  flippedIds,
  flipWords,
  positionCounts,
  roleAndAffiliations,
  sidesOf,
  statementDate,
  statementsById,
  STANCE_NOTE_LABEL,
  stanceNote,
} from './statement-facts';
import {
  CLOSE_QUOTE,
  OPEN_QUOTE,
  PARAPHRASE_LABEL,
  printedWords,
  spokenParts,
  timelineWords,
} from './statement-text';

type SectionRenderer = (model: ReportModel) => string;

function stanceBadge(stance: string): string {
  return `<span class="stance ${escapeHtml(stance)}">${escapeHtml(stance)}</span>`;
}

/** The source line under a statement: title (linked when http(s)), outlet, date. */
export function sourceHtml(s: ReportSource, model: ReportModel): string {
  const parts = [linkableUrl(s.url) ? link(s.url, s.title) : userText('span', s.title, 'title')];
  if (s.outlet) parts.push(userText('span', s.outlet, 'outlet'));
  if (s.publishedOn) {
    parts.push(`<span>${escapeHtml(formatSaidOn(s.publishedOn, 'day', model.dateStyle))}</span>`);
  }
  if (s.url && !linkableUrl(s.url)) parts.push(userText('span', s.url, 'url'));
  return parts.join(', ');
}

/** A statement's words: a quotation in marks (with its diff marks), a paraphrase labelled. */
function wordsHtml(s: ReportStatement): string {
  const lang = s.language ? ` lang="${escapeHtml(s.language)}"` : '';
  if (s.kind === 'paraphrase') {
    const words = s.diff
      ? diffMarked(spokenParts(s.diff.parts, s.kind))
      : escapeHtml(printedWords(s));
    return `<p class="text paraphrase" dir="auto"${lang}><span class="label">${PARAPHRASE_LABEL}:</span> ${words}</p>`;
  }
  const words = s.diff
    ? `${OPEN_QUOTE}${diffMarked(spokenParts(s.diff.parts, s.kind))}${CLOSE_QUOTE}`
    : escapeHtml(printedWords(s));
  return `<blockquote class="text" dir="auto"${lang}>${words}</blockquote>`;
}

/** Who said it, in what capacity, when, the words, and the citation: one statement, whole. */
function statementHtml(s: ReportStatement, model: ReportModel, badge = ''): string {
  const capacity = roleAndAffiliations(s);
  const cite = citationOf(s, model);
  return `<div class="who">${userText('strong', s.speaker, 'speaker')}${
    capacity.length > 0 ? `, ${userText('span', capacity.join('; '), 'role')}` : ''
  }${badge}</div>
<div class="meta${s.dateFrom === 'source' ? ' source-date' : ''}">${escapeHtml(dateAndKind(s, model.dateStyle))}</div>
${wordsHtml(s)}${cite ? `\n${userText('div', cite, 'cite')}` : ''}${
    s.translation ? `\n${userText('p', s.translation, 'translation')}` : ''
  }`;
}

/** A stance note under its statement, labelled as the researcher's. */
function stanceNoteHtml(note: string | null): string {
  if (!note) return '';
  return `\n<p class="stance-note"><span class="label">${STANCE_NOTE_LABEL}:</span> ${userText('span', note)}</p>`;
}

function statementCell(s: ReportStatement, model: ReportModel): string {
  const stances =
    s.stances.length > 0
      ? `<ul class="stances">${s.stances
          .map(
            (st) =>
              `<li>${stanceBadge(st.stance)} ${userText('span', st.proposition)}${stanceNoteHtml(st.note)}</li>`,
          )
          .join('')}</ul>`
      : '';
  return `<td>
${statementHtml(s, model)}${stances}
${s.source ? `<div class="src">${sourceHtml(s.source, model)}</div>` : ''}
</td>`;
}

function positionHtml(p: ReportPosition, model: ReportModel, byId: Map<string, ReportStatement>) {
  const flipped = flippedIds(p);
  const counts = positionCounts(p);
  const state = p.conflictingPairs > 0 ? '<span class="contested">In conflict</span> · ' : '';
  const flips = p.flips
    .map(
      (f) =>
        `<p class="flip-line"><span class="flip">Flip${f.organisation ? ' through its members' : ''}</span> ${escapeHtml(flipWords(f, p, byId, model.dateStyle))}</p>`,
    )
    .join('\n');
  const sides = sidesOf(p)
    .map(
      (side) => `<h4 class="side ${side.stance}">${side.heading} (${side.ids.length})</h4>
<ol class="statements">
${side.ids
  .map((id) => {
    const badge = flipped.has(id) ? ' <span class="flip">Flip</span>' : '';
    const s = byId.get(id)!;
    return `<li>${statementHtml(s, model, badge)}${stanceNoteHtml(stanceNote(s, p.propositionId))}</li>`;
  })
  .join('\n')}
</ol>`,
    )
    .join('\n');
  return `<section class="position">
${userText('h3', p.proposition)}
<p class="meta">${state}${counts}</p>${flips ? `\n${flips}` : ''}
${sides}
</section>`;
}

const summary: SectionRenderer = (model) => {
  if (model.positions.length === 0) {
    return '<section class="summary"><h2>Positions and conflicts</h2><p>No statement in this report takes a stance on a proposition.</p></section>';
  }
  const byId = statementsById(model);
  const none = model.positions.every((p) => p.conflictingPairs === 0)
    ? '\n<p>No two statements in this report take opposed stances on a proposition.</p>'
    : '';
  return `<section class="summary"><h2>Positions and conflicts</h2>${none}
${model.positions.map((p) => positionHtml(p, model, byId)).join('\n')}
</section>`;
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

const timeline: SectionRenderer = (model) => {
  const rows = model.statements
    .map((s) => {
      const cite = citationOf(s, model);
      return `<tr><td class="date${s.dateFrom === 'source' ? ' source-date' : ''}">${escapeHtml(statementDate(s, model.dateStyle))}</td><td>${userText('span', s.speaker)}</td>
<td>${userText('span', timelineWords(s))}${cite ? ` ${userText('span', cite, 'cite')}` : ''}</td><td>${s.stances.map((st) => `${stanceBadge(st.stance)} ${userText('span', st.proposition)}`).join('<br>')}</td></tr>`;
    })
    .join('\n');
  return `<section class="timeline"><h2>Timeline</h2>${
    model.statements.length === 0
      ? '<p>No statements.</p>'
      : `<table><colgroup><col class="c-date"><col class="c-speaker"><col><col class="c-stances"></colgroup><thead><tr><th scope="col">Date</th><th scope="col">Speaker</th><th scope="col">Statement</th><th scope="col">Stances</th></tr></thead><tbody>
${rows}
</tbody></table>`
  }</section>`;
};

const sources: SectionRenderer = (model) => {
  const entries = model.sources.map((s) => {
    const cited = model.citations[s.id];
    // The bibliography HTML comes from the citation formatter's allow-list (italics, small caps).
    if (!cited) return `<li>${sourceHtml(s, model)}</li>`;
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
  `<section class="method"><h2>Method</h2>\n${[
    ...model.method,
    ...(model.diffNote ? [model.diffNote] : []),
  ]
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n')}\n</section>`;

export const HTML_SECTIONS: Record<ReportSectionId, SectionRenderer> = {
  summary,
  comparisons,
  matrix,
  timeline,
  sources,
  method,
};
