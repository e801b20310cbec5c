import type { ReportSectionId } from '../api/reports';
import { excerpt } from './excerpt';
import { withoutControls } from './html-text';
import {
  formatDate,
  type ReportConflictSide,
  type ReportModel,
  type ReportSource,
  type ReportStatement,
} from './model';
import { linkableUrl } from './safe-url';

/**
 * User text made inert in Markdown: HTML-significant characters become entities and Markdown
 * punctuation is backslash-escaped, so no payload turns into a tag, link, emphasis or heading.
 * Line breaks become spaces (each field is one line in the output).
 */
export function mdEscape(text: string | null): string {
  return withoutControls(text ?? '')
    .replace(/\r\n?|\n|\u2028|\u2029/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\\`*_[\]{}#|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-+=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

function sourceLine(s: ReportSource): string {
  const parts = [mdEscape(s.title)];
  if (s.outlet) parts.push(mdEscape(s.outlet));
  if (s.publishedOn) parts.push(s.publishedOn);
  const url = linkableUrl(s.url);
  if (url) parts.push(`<${url}>`);
  else if (s.url) parts.push(mdEscape(s.url));
  return parts.join(', ');
}

function statementBlock(s: ReportStatement, model: ReportModel): string {
  const who = [mdEscape(s.speaker)];
  if (s.role) who.push(mdEscape(s.role));
  const lines = [
    `### ${who.join(', ')}`,
    '',
    `*${formatDate(s.date, s.datePrecision)} · ${s.kind}*`,
    '',
  ];
  if (s.affiliations.length > 0) {
    lines.push(`Affiliations at the time: ${s.affiliations.map(mdEscape).join('; ')}`, '');
  }
  lines.push(`> ${mdEscape(s.text)}`, '');
  if (s.translation) lines.push(`Translation: ${mdEscape(s.translation)}`, '');
  for (const st of s.stances) lines.push(`- ${st.stance}: ${mdEscape(st.proposition)}`);
  if (s.stances.length > 0) lines.push('');
  const cite = s.source ? model.citations[s.source.id]?.inText : undefined;
  if (s.source)
    lines.push(`Source: ${sourceLine(s.source)}${cite ? ` ${mdEscape(cite)}` : ''}`, '');
  return lines.join('\n');
}

function conflictSide(s: ReportConflictSide): string {
  return `${mdEscape(s.speaker)} (${formatDate(s.date, null)}): ${mdEscape(excerpt(s.text))}`;
}

const SECTIONS: Record<ReportSectionId, (model: ReportModel) => string[]> = {
  summary: ({ conflicts }) => {
    const out = ['## Conflicts', ''];
    if (conflicts.items.length === 0) {
      return [
        ...out,
        'No two statements in this report take opposed stances on a proposition.',
        '',
      ];
    }
    out.push('| Proposition | Affirms | Denies |', '| --- | --- | --- |');
    for (const c of conflicts.items) {
      const flip = c.flip ? ` (flip${c.organisation ? `, ${mdEscape(c.organisation)}` : ''})` : '';
      out.push(
        `| ${mdEscape(c.proposition)}${flip} | ${conflictSide(c.a)} | ${conflictSide(c.b)} |`,
      );
    }
    if (conflicts.total > conflicts.items.length) {
      out.push('', `… and ${conflicts.total - conflicts.items.length} more conflicts.`);
    }
    return [...out, ''];
  },
  comparisons: (model) =>
    model.comparisons.flatMap((c) => [
      `## ${mdEscape(c.title)}`,
      '',
      ...c.statements.map((s) => statementBlock(s, model)),
      ...(c.assessment ? ['**Assessment**', '', mdEscape(c.assessment), ''] : []),
    ]),
  matrix: ({ matrix }) => {
    if (matrix.propositions.length === 0)
      return ['## Position matrix', '', 'No stances recorded.', ''];
    return [
      '## Position matrix',
      '',
      `| Speaker | ${matrix.propositions.map(mdEscape).join(' | ')} |`,
      `| --- |${' --- |'.repeat(matrix.propositions.length)}`,
      ...matrix.rows.map(
        (r) => `| ${mdEscape(r.speaker)} | ${r.cells.map((c) => c.join(', ')).join(' | ')} |`,
      ),
      '',
    ];
  },
  timeline: ({ timeline }) => [
    '## Timeline',
    '',
    ...(timeline.length === 0 ? ['No statements.'] : []),
    ...timeline.map(
      (e) =>
        `- ${formatDate(e.date, e.datePrecision)} — ${mdEscape(e.speaker)}: ${mdEscape(excerpt(e.text))}`,
    ),
    '',
  ],
  sources: (model) => [
    '## Sources',
    '',
    ...(model.sources.length === 0 ? ['None.'] : [`*${model.citationStyle.label}*`, '']),
    ...model.sources.map((s) => {
      const cited = model.citations[s.id];
      return `- ${cited ? mdEscape(cited.text) : sourceLine(s)}`;
    }),
    '',
  ],
  method: (model) => ['## Method', '', ...model.method.flatMap((p) => [mdEscape(p), ''])],
};

/** The report as CommonMark (with GitHub-style tables for the summary and the matrix). */
export function renderMarkdown(model: ReportModel): string {
  const out: string[] = [`# ${mdEscape(model.title)}`, ''];
  const meta = [
    model.author && `Author: ${mdEscape(model.author)}`,
    model.date && `Date: ${mdEscape(model.date)}`,
    mdEscape(model.scope),
  ]
    .filter(Boolean)
    .join(' · ');
  out.push(meta, '');
  for (const id of model.sections) out.push(...SECTIONS[id](model));
  return out.join('\n');
}
