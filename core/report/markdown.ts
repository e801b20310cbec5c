import { formatDate, type ReportModel, type ReportSource, type ReportStatement } from './model';
import { linkableUrl } from './safe-url';

/**
 * User text made inert in Markdown: HTML-significant characters become entities and Markdown
 * punctuation is backslash-escaped, so no payload turns into a tag, link, emphasis or heading.
 * Line breaks become spaces (each field is one line in the output).
 */
export function mdEscape(text: string | null): string {
  return (text ?? '')
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

function statementBlock(s: ReportStatement): string {
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
  if (s.source) lines.push(`Source: ${sourceLine(s.source)}`, '');
  return lines.join('\n');
}

/** The report as CommonMark. */
export function renderMarkdown(model: ReportModel): string {
  const out: string[] = [`# ${mdEscape(model.title)}`, ''];
  const meta = [
    model.author && `Author: ${mdEscape(model.author)}`,
    model.date && `Date: ${mdEscape(model.date)}`,
  ]
    .filter(Boolean)
    .join(' · ');
  if (meta) out.push(meta, '');
  for (const c of model.comparisons) {
    out.push(`## ${mdEscape(c.title)}`, '');
    for (const s of c.statements) out.push(statementBlock(s));
    out.push('**Assessment**', '', mdEscape(c.assessment), '');
  }
  if (model.conflicts.items.length > 0) {
    out.push('## Conflicts', '');
    for (const c of model.conflicts.items) {
      out.push(
        `- ${mdEscape(c.proposition)}: ${mdEscape(c.a.speaker)} (${c.a.stance}) vs. ${mdEscape(c.b.speaker)} (${c.b.stance})${c.flip ? ' — flip' : ''}`,
      );
    }
    if (model.conflicts.total > model.conflicts.items.length) {
      out.push(`- … ${model.conflicts.total - model.conflicts.items.length} more`);
    }
    out.push('');
  }
  out.push('## Sources', '');
  if (model.sources.length === 0) out.push('None.');
  for (const s of model.sources) out.push(`- ${sourceLine(s)}`);
  out.push('');
  return out.join('\n');
}
