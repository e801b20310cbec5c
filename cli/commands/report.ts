import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ParallaxError } from '../../core/errors';
import { buildReport } from '../../core/report/model';
import { renderCsv } from '../../core/report/csv';
import { renderHtml } from '../../core/report/html';
import { renderJson } from '../../core/report/json';
import { renderMarkdown } from '../../core/report/markdown';
import type { ReportModel } from '../../core/report/model';
import { dateOption, parseCommandArgs, required, UsageError } from '../args';
import type { Command } from '../command';
import { withClient } from '../workspace';

const RENDERERS: Record<string, (model: ReportModel) => string> = {
  md: renderMarkdown,
  html: renderHtml,
  csv: renderCsv,
  json: renderJson,
};
const LATER = ['pdf', 'docx', 'claimreview', 'csl'];

export const report: Command = {
  name: 'report',
  summary: 'Write comparisons as a Markdown, HTML, CSV or JSON report',
  usage: `Usage: parallax report FILE (--comparison ID ... | --all) --format md|html|csv|json --out PATH
                       [--title T] [--author A] [--date YYYY-MM-DD] [--force]

Writes a report of comparisons in the workspace FILE: each comparison's statements side by side
(speaker, role and affiliations at the time, date, text, stances, source), its assessment, the
workspace's conflicts (first 200) and the sources cited. HTML is one self-contained page with no
scripts; CSV has one row per statement (cells that would start a spreadsheet formula get a ').

Options:
  --comparison ID   A comparison to include (repeatable, in order)
  --all             Every comparison in the workspace
  --format F        md, html, csv or json (pdf, docx, claimreview and csl come later)
  --out PATH        The file to write; an existing file is refused unless --force
  --title T         The report's title (default "Parallax report")
  --author A        Who wrote it
  --date D          The report's date, YYYY-MM-DD
  --force           Overwrite PATH if it exists
  -h, --help        Show this help
`,
  run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      'report',
      argv,
      {
        comparison: { type: 'string', multiple: true },
        all: { type: 'boolean' },
        format: { type: 'string' },
        out: { type: 'string' },
        title: { type: 'string' },
        author: { type: 'string' },
        date: { type: 'string' },
        force: { type: 'boolean' },
      },
      { names: ['FILE'] },
    );
    const file = positionals[0]!;
    const format = required('report', 'format', values.format);
    const render = Object.hasOwn(RENDERERS, format) ? RENDERERS[format] : undefined;
    if (!render) {
      const later = LATER.includes(format) ? ' (pdf, docx, claimreview and csl come later)' : '';
      throw new UsageError(
        'report',
        `--format must be md, html, csv or json, not '${format}'${later}`,
      );
    }
    const out = required('report', 'out', values.out);
    const ids = values.comparison ?? [];
    if (ids.length === 0 && values.all !== true) {
      throw new UsageError('report', 'give --comparison ID or --all');
    }
    const date = dateOption('report', 'date', values.date);
    const path = resolve(out);
    if (existsSync(path) && values.force !== true) {
      throw new ParallaxError('conflict', `${out} already exists (use --force to overwrite it)`);
    }
    const model = withClient(file, (client) =>
      buildReport(client, {
        comparisonIds: ids,
        all: values.all === true,
        title: values.title,
        author: values.author,
        date,
      }),
    );
    try {
      writeFileSync(path, render(model), { encoding: 'utf8', flag: values.force ? 'w' : 'wx' });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new ParallaxError(
        code === 'EEXIST' ? 'conflict' : 'io',
        code === 'EEXIST'
          ? `${out} already exists (use --force to overwrite it)`
          : `Could not write ${out}${code ? ` (${code})` : ''}.`,
      );
    }
    io.out(`${path}\n`);
    return 0;
  },
};
