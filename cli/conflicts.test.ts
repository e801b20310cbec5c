import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectUsageError, parallax, parallaxJson } from './test/harness';

interface Side {
  statementId: string;
  speaker: string;
  text: string;
  stance: string;
  date: string | null;
}
interface Listed {
  conflicts: Array<{ proposition: { id: string; text: string }; a: Side; b: Side; flip: boolean }>;
  total: number;
}

let dir: string;
let file: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-cli-conflicts-'));
  file = join(dir, 'kirkuk.parallax');
  expect((await parallax('sample', file)).status).toBe(0);
}, 30_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parallax conflicts', () => {
  it('lists Dillon against the fighter and Velayati against the Ministry of Peshmerga', async () => {
    const listed = (await parallaxJson('conflicts', file)) as Listed;
    expect(listed.total).toBe(listed.conflicts.length);
    const pairs = listed.conflicts.map((c) => [c.a.speaker, c.a.stance, c.b.speaker, c.b.stance]);
    expect(pairs).toContainEqual([
      'PMF fighter (unnamed)',
      'affirms',
      'Col. Ryan Dillon',
      'denies',
    ]);
    expect(pairs).toContainEqual([
      'Ministry of Peshmerga',
      'affirms',
      'Ali Akbar Velayati',
      'denies',
    ]);
    const pmf = listed.conflicts.find((c) => c.b.speaker === 'Col. Ryan Dillon')!;
    expect(pmf.proposition.text).toBe('PMF units entered Kirkuk city');
    expect(pmf.flip).toBe(false);
    expect(Object.keys(pmf.a).sort()).toEqual(
      [
        'date',
        'dateFrom',
        'datePrecision',
        'kind',
        'speaker',
        'stance',
        'statementId',
        'text',
      ].sort(),
    );

    const one = (await parallaxJson(
      'conflicts',
      file,
      '--proposition',
      pmf.proposition.id,
      '--limit',
      '1',
    )) as Listed;
    expect(one.conflicts).toHaveLength(1);
    expect(one.total).toBe(4);
    expect(one.conflicts[0]!.proposition.id).toBe(pmf.proposition.id);
  }, 30_000);

  it('prints a readable list, and usage errors exit 2', async () => {
    const text = await parallax('conflicts', file, '--flips');
    expect(text.status).toBe(0);
    expect(text.stdout).toBe('No flips.\n');
    const all = await parallax('conflicts', file);
    expect(all.status).toBe(0);
    expect(all.stdout).toMatch(/PMF units entered Kirkuk city\n {2}affirms .*PMF fighter/);
    // Quotations in quotation marks without the comma the article ran on with; paraphrases
    // labelled, never quoted; dates by their precision.
    expect(all.stdout).toContain(
      'denies   week of 2017-10-16  Col. Ryan Dillon: Paraphrase: the PMF had not entered Kirkuk city\n',
    );
    expect(all.stdout).toContain('in and around the Kirkuk area”\n');
    expect(all.stdout).not.toMatch(/,”/);
    expectUsageError(await parallax('conflicts', file, '--limit', '0'), 'conflicts', /--limit/);
  }, 30_000);
});
