import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  CITATION_STYLES,
  REPORT_FORMAT_IDS,
  REPORT_SECTIONS,
  ReportRequest,
  type ReportRequestInput,
  type ReportSectionId,
} from '../../core/api/reports';
import { DATE_STYLES } from '../../core/api/said-on';
import { invalidInput, ParallaxError } from '../../core/errors';
import { buildReport } from '../../core/report/build';
import { renderReport } from '../../core/report/export';
import { chromiumPrinter } from '../../core/report/pdf';
import { choiceOption, dateOption, parseCommandArgs, required, UsageError } from '../args';
import type { Command } from '../command';
import { withClient } from '../workspace';

const SECTION_IDS = REPORT_SECTIONS.map((s) => s.id);
const DATE_STYLE_IDS = DATE_STYLES.map((s) => s.id);
const STYLE_IDS = CITATION_STYLES.map((s) => s.id);

function sectionsOption(value: string | undefined): ReportSectionId[] | undefined {
  if (value === undefined) return undefined;
  const ids = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = ids.filter((id) => !(SECTION_IDS as string[]).includes(id));
  if (ids.length === 0 || unknown.length > 0) {
    throw new UsageError(
      'report',
      `--sections takes a comma-separated list of ${SECTION_IDS.join(', ')}${unknown.length ? `, not '${unknown.join(', ')}'` : ''}`,
    );
  }
  return ids as ReportSectionId[];
}

function scopeOption(ids: string[], all: boolean, proposition: string | undefined) {
  const given = [ids.length > 0, all, proposition !== undefined].filter(Boolean).length;
  if (given === 0)
    throw new UsageError('report', 'give --comparison ID, --proposition ID or --all');
  if (given > 1) {
    throw new UsageError('report', 'give only one of --comparison, --proposition and --all');
  }
  if (all) return { kind: 'all' as const };
  if (proposition !== undefined) return { kind: 'proposition' as const, id: proposition };
  return { kind: 'comparisons' as const, ids };
}

function writeOut(path: string, out: string, bytes: Uint8Array, force: boolean): void {
  try {
    writeFileSync(path, bytes, { flag: force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ParallaxError(
      code === 'EEXIST' ? 'conflict' : 'io',
      code === 'EEXIST'
        ? `${out} already exists (use --force to overwrite it)`
        : `Could not write ${out}${code ? ` (${code})` : ''}.`,
    );
  }
}

export const report: Command = {
  name: 'report',
  summary:
    'Write a report of positions, conflicts and comparisons (PDF, HTML, DOCX, Markdown, CSV, JSON, ClaimReview, CSL)',
  usage: `Usage: parallax report FILE (--comparison ID ... | --proposition ID | --all)
                       --format ${REPORT_FORMAT_IDS.join('|')} --out PATH
                       [--title T] [--author A] [--date YYYY-MM-DD] [--sections LIST]
                       [--style ${STYLE_IDS.join('|')}] [--date-style ${DATE_STYLE_IDS.join('|')}]
                       [--no-diff] [--force]

Writes a report from the workspace FILE: for each proposition, the statements that affirm,
deny and qualify it (each once, with speaker, role at the time, date and citation; conflicts
and flips marked), each comparison's statements side by side (speaker, role and affiliations at the time, date, text with diff marks,
stances, citation), a position matrix, a timeline, the sources as a bibliography and a method
note. HTML is one self-contained page with no scripts; PDF is printed from it by a Chromium or
Google Chrome on this computer (set PARALLAX_CHROMIUM to choose one); CSV has one row per
statement (cells that would start a spreadsheet formula get a '); claimreview writes schema.org
ClaimReview JSON-LD for each comparison; csl writes the sources as CSL-JSON.

Options:
  --comparison ID   A comparison to include (repeatable, in order)
  --proposition ID  Every statement with a stance on this proposition, and the comparisons
                    that include any of them
  --all             Every statement with a stance, every comparison and every conflict
  --format F        ${REPORT_FORMAT_IDS.join(', ')}
  --out PATH        The file to write; an existing file is refused unless --force
  --title T         The report's title (default "Parallax report")
  --author A        Who wrote it
  --date D          The report's date, YYYY-MM-DD
  --sections LIST   Comma-separated, in any order: ${SECTION_IDS.join(', ')}
                    (default: all)
  --style S         Citation style: ${STYLE_IDS.join(' or ')} (default chicago-author-date)
  --date-style S    How dates are written: ${DATE_STYLES.map((d) => `${d.id} (${d.example})`).join(', ')};
                    default day-month-year. CSV and JSON always carry ISO dates
  --no-diff         Leave out the diff marks in comparisons
  --force           Overwrite PATH if it exists
  -h, --help        Show this help
`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      'report',
      argv,
      {
        comparison: { type: 'string', multiple: true },
        proposition: { type: 'string' },
        all: { type: 'boolean' },
        format: { type: 'string' },
        out: { type: 'string' },
        title: { type: 'string' },
        author: { type: 'string' },
        date: { type: 'string' },
        sections: { type: 'string' },
        style: { type: 'string' },
        'date-style': { type: 'string' },
        'no-diff': { type: 'boolean' },
        force: { type: 'boolean' },
      },
      { names: ['FILE'] },
    );
    const file = positionals[0]!;
    const format = choiceOption(
      'report',
      'format',
      required('report', 'format', values.format),
      REPORT_FORMAT_IDS,
    )!;
    const out = required('report', 'out', values.out);
    const input: ReportRequestInput = {
      scope: scopeOption(values.comparison ?? [], values.all === true, values.proposition),
      title: values.title,
      author: values.author,
      date: dateOption('report', 'date', values.date),
      sections: sectionsOption(values.sections),
      citationStyle: choiceOption('report', 'style', values.style, STYLE_IDS),
      dateStyle: choiceOption('report', 'date-style', values['date-style'], DATE_STYLE_IDS),
      diffMarks: values['no-diff'] !== true,
    };
    const parsed = ReportRequest.safeParse(input);
    if (!parsed.success) throw invalidInput('report', parsed.error);
    const path = resolve(out);
    if (existsSync(path) && values.force !== true) {
      throw new ParallaxError('conflict', `${out} already exists (use --force to overwrite it)`);
    }
    const model = withClient(file, (client) => buildReport(client, parsed.data));
    const rendered = await renderReport(model, format, chromiumPrinter());
    writeOut(path, out, rendered.bytes, values.force === true);
    io.out(`${path}\n`);
    return 0;
  },
};
