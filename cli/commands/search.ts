import { intOption, parseCommandArgs } from '../args';
import type { Command, Io } from '../command';
import { oneLine, printJson } from '../format';
import { withClient } from '../workspace';

/** The service's HTML snippet as terminal text: matches bold on a terminal, plain otherwise. */
function snippetText(html: string, io: Io): string {
  const [open, close] = io.tty ? ['\x1b[1m', '\x1b[22m'] : ['', ''];
  return html
    .replaceAll('<mark>', open)
    .replaceAll('</mark>', close)
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/\s+/g, ' ')
    .trim();
}

export const search: Command = {
  name: 'search',
  summary: 'Full-text search over statements',
  usage: `Usage: parallax search FILE QUERY [--limit N] [--json]

Searches the statements in the workspace FILE (their text, translation and speaker), best
matches first. QUERY understands words (all must match), "quoted phrases", prefix*, OR,
and -word to exclude. A QUERY that starts with '-' goes after '--':
  parallax search w.parallax --limit 5 -- '-video Kirkuk'

Options:
  --limit N    At most N results, 1 to 500 (default 50)
  --json       Print {"results":[{"statementId","speaker","text","snippet"}]}
               (snippet is HTML-escaped, matches wrapped in <mark>)
  -h, --help   Show this help
`,
  run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      'search',
      argv,
      { limit: { type: 'string' }, json: { type: 'boolean' } },
      { names: ['FILE', 'QUERY'] },
    );
    const [file, query] = positionals as [string, string];
    const limit = intOption('search', 'limit', values.limit, 1, 500);
    const { results } = withClient(file, (client) => client.search({ query, limit }));
    if (values.json) {
      printJson(io, {
        results: results.map((r) => ({
          statementId: r.statementId,
          speaker: r.speaker,
          text: r.text,
          snippet: r.snippet,
        })),
      });
    } else if (results.length === 0) {
      io.out('No matches.\n');
    } else {
      for (const r of results)
        io.out(`${oneLine(r.speaker, 40)}: ${snippetText(r.snippet, io)}\n  ${r.statementId}\n`);
    }
    return 0;
  },
};
