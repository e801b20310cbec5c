import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractStatements } from './index';
import { KIRKUK_EXPECTED, KIRKUK_TEXT, missing } from './test/shared';

interface Expected {
  id: string;
  kind: 'quote' | 'paraphrase';
  exact: string;
  start: number;
  end: number;
  aliases: string[];
}

const absent = missing(KIRKUK_TEXT) || missing(KIRKUK_EXPECTED);

/** Intersection over union of two spans. */
function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union > 0 ? inter / union : 0;
}

function speaks(aliases: string[], speaker: string | null): boolean {
  return speaker !== null && aliases.some((a) => a.toLowerCase() === speaker.toLowerCase());
}

describe.skipIf(absent)(`the Kirkuk fixture${absent ? ` (skipped: ${absent})` : ''}`, () => {
  const text = absent ? '' : readFileSync(KIRKUK_TEXT, 'utf8');
  const expected = absent
    ? []
    : (JSON.parse(readFileSync(KIRKUK_EXPECTED, 'utf8')) as { statements: Expected[] }).statements;
  // Published Thursday 2017-10-19: Monday → 10-16, Tuesday → 10-17, this week → Monday 10-16.
  const found = absent ? [] : extractStatements(text, { published: '2017-10-19' });

  it('finds every quote with its exact span and a speaker among its aliases', () => {
    const quotes = expected.filter((s) => s.kind === 'quote');
    expect(quotes).toHaveLength(7);
    for (const q of quotes) {
      const hit = found.find((c) => c.kind === 'quote' && c.start === q.start && c.end === q.end);
      expect(hit, q.id).toBeDefined();
      expect(hit!.text).toBe(q.exact);
      expect(speaks(q.aliases, hit!.speaker), `${q.id}: ${hit!.speaker}`).toBe(true);
    }
  });

  it('finds at least 5 of the 6 paraphrases, overlapping substantially, with their speakers', () => {
    const paraphrases = expected.filter((s) => s.kind === 'paraphrase');
    expect(paraphrases).toHaveLength(6);
    const hits = paraphrases.filter((p) =>
      found.some(
        (c) => c.kind === 'paraphrase' && overlap(c, p) >= 0.5 && speaks(p.aliases, c.speaker),
      ),
    );
    expect(hits.length).toBeGreaterThanOrEqual(5);
  });

  it('resolves names, roles and relative dates against the publication date', () => {
    const at = (start: number) => found.find((c) => c.start === start)!;
    expect(at(1573)).toMatchObject({
      speaker: 'Col. Ryan Dillon',
      role: 'U.S. coalition spokesman',
      cue: 'Dillon said this week',
      date: '2017-10-16',
      datePrecision: 'week',
    });
    expect(at(2871)).toMatchObject({
      speaker: 'Sheikh Jaafar Mustafa',
      role: 'Kirkuk Peshmerga commander',
      date: '2017-10-16',
      datePrecision: 'day',
    });
    expect(at(3493)).toMatchObject({
      speaker: 'Ali Akbar Velayati',
      role: 'top Khamenei adviser',
      date: '2017-10-17',
    });
    expect(at(3917)).toMatchObject({
      speaker: 'Heather Nauert',
      role: 'State Department spokeswoman',
      date: '2017-10-17',
    });
    expect(found.find((c) => c.speaker === 'Peshmerga officials')).toMatchObject({
      date: '2017-10-16',
      datePrecision: 'week',
    });
    expect(found.find((c) => c.speaker === 'Bas News')).toMatchObject({
      date: '2017-10-18',
      datePrecision: 'day',
    });
    // "he reportedly asks" is the fighter of the quotation before, not the report between.
    expect(at(1230).speaker).toBe('the fighter');
  });

  it('keeps every span a slice of the input', () => {
    for (const c of found) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
});
