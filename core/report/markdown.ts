import { formatSaidOn } from '../api/said-on';
import type { ReportSectionId } from '../api/reports';
import { withoutControls } from './html-text';
import {
  countsLine,
  type ReportModel,
  type ReportPosition,
  type ReportSource,
  type ReportStatement,
} from './model';
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
import { PARAPHRASE_LABEL, printedWords, timelineWords } from './statement-text';

/**
 * User text made inert in Markdown with backslash escapes only where CommonMark (and GitHub's
 * tables and strikethrough) would read it as markup — never HTML entities, which a Markdown
 * reader sees as `&quot;` in plain-text views. `<` is always escaped (no raw HTML or autolink can
 * start), `&` before an entity's shape, `[` when a `]` follows (a link), `*`, `` ` `` and `\`
 * always, `_` and `~` where they can open emphasis or strikethrough, a line's first `#`, `>`,
 * `-`, `+`, `=` or list number. Line breaks become spaces (each field is one line). Checked
 * against a real CommonMark + GFM renderer in report.test.ts.
 */
export function mdEscape(text: string | null): string {
  const flat = withoutControls(text ?? '').replace(/\r\n?|\n|\u2028|\u2029/g, ' ');
  // An http(s) address becomes an explicit autolink: left bare, GitHub's extended autolinks
  // would take the backslash of an escape after it into the link and free the next `<`.
  const parts = flat.split(/(https?:\/\/[^\s<>]+)/);
  const out = parts.map((part, i) => (i % 2 === 1 ? `<${part}>` : escapeMarkup(part))).join('');
  return out.replace(/^(\s*)([#>+=-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

function escapeMarkup(flat: string): string {
  let out = '';
  for (let i = 0; i < flat.length; i++) {
    const c = flat[i]!;
    const before = flat[i - 1] ?? ' ';
    const after = flat[i + 1] ?? ' ';
    const needs =
      c === '\\' ||
      c === '`' ||
      c === '*' ||
      c === '<' ||
      (c === '&' && /^&(#\d+|#x[\da-f]+|\w+);/i.test(flat.slice(i, i + 34))) ||
      (c === '[' && flat.indexOf(']', i) > i) ||
      (c === '_' && (/\W/.test(before) || /\W/.test(after))) ||
      (c === '~' && (before === '~' || after === '~')) ||
      // "www." starts an extended autolink, which would swallow a following escape too
      (c === '.' && /www$/i.test(flat.slice(Math.max(0, i - 3), i)));
    out += needs ? `\\${c}` : c;
  }
  return out;
}

/** A table cell: escaped, and its pipes escaped too (GitHub tables split on them). */
function mdCell(text: string | null): string {
  return mdEscape(text).replace(/\|/g, '\\|');
}

function sourceLine(s: ReportSource, model: ReportModel): string {
  const parts = [mdEscape(s.title)];
  if (s.outlet) parts.push(mdEscape(s.outlet));
  if (s.publishedOn) parts.push(formatSaidOn(s.publishedOn, 'day', model.dateStyle));
  const url = linkableUrl(s.url);
  if (url) parts.push(`<${url.replace(/[<>\s]/g, encodeURIComponent)}>`);
  else if (s.url) parts.push(mdEscape(s.url));
  return parts.join(', ');
}

/** The words as Markdown: a quotation in marks as a block quote, a paraphrase labelled. */
function wordsLines(s: ReportStatement): string[] {
  const words = mdEscape(printedWords(s));
  return s.kind === 'quote' ? [`> ${words}`] : [`*${PARAPHRASE_LABEL}:* ${words}`];
}

function statementLines(s: ReportStatement, model: ReportModel, mark = ''): string[] {
  const capacity = roleAndAffiliations(s);
  const cite = citationOf(s, model);
  const lines = [
    `**${mdEscape(s.speaker)}**${capacity.length > 0 ? `, ${mdEscape(capacity.join('; '))}` : ''}${mark}  `,
    `*${mdEscape(dateAndKind(s, model.dateStyle))}*`,
    '',
    ...wordsLines(s),
    '',
  ];
  if (cite) lines.push(mdEscape(cite), '');
  if (s.translation) lines.push(`Translation: ${mdEscape(s.translation)}`, '');
  return lines;
}

function positionLines(p: ReportPosition, model: ReportModel, byId: Map<string, ReportStatement>) {
  const flipped = flippedIds(p);
  const state = p.conflictingPairs > 0 ? '**In conflict** · ' : '';
  const counts = positionCounts(p);
  const out = [`### ${mdEscape(p.proposition)}`, '', `${state}${counts}`, ''];
  for (const f of p.flips) {
    const through = f.organisation ? ' through its members' : '';
    out.push(`**FLIP${through}:** ${mdEscape(flipWords(f, p, byId, model.dateStyle))}`, '');
  }
  for (const side of sidesOf(p)) {
    out.push(`#### ${side.heading} (${side.ids.length})`, '');
    for (const id of side.ids) {
      const s = byId.get(id)!;
      out.push(...statementLines(s, model, flipped.has(id) ? ' — **FLIP**' : ''));
      const note = stanceNote(s, p.propositionId);
      if (note) out.push(`*${STANCE_NOTE_LABEL}:* ${mdEscape(note)}`, '');
    }
  }
  return out;
}

const SECTIONS: Record<ReportSectionId, (model: ReportModel) => string[]> = {
  summary: (model) => {
    const out = ['## Positions and conflicts', ''];
    if (model.positions.length === 0) {
      return [...out, 'No statement in this report takes a stance on a proposition.', ''];
    }
    if (model.positions.every((p) => p.conflictingPairs === 0)) {
      out.push('No two statements in this report take opposed stances on a proposition.', '');
    }
    const byId = statementsById(model);
    return [...out, ...model.positions.flatMap((p) => positionLines(p, model, byId))];
  },
  comparisons: (model) =>
    model.comparisons.length === 0
      ? ['## Comparisons', '', 'No comparisons.', '']
      : model.comparisons.flatMap((c) => [
          `## ${mdEscape(c.title)}`,
          '',
          ...c.statements.flatMap((s, i) => [
            `### ${i + 1}. ${mdEscape(s.speaker)}`,
            '',
            ...statementLines(s, model).slice(1),
            ...s.stances.map(
              (st) =>
                `- ${st.stance}: ${mdEscape(st.proposition)}${st.note ? ` — *${STANCE_NOTE_LABEL}:* ${mdEscape(st.note)}` : ''}`,
            ),
            ...(s.stances.length > 0 ? [''] : []),
            ...(s.source ? [`Source: ${sourceLine(s.source, model)}`, ''] : []),
          ]),
          ...(c.assessment ? ['**Assessment**', '', mdEscape(c.assessment), ''] : []),
        ]),
  matrix: ({ matrix }) => {
    if (matrix.propositions.length === 0)
      return ['## Position matrix', '', 'No stances recorded.', ''];
    return [
      '## Position matrix',
      '',
      `| Speaker | ${matrix.propositions.map(mdCell).join(' | ')} |`,
      `| --- |${' --- |'.repeat(matrix.propositions.length)}`,
      ...matrix.rows.map(
        (r) => `| ${mdCell(r.speaker)} | ${r.cells.map((c) => c.join(', ')).join(' | ')} |`,
      ),
      '',
    ];
  },
  timeline: (model) => [
    '## Timeline',
    '',
    ...(model.statements.length === 0 ? ['No statements.'] : []),
    ...model.statements.map((s) => {
      const cite = citationOf(s, model);
      return `- ${statementDate(s, model.dateStyle)} — ${mdEscape(s.speaker)}: ${mdEscape(timelineWords(s))}${cite ? ` ${mdEscape(cite)}` : ''}`;
    }),
    '',
  ],
  sources: (model) => [
    '## Sources',
    '',
    ...(model.sources.length === 0 ? ['None.'] : [`*${mdEscape(model.citationStyle.label)}*`, '']),
    ...model.sources.map((s) => {
      const cited = model.citations[s.id];
      return `1. ${cited ? mdEscape(cited.text) : sourceLine(s, model)}`;
    }),
    '',
  ],
  method: (model) => [
    '## Method',
    '',
    ...model.method.flatMap((p) => [mdEscape(p), '']),
    ...(model.diffNote
      ? [
          'This Markdown version prints the comparisons without word marks; the HTML, PDF and Word versions show them.',
          '',
        ]
      : []),
  ],
};

/** The report as CommonMark (with GitHub-style tables for the matrix). */
export function renderMarkdown(model: ReportModel): string {
  const out: string[] = [`# ${mdEscape(model.title)}`, ''];
  const meta = [
    model.author && `Author: ${mdEscape(model.author)}`,
    model.date && `Date: ${formatSaidOn(model.date, 'day', model.dateStyle)}`,
    mdEscape(model.scope),
  ]
    .filter(Boolean)
    .join(' · ');
  out.push(meta, '', `**${countsLine(model.counts)}**`, '');
  for (const id of model.sections) out.push(...SECTIONS[id](model));
  return out.join('\n');
}
