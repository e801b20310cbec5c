import { basename } from 'node:path';
import { api, type ImportOutcome } from '../../core/api';
import { ParallaxError } from '../../core/errors';
import {
  importFile,
  isImportable,
  unsupportedError,
  withOverrides,
  type ImportOverrides,
  type ImportSourceInput,
} from '../../core/import';
import { dateOption, parseCommandArgs, UsageError } from '../args';
import type { Command } from '../command';
import { oneLine, printJson, table } from '../format';
import { readBytes } from '../read-bytes';
import { withClient } from '../workspace';

interface ReadSource {
  path: string;
  input: ImportSourceInput;
}

/** The contract's own check, run before the workspace is opened, so a bad file writes nothing. */
function checked(input: ImportSourceInput): ImportSourceInput {
  const parsed = api.importSource.input.safeParse(input);
  if (parsed.success) return input;
  const problems = parsed.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`);
  throw new ParallaxError(
    'invalid_input',
    `Cannot import ${input.fileName} — ${problems.join('; ')}.`,
  );
}

/** Reads and checks every file before anything is written, so one bad file imports nothing. */
async function readSources(paths: string[], overrides: ImportOverrides): Promise<ReadSource[]> {
  for (const path of paths) {
    if (!isImportable(basename(path))) throw unsupportedError(basename(path));
  }
  const sources: ReadSource[] = [];
  for (const path of paths) {
    const fileName = basename(path);
    const parsed = await importFile(readBytes(path), fileName);
    sources.push({ path, input: checked(withOverrides(parsed, fileName, overrides)) });
  }
  return sources;
}

const OUTCOME_WORDS: Record<ImportOutcome, string> = {
  created: 'new',
  updated: 'updated',
  unchanged: 'unchanged',
};

function summary(outcomes: ImportOutcome[], file: string): string {
  const counts = (['created', 'updated', 'unchanged'] as const)
    .map((o) => [outcomes.filter((x) => x === o).length, OUTCOME_WORDS[o]] as const)
    .filter(([n]) => n > 0)
    .map(([n, word]) => `${n} ${word}`);
  const files = `${outcomes.length} file${outcomes.length === 1 ? '' : 's'}`;
  return `Imported ${files} into ${file}: ${counts.join(', ')}\n`;
}

export const importCommand: Command = {
  name: 'import',
  summary: 'Import .txt, .md, .html, .pdf and .docx files as sources',
  usage: `Usage: parallax import FILE SOURCE... [options]

Imports each SOURCE into the workspace FILE as a source: .txt and .md (UTF-8, or UTF-16 with
a byte-order mark), .html and .htm (the page's main text), .pdf (its text layer) and .docx.
Files over 100 MB, empty files, and files that are not what their name says are refused, and
then nothing at all is imported.

Title, author, outlet, date, address and language come from the file where it states them
(an HTML page's metadata, a PDF's or a Word document's properties); the options below win.
The title is otherwise a Markdown file's first '# heading', else the first line of text.

Importing a file again updates its source instead of adding another: the source with the same
--url (or the page's canonical address), else with the same file name and title. Changed text
replaces the old, which is kept as an earlier version; the same text changes nothing.
A new file whose text is exactly that of a source already there (saved under another name,
say) is still imported, with a warning naming that source.

Options:
  --title T               Title (only with a single SOURCE)
  --outlet O              Outlet that published it
  --url U                 Where it was found (http or https; only with a single SOURCE)
  --published YYYY-MM-DD  Date of publication
  --language L            Language tag, e.g. en, ar, fa
  --accept                Also accept every statement found in a new or changed text that
                          names its speaker, without review (the rest wait in the review
                          queue). A statement whose words give no date takes the source's
                          date of publication, marked as the source's; a speaker not yet in
                          the workspace is added with the kind its name reads as (person,
                          government, armed group, outlet, organisation or other). Each
                          file is written in one transaction with its statements: an
                          interrupted import keeps a file whole or not at all
  --json                  Print {"sources":[{"id","title","outcome"}]}, outcome being
                          created, updated or unchanged; with --accept each also has
                          "accepted", the number of statements accepted; a new source
                          whose text an earlier one already has also has "duplicateOf":
                          {"id","title"} (and a warning goes to stderr)
  -h, --help              Show this help
`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      'import',
      argv,
      {
        title: { type: 'string' },
        outlet: { type: 'string' },
        url: { type: 'string' },
        published: { type: 'string' },
        language: { type: 'string' },
        accept: { type: 'boolean' },
        json: { type: 'boolean' },
      },
      { names: ['FILE', 'SOURCE'], variadic: true },
    );
    const [file, ...paths] = positionals as [string, ...string[]];
    // A title or an address names one document: given for several, they would all be one.
    for (const name of ['title', 'url'] as const) {
      if (values[name] !== undefined && paths.length > 1) {
        throw new UsageError(
          'import',
          `--${name} can only be given when importing a single SOURCE`,
        );
      }
    }
    const publishedOn = dateOption('import', 'published', values.published);
    if (
      values.url !== undefined &&
      !api.importSource.input.shape.url.safeParse(values.url).success
    ) {
      throw new UsageError('import', `--url must be an http or https address, not '${values.url}'`);
    }
    const sources = await readSources(paths, {
      title: values.title,
      outlet: values.outlet,
      url: values.url,
      publishedOn,
      language: values.language,
    });
    const accept = values.accept === true;
    const imported = withClient(file, (client) =>
      // One call (one transaction, one step to undo) per source, with its accepted statements.
      sources.map(({ path, input }) => {
        const { source, outcome, accepted, duplicateOf } = client.importSource(
          accept ? { ...input, accept } : input,
        );
        const id = source.id;
        return { id, title: source.title, outcome, accepted: accepted ?? 0, path, duplicateOf };
      }),
    );
    // Imported all the same: two copies of one text may be deliberate (two outlets ran it).
    for (const { path, duplicateOf } of imported) {
      if (!duplicateOf) continue;
      io.err(
        `parallax: warning: ${basename(path)} has the same text as “${oneLine(duplicateOf.title, 60)}” ` +
          `(${duplicateOf.id}), already in ${file}; imported as another source\n`,
      );
    }
    if (values.json) {
      printJson(io, {
        sources: imported.map(({ id, title, outcome, accepted, duplicateOf }) => ({
          id,
          title,
          outcome,
          ...(accept ? { accepted } : {}),
          ...(duplicateOf ? { duplicateOf } : {}),
        })),
      });
    } else {
      io.out(
        summary(
          imported.map((s) => s.outcome),
          file,
        ),
      );
      if (accept) {
        const total = imported.reduce((n, s) => n + s.accepted, 0);
        io.out(`Accepted ${total} statement${total === 1 ? '' : 's'}\n`);
      }
      io.out(
        table(
          ['ID', 'FILE', 'OUTCOME', ...(accept ? ['ACCEPTED'] : []), 'TITLE'],
          imported.map((s) => [
            s.id,
            basename(s.path),
            OUTCOME_WORDS[s.outcome],
            ...(accept ? [String(s.accepted)] : []),
            oneLine(s.title, 60),
          ]),
        ),
      );
    }
    return 0;
  },
};
