import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../core/report/pdf';
import { expectFailure, expectUsageError, parallax, parallaxWithEnv } from './test/harness';

let dir: string;
let file: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-cli-report-'));
  file = join(dir, 'kirkuk.parallax');
  expect((await parallax('sample', file)).status).toBe(0);
}, 30_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parallax report', () => {
  it.concurrent('writes an HTML report of every comparison and prints its path', async () => {
    const out = join(dir, 'report.html');
    const run = await parallax(
      'report',
      file,
      '--all',
      '--format',
      'html',
      '--out',
      out,
      '--title',
      'Kirkuk <2017>',
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${out}\n`);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('Content-Security-Policy');
    expect(html).toContain('Kirkuk &lt;2017&gt;');
    for (const q of [
      'We do not have reports of PMF units',
      'I am now in Kirkuk',
      'Iran has no role',
      'directly involved',
    ]) {
      expect(html).toContain(q);
    }
  });

  it.concurrent('writes a CSV report of chosen comparisons, one row per statement', async () => {
    const list = await parallax(
      'report',
      file,
      '--all',
      '--format',
      'json',
      '--out',
      join(dir, 'all.json'),
    );
    expect(list.status).toBe(0);
    const model = JSON.parse(readFileSync(join(dir, 'all.json'), 'utf8')) as {
      comparisons: Array<{ id: string; statements: Array<{ id: string }> }>;
    };
    expect(model.comparisons).toHaveLength(2);
    const ids = model.comparisons.map((c) => c.id);
    const out = join(dir, 'report.csv');
    const run = await parallax(
      'report',
      file,
      '--comparison',
      ids[0]!,
      '--comparison',
      ids[1]!,
      '--format',
      'csv',
      '--out',
      out,
    );
    expect(run.status).toBe(0);
    const csv = readFileSync(out, 'utf8');
    const lines = csv.split('\r\n').filter((l) => l !== '');
    expect(lines[0]).toBe(
      'statement_id,speaker,role,date,date_precision,date_from,kind,text,source,outlet,url,citation,stances,comparisons',
    );
    // one row per distinct statement the report covers
    expect(lines).toHaveLength(
      1 + new Set(model.comparisons.flatMap((c) => c.statements.map((s) => s.id))).size,
    );
    expect(csv).toContain('Col. Ryan Dillon');
    expect(csv).toContain('Ministry of Peshmerga');
  });

  it.concurrent('refuses to overwrite an existing --out unless --force', async () => {
    const out = join(dir, 'exists.md');
    writeFileSync(out, 'keep me');
    expectFailure(
      await parallax('report', file, '--all', '--format', 'md', '--out', out),
      /already exists/,
    );
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    const forced = await parallax(
      'report',
      file,
      '--all',
      '--format',
      'md',
      '--out',
      out,
      '--force',
    );
    expect(forced.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('# Parallax report');
  });

  it.concurrent('writes DOCX, ClaimReview and CSL-JSON', async () => {
    const docx = join(dir, 'report.docx');
    expect(
      (await parallax('report', file, '--all', '--format', 'docx', '--out', docx)).status,
    ).toBe(0);
    expect(readFileSync(docx).subarray(0, 2).toString('latin1')).toBe('PK');

    const claims = join(dir, 'claims.jsonld');
    expect(
      (await parallax('report', file, '--all', '--format', 'claimreview', '--out', claims)).status,
    ).toBe(0);
    const reviews = JSON.parse(readFileSync(claims, 'utf8')) as Array<Record<string, unknown>>;
    expect(reviews).toHaveLength(2);
    expect(reviews.every((r) => r['@type'] === 'ClaimReview')).toBe(true);

    const csl = join(dir, 'sources.json');
    const run = await parallax(
      'report',
      file,
      '--all',
      '--format',
      'csl',
      '--style',
      'apa',
      '--out',
      csl,
    );
    expect(run.status).toBe(0);
    const items = JSON.parse(readFileSync(csl, 'utf8')) as Array<{ title: string; type: string }>;
    expect(items).toHaveLength(1);
    expect(items[0]!.title).toContain('Shiite Militias Hang Photo');
  });

  it.concurrent('PDF without a Chromium is a clear failure and writes nothing', async () => {
    const out = join(dir, 'no-chromium.pdf');
    const run = await parallaxWithEnv(
      { PARALLAX_CHROMIUM: join(dir, 'no-such-browser') },
      'report',
      file,
      '--all',
      '--format',
      'pdf',
      '--out',
      out,
    );
    expectFailure(run, /PARALLAX_CHROMIUM/);
    expect(existsSync(out)).toBe(false);
  });

  it.skipIf(findChromium() === null).concurrent(
    'writes a PDF through the Chromium on this machine (skipped: no Chromium found)',
    async () => {
      const out = join(dir, 'report.pdf');
      const run = await parallax('report', file, '--all', '--format', 'pdf', '--out', out);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    },
  );

  it.concurrent('mistyped commands are usage errors', async () => {
    const out = join(dir, 'never.html');
    expectUsageError(
      await parallax('report', file, '--format', 'html', '--out', out),
      'report',
      /--comparison ID, --proposition ID or --all/,
    );
    expectUsageError(
      await parallax('report', file, '--all', '--proposition', 'x', '--format', 'md', '--out', out),
      'report',
      /only one of --comparison, --proposition and --all/,
    );
    expectUsageError(
      await parallax('report', file, '--all', '--format', 'rtf', '--out', out),
      'report',
      /--format must be pdf or html or docx or md or csv or json or claimreview or csl, not 'rtf'$/,
    );
    expectUsageError(
      await parallax(
        'report',
        file,
        '--all',
        '--format',
        'md',
        '--sections',
        'matrix,appendix',
        '--out',
        out,
      ),
      'report',
      /--sections takes a comma-separated list of summary, comparisons, .*not 'appendix'/,
    );
    expectUsageError(
      await parallax('report', file, '--all', '--format', 'md', '--style', 'mla', '--out', out),
      'report',
      /--style must be chicago-author-date or apa, not 'mla'/,
    );
    expectFailure(
      await parallax('report', file, '--comparison', 'nope', '--format', 'md', '--out', out),
      /scope\.ids\.0: must be an id/,
    );
    expectUsageError(
      await parallax('report', file, '--all', '--out', out),
      'report',
      /missing --format/,
    );
    expectUsageError(
      await parallax('report', file, '--all', '--format', 'md'),
      'report',
      /missing --out/,
    );
    expectUsageError(
      await parallax('report', '--all', '--format', 'md', '--out', out),
      'report',
      /missing FILE/,
    );
    expect(existsSync(out)).toBe(false);
  });
});
