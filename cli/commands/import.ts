import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { api } from '../../core/api';
import { MAX_SOURCE_BODY } from '../../core/api/sources';
import { ParallaxError } from '../../core/errors';
import { dateOption, parseCommandArgs, UsageError } from '../args';
import type { Command } from '../command';
import { oneLine, printJson, table } from '../format';
import { withClient } from '../workspace';

const IMPORTABLE = new Set(['.txt', '.md']);
const TITLE_MAX = 200;

export interface ReadSource {
  path: string;
  fileName: string;
  title: string;
  body: string;
}

/** Reads a .txt or .md file as strict UTF-8 (a leading BOM dropped); refuses anything else. */
export function readTextFile(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ParallaxError('not_found', `There is no file at ${path}.`);
    if (code === 'EISDIR')
      throw new ParallaxError('invalid_input', `${path} is a folder, not a file.`);
    throw new ParallaxError('io', `Could not read ${path}: ${(error as Error).message}`);
  }
  if (bytes.includes(0)) {
    throw new ParallaxError(
      'invalid_input',
      `${path} contains NUL bytes: it looks like a binary file, not text.`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new ParallaxError(
      'invalid_input',
      `${path} is not valid UTF-8 text; save it as UTF-8 and import it again.`,
    );
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

function clip(line: string): string {
  const chars = [...line.trim()];
  return chars.length > TITLE_MAX
    ? `${chars
        .slice(0, TITLE_MAX - 1)
        .join('')
        .trimEnd()}…`
    : chars.join('');
}

/** The first level-one ATX heading (`# Title`) outside fenced code, if any. */
function markdownHeading(text: string): string | null {
  let fence: string | null = null;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker) {
      if (fence === null) fence = marker[0]!;
      else if (marker[0] === fence) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const heading = /^ {0,3}#[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line)?.[1]?.trim();
    if (heading) return heading;
  }
  return null;
}

/** --title, else a Markdown file's first `# heading`, else the first non-empty line, else the file name. */
export function sourceTitle(fileName: string, body: string): string {
  if (extname(fileName).toLowerCase() === '.md') {
    const heading = markdownHeading(body);
    if (heading) return clip(heading);
  }
  const line = body.split(/\r\n|\r|\n/).find((l) => l.trim() !== '');
  return line ? clip(line) : fileName;
}

/** Reads and checks every file before anything is written, so one bad file imports nothing. */
function readSources(paths: string[], title: string | undefined): ReadSource[] {
  for (const path of paths) {
    if (!IMPORTABLE.has(extname(path).toLowerCase())) {
      throw new ParallaxError(
        'invalid_input',
        `Cannot import ${path}: only .txt and .md can be imported for now.`,
      );
    }
  }
  return paths.map((path) => {
    const body = readTextFile(path);
    if (body.length > MAX_SOURCE_BODY) {
      throw new ParallaxError(
        'invalid_input',
        `${path} is too long to import (over ${MAX_SOURCE_BODY} characters).`,
      );
    }
    const fileName = basename(path);
    return { path, fileName, title: title ?? sourceTitle(fileName, body), body };
  });
}

export const importCommand: Command = {
  name: 'import',
  summary: 'Import .txt and .md files as sources',
  usage: `Usage: parallax import FILE SOURCE... [options]

Imports each SOURCE (a .txt or .md file, UTF-8) into the workspace FILE as a source.
The title is --title, else a Markdown file's first '# heading', else the first non-empty
line, else the file name.

Options:
  --title T               Title (only with a single SOURCE)
  --outlet O              Outlet that published it
  --url U                 Where it was found (http or https)
  --published YYYY-MM-DD  Date of publication
  --language L            Language tag, e.g. en, ar, fa
  --json                  Print {"sources":[{"id","title"}]}
  -h, --help              Show this help
`,
  run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      'import',
      argv,
      {
        title: { type: 'string' },
        outlet: { type: 'string' },
        url: { type: 'string' },
        published: { type: 'string' },
        language: { type: 'string' },
        json: { type: 'boolean' },
      },
      { names: ['FILE', 'SOURCE'], variadic: true },
    );
    const [file, ...paths] = positionals as [string, ...string[]];
    if (values.title !== undefined && paths.length > 1) {
      throw new UsageError('import', '--title can only be given when importing a single SOURCE');
    }
    const publishedOn = dateOption('import', 'published', values.published);
    if (
      values.url !== undefined &&
      !api.createSource.input.shape.url.safeParse(values.url).success
    ) {
      throw new UsageError('import', `--url must be an http or https address, not '${values.url}'`);
    }
    const sources = readSources(paths, values.title);
    const created = withClient(file, (client) =>
      // One call (one transaction) per source.
      sources.map((source) => {
        const row = client.createSource({
          title: source.title,
          body: source.body,
          fileName: source.fileName,
          outlet: values.outlet,
          url: values.url,
          publishedOn,
          language: values.language,
        });
        return { id: row.id, title: row.title, path: source.path };
      }),
    );
    if (values.json) {
      printJson(io, { sources: created.map(({ id, title }) => ({ id, title })) });
    } else {
      io.out(`Imported ${created.length} source${created.length === 1 ? '' : 's'} into ${file}\n`);
      io.out(
        table(
          ['ID', 'FILE', 'TITLE'],
          created.map((s) => [s.id, basename(s.path), oneLine(s.title, 70)]),
        ),
      );
    }
    return 0;
  },
};
