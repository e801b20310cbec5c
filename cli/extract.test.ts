import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../core/import';
import { expectFailure, expectUsageError, ROOT, useTempDir, type Run } from './test/harness';

const BIN = join(ROOT, 'cli', 'bin', 'parallax.js');
const temp = useTempDir();

/** Runs the real bin synchronously, as a user's shell would. */
function run(...args: string[]): Run {
  const result = spawnSync(process.execPath, [BIN, 'extract', ...args], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// A BOM, a character outside the BMP (two JavaScript indices), no-break spaces, curly quotes.
const TEXT =
  '\uFEFF😀 Report from Kirkuk\n\n' +
  'U.S. coalition spokesman Col.\u00a0Ryan Dillon spoke to reporters. “We do not have reports of units in the area,” Dillon said this week. ' +
  '“We are watching,” he said.\n\n' +
  'The Ministry of Peshmerga said in a statement that the guards were directly involved in the attacks.\n';
const DECODED = TEXT.slice(1);

const KEYS = ['speaker', 'text', 'kind', 'start', 'end', 'cue', 'date', 'confidence'];

describe('parallax extract', () => {
  it('prints {"statements":[…]} whose texts are slices of the BOM-stripped file', () => {
    const file = temp.file('kirkuk.txt');
    writeFileSync(file, TEXT, 'utf8');
    const result = run(file, '--published', '2017-10-19', '--json');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout) as { statements: Array<Record<string, unknown>> };
    expect(Object.keys(out)).toEqual(['statements']);
    expect(out.statements.length).toBe(3);
    for (const s of out.statements) {
      expect(Object.keys(s)).toEqual(KEYS);
      expect(DECODED.slice(s.start as number, s.end as number)).toBe(s.text);
      expect(['quote', 'paraphrase']).toContain(s.kind);
    }
    expect(out.statements[0]).toEqual({
      speaker: 'Col. Ryan Dillon',
      text: 'We do not have reports of units in the area,',
      kind: 'quote',
      start: DECODED.indexOf('We do not'),
      end: DECODED.indexOf('area,') + 5,
      cue: 'Dillon said this week',
      date: '2017-10-16',
      confidence: 0.9,
    });
    expect(out.statements[1]).toMatchObject({
      speaker: 'Col. Ryan Dillon',
      text: 'We are watching,',
    });
    expect(out.statements[2]).toMatchObject({
      speaker: 'Ministry of Peshmerga',
      kind: 'paraphrase',
      text: 'the guards were directly involved in the attacks',
      date: null,
    });
  });

  it('prints a readable list without --json, and says so when there is nothing', () => {
    const file = temp.file('a.txt');
    writeFileSync(file, TEXT);
    const result = run(file);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^1\. quote {2}Col\. Ryan Dillon \(U\.S\. coalition spokesman\)/);
    expect(result.stdout).toContain('   “We do not have reports of units in the area,”\n');
    expect(result.stdout).toContain('   cue: Dillon said this week\n');
    const empty = temp.file('empty.txt');
    writeFileSync(empty, 'Nothing was said here.\n');
    expect(run(empty)).toEqual({ status: 0, stdout: 'No statements found.\n', stderr: '' });
  });

  it('reads an HTML page through the importer: its text, not its markup, and its date', () => {
    const file = temp.file('briefing.html');
    writeFileSync(
      file,
      `<!doctype html><html lang="en"><head><title>Briefing</title>
      <meta property="article:published_time" content="2017-10-19T10:00:00+03:00"></head>
      <body><main><p>U.S. coalition spokesman Col. Ryan Dillon spoke to reporters.
      <a href="https://example.org/q">“We do not have reports of units in the area,”</a>
      <em>Dillon</em> said on Tuesday.</p></main></body></html>`,
    );
    const result = run(file, '--json');
    expect(result.stderr).toBe('');
    const [first] = (JSON.parse(result.stdout) as { statements: Array<Record<string, unknown>> })
      .statements;
    // The date the page states resolves "on Tuesday" when --published is not given.
    expect(first).toMatchObject({
      speaker: 'Col. Ryan Dillon',
      text: 'We do not have reports of units in the area,',
      date: '2017-10-17',
    });
    expect(result.stdout).not.toMatch(/<a |href|<em>/);
  });

  it('reads a Markdown file as its rendered text, with offsets into that text', async () => {
    const markdown =
      '# Report from *Kirkuk*\n\n' +
      'The **Ministry of Peshmerga** said in a [statement](https://example.org/s) that the ' +
      'guards were _directly_ involved in the attacks.\n';
    const file = temp.file('report.md');
    writeFileSync(file, markdown);
    const { body } = await importFile(new TextEncoder().encode(markdown), 'report.md');
    expect(body).toBe(
      'Report from Kirkuk\n\nThe Ministry of Peshmerga said in a statement that the guards ' +
        'were directly involved in the attacks.',
    );
    const result = run(file, '--json');
    expect(result.stderr).toBe('');
    const { statements } = JSON.parse(result.stdout) as {
      statements: Array<{ speaker: string; text: string; start: number; end: number }>;
    };
    expect(statements).toEqual([
      expect.objectContaining({
        speaker: 'Ministry of Peshmerga',
        text: 'the guards were directly involved in the attacks',
      }),
    ]);
    expect(body.slice(statements[0]!.start, statements[0]!.end)).toBe(statements[0]!.text);
  });

  it('exits 1 for a file the importer refuses, naming the file', () => {
    const fake = temp.file('scan.pdf');
    writeFileSync(fake, 'not a PDF at all');
    expectFailure(run(fake), /scan\.pdf is not a PDF/);
  });

  it('exits 2 for a mistyped command line', () => {
    const file = temp.file('a.txt');
    writeFileSync(file, TEXT);
    expectUsageError(run(), 'extract', /missing FILE/);
    expectUsageError(
      run(file, '--published', '2017-02-30'),
      'extract',
      /--published must be a real date/,
    );
    expectUsageError(run(file, '--published'), 'extract', /--published/);
    expectUsageError(run(file, '--frob'), 'extract', /unknown option '--frob'/);
    expectUsageError(run(file, 'extra'), 'extract', /unexpected argument 'extra'/);
  });

  it('exits 1 for a missing file, a folder, invalid UTF-8 and NUL bytes', () => {
    expectFailure(run(temp.file('missing.txt')), /There is no file at .*missing\.txt/);
    expectFailure(run(ROOT), /is a folder, not a file/);
    const latin1 = temp.file('latin1.txt');
    writeFileSync(latin1, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x22, 0x6f, 0x6b, 0x22]));
    expectFailure(run(latin1, '--json'), /is not valid UTF-8 text/);
    const binary = temp.file('binary.txt');
    writeFileSync(binary, Buffer.from('said "hello"\u0000 there'));
    expectFailure(run(binary), /contains NUL bytes/);
  });

  it('shows its usage with --help', () => {
    const result = run('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^Usage: parallax extract FILE \[--published YYYY-MM-DD\] \[--json\]/,
    );
  });
});
