import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './main';
import { expectUsageError, parallax, ROOT } from './test/harness';

const COMMANDS = [
  'init',
  'import',
  'sources',
  'add-statement',
  'statements',
  'propositions',
  'add-proposition',
  'stance',
  'add-comparison',
  'rename-comparison',
  'merge-actors',
  'search',
  'check',
  'sample',
];

describe.concurrent('parallax --help and --version', () => {
  it('lists every command and exits 0', async () => {
    const run = await parallax('--help');
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Usage: parallax <command>/);
    for (const name of COMMANDS) expect(run.stdout).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
  });

  it('prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    const run = await parallax('--version');
    expect(run).toEqual({ status: 0, stdout: `parallax ${version}\n`, stderr: '' });
  });

  it.each(COMMANDS)('%s --help prints its usage to stdout and exits 0', async (name) => {
    const run = await parallax(name, '--help');
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(new RegExp(`^Usage: parallax ${name} `));
    expect(run.stdout).toMatch(/-h, --help/);
    expect(run.status).toBe(0);
  });

  it('gives help even when the rest of the line is wrong', async () => {
    const run = await parallax('search', 'w.parallax', '--limit', 'abc', '--frob', '-h');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: parallax search /);
  });
});

describe.concurrent('usage errors through the real bin', () => {
  const cases: Array<[string[], string | null, RegExp]> = [
    [[], null, /no command given/],
    [['frob'], null, /unknown command 'frob'/],
    [['sources', 'w.parallax', '--frob'], 'sources', /unknown option '--frob'/],
    [['search', 'w.parallax', 'q', '--limit', 'abc'], 'search', /--limit must be a whole number/],
  ];
  it.each(cases)('parallax %j exits 2', async (args, command, message) => {
    expectUsageError(await parallax(...args), command, message);
  });
});

/** The same checks, in-process (no tsx start-up per case), for every command. */
describe('usage errors exit 2 with one line and a pointer to --help', () => {
  // None of these files exist: arguments are checked before any file is opened.
  const cases: Array<[string[], string | null, RegExp]> = [
    [['--frob'], null, /unknown option '--frob'/],
    [['init'], 'init', /missing FILE/],
    [['init', 'a.parallax', 'b.parallax'], 'init', /unexpected argument 'b.parallax'/],
    [['import', 'w.parallax'], 'import', /missing SOURCE/],
    [
      ['import', 'w.parallax', 'a.txt', 'b.txt', '--title', 'T'],
      'import',
      /--title .*single SOURCE/,
    ],
    [
      ['import', 'w.parallax', 'a.txt', '--published', '2017-13-40'],
      'import',
      /--published .*YYYY-MM-DD.*2017-13-40/,
    ],
    [['import', 'w.parallax', 'a.txt', '--url', 'ftp://example.org/'], 'import', /--url/],
    [
      ['import', 'w.parallax', 'a.txt', 'b.txt', '--url', 'https://example.org/'],
      'import',
      /--url .*single SOURCE/,
    ],
    [['import', 'w.parallax', 'a.txt', '--outlet'], 'import', /--outlet/],
    [['sources'], 'sources', /missing FILE/],
    [['sources', 'w.parallax', 'extra'], 'sources', /unexpected argument 'extra'/],
    [['sources', 'w.parallax', '--json=yes'], 'sources', /--json/],
    [['add-statement', 'w.parallax', '--text', 'T'], 'add-statement', /missing --speaker/],
    [['add-statement', 'w.parallax', '--speaker', 'S'], 'add-statement', /missing --text/],
    [
      ['add-statement', 'w.parallax', '--speaker', 'S', '--text', 'T', '--kind', 'foo'],
      'add-statement',
      /--kind must be quote or paraphrase/,
    ],
    [
      ['add-statement', 'w.parallax', '--speaker', 'S', '--text', '  '],
      'add-statement',
      /--text must not be empty/,
    ],
    [
      ['add-statement', 'w.parallax', '--speaker', ' ', '--text', 'T'],
      'add-statement',
      /--speaker must not be empty/,
    ],
    [
      ['add-statement', 'w.parallax', '--speaker', 'S', '--text', 'T', '--date', '2017-02-30'],
      'add-statement',
      /--date/,
    ],
    [
      ['add-statement', 'w.parallax', '--speaker', 'S', '--text', 'T', '--source', 'nope'],
      'add-statement',
      /--source must be an id/,
    ],
    [['statements', 'w.parallax', '--actor'], 'statements', /--actor/],
    [['statements', 'w.parallax', '--kind', 'quote'], 'statements', /unknown option '--kind'/],
    [['search', 'w.parallax'], 'search', /missing QUERY/],
    [['search', 'w.parallax', 'q', 'r'], 'search', /unexpected argument 'r'/],
    [['search', 'w.parallax', 'q', '--limit', '0'], 'search', /--limit/],
    [['search', 'w.parallax', 'q', '--limit', '2.5'], 'search', /--limit/],
    [['check'], 'check', /missing FILE/],
    [['check', 'w.parallax', '--json'], 'check', /unknown option '--json'/],
    [['sample'], 'sample', /missing FILE/],
    [['sample', 'a', 'b'], 'sample', /unexpected argument 'b'/],
  ];

  it.each(cases)('parallax %j', async (args, command, message) => {
    let stdout = '';
    let stderr = '';
    const status = await main(args, {
      out: (t) => (stdout += t),
      err: (t) => (stderr += t),
      tty: false,
    });
    expectUsageError({ status, stdout, stderr }, command, message);
  });
});
