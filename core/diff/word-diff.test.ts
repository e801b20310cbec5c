import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, wordDiff, type WordDiffPart, type WordDiffResult } from './index';

function parts(result: WordDiffResult): WordDiffPart[] {
  if (result.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result.parts;
}

/** The old text (same + removed) and the new text (same + added) rebuilt from the parts. */
function rebuild(list: WordDiffPart[]): { a: string; b: string } {
  return {
    a: list
      .filter((p) => p.kind !== 'added')
      .map((p) => p.text)
      .join(''),
    b: list
      .filter((p) => p.kind !== 'removed')
      .map((p) => p.text)
      .join(''),
  };
}

const DILLON =
  'We do not have reports of PMF units or Iranian forces in and around the Kirkuk area, ' +
  'Coalition spokesman Colonel Ryan Dillon said on Monday.';
const FIGHTER = "We are now inside the governorate's building, a fighter told reporters.";

describe('wordDiff', () => {
  it('gives exactly the expected parts for a near-duplicate (one word changed)', () => {
    expect(
      parts(
        wordDiff(
          'Forces entered Kirkuk on Monday morning.',
          'Forces entered Kirkuk on Tuesday morning.',
        ),
      ),
    ).toEqual([
      { text: 'Forces entered Kirkuk', kind: 'same', shared: true },
      { text: ' on ', kind: 'same' },
      { text: 'Monday', kind: 'removed' },
      { text: 'Tuesday', kind: 'added' },
      { text: ' ', kind: 'same' },
      { text: 'morning', kind: 'same', shared: true },
      { text: '.', kind: 'same' },
    ]);
  });

  it('marks negations on the parts that hold them', () => {
    const list = parts(
      wordDiff('Iran has no role in Kirkuk operation', 'Iran had a role in the Kirkuk operation'),
    );
    expect(list).toContainEqual({ text: 'no', kind: 'removed', negation: true });
    expect(list.filter((p) => p.negation).map((p) => p.text)).toEqual(['no']);
    expect(list).toContainEqual({ text: 'Kirkuk operation', kind: 'same', shared: true });

    const contracted = parts(wordDiff("They don't deny the talks", 'They confirm the talks'));
    expect(contracted.filter((p) => p.negation).map((p) => p.text)).toEqual(["don't", 'deny']);

    const same = parts(
      wordDiff('The minister did not attend', 'The minister did not attend today'),
    );
    expect(same).toContainEqual({ text: 'not', kind: 'same', negation: true });
  });

  it('marks Arabic and Persian negations', () => {
    const ar = parts(
      wordDiff('قال الوزير إن الحكومة لن تتفاوض', 'قال الوزير إن الحكومة ستتفاوض', {
        locale: 'ar',
      }),
    );
    expect(ar).toContainEqual({ text: 'لن', kind: 'removed', negation: true });
    const fa = parts(
      wordDiff('ما نمی‌خواهیم با آنها جنگ کنیم', 'ما می‌خواهیم با آنها جنگ کنیم', { locale: 'fa' }),
    );
    expect(fa.filter((p) => p.negation)).toEqual([
      { text: 'نمی‌خواهیم', kind: 'removed', negation: true },
    ]);
  });

  it('diffs Arabic by words, not letters', () => {
    const list = parts(
      wordDiff('قال الوزير إن المفاوضات مستمرة', 'قال الوزير إن المفاوضات متوقفة', {
        locale: 'ar',
      }),
    );
    expect(list.filter((p) => p.kind === 'removed')).toEqual([{ text: 'مستمرة', kind: 'removed' }]);
    expect(list.filter((p) => p.kind === 'added')).toEqual([{ text: 'متوقفة', kind: 'added' }]);
    expect(list.filter((p) => p.shared).map((p) => p.text)).toEqual(['قال الوزير', 'المفاوضات']);
    // Without a locale the runtime's default segmenter still splits Arabic into words.
    const plain = parts(
      wordDiff('قال الوزير إن المفاوضات مستمرة', 'قال الوزير إن المفاوضات متوقفة'),
    );
    expect(plain.filter((p) => p.kind !== 'same').map((p) => p.text)).toEqual(['مستمرة', 'متوقفة']);
  });

  it('refuses to align unrelated statements (Dillon vs the fighter)', () => {
    expect(wordDiff(DILLON, FIGHTER)).toEqual({ status: 'no-alignment', reason: 'unrelated' });
    expect(
      wordDiff(
        'We do not have reports of PMF units in and around the Kirkuk area',
        "We are now inside the governorate's building",
      ),
    ).toEqual({ status: 'no-alignment', reason: 'unrelated' });
    // …but a paraphrase of Dillon sharing most content words aligns.
    const para = wordDiff(
      DILLON,
      'We have no reports of PMF units or Iranian forces in the Kirkuk area, Colonel Ryan Dillon said.',
    );
    expect(para.status).toBe('ok');
  });

  it('reconstructs both inputs exactly (NFC) from the parts', () => {
    const a = 'Cafe\u0301  «déjà vu»,\n\tthe  PMF — 12,5 %  قال الوزير';
    const b = 'Café «déjà» vu,\nthe PMF—12.5% قال الوزيرة';
    const list = parts(wordDiff(a, b));
    expect(rebuild(list)).toEqual({ a: a.normalize('NFC'), b: b.normalize('NFC') });
    expect(rebuild(parts(wordDiff(DILLON, DILLON)))).toEqual({ a: DILLON, b: DILLON });
    expect(parts(wordDiff(DILLON, DILLON)).every((p) => p.kind === 'same')).toBe(true);
  });

  it('reconstruction holds for arbitrary strings (property)', () => {
    const check = (a: string, b: string) => {
      const result = wordDiff(a, b, { timeoutMs: 5_000 });
      if (result.status !== 'ok') return;
      const list = result.parts;
      expect(rebuild(list)).toEqual({ a: a.normalize('NFC'), b: b.normalize('NFC') });
      expect(list.every((p) => p.text.length > 0)).toBe(true);
    };
    // Arbitrary pairs (many come back unrelated: nothing to check then).
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), check),
      {
        numRuns: 300,
      },
    );
    fc.assert(fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), check), {
      numRuns: 300,
    });
    // Related pairs: b is a word-level edit of a, so most of them align.
    const word = fc.constantFrom(
      'Kirkuk',
      'not',
      'قال',
      'الوزير',
      'نمی‌خواهیم',
      'the',
      'PMF',
      ',',
      ' ',
      '  ',
      '\n',
      'e\u0301',
    );
    let aligned = 0;
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.array(word, { maxLength: 6 }),
        (ws, cuts, extra) => {
          const a = ws.join(' ');
          const edited = [...ws];
          cuts.forEach((c, i) => {
            if (edited.length > 0)
              edited.splice(c % edited.length, 1, ...(extra[i] !== undefined ? [extra[i]] : []));
          });
          const b = edited.join(' ');
          if (wordDiff(a, b, { timeoutMs: 5_000 }).status === 'ok') aligned++;
          check(a, b);
        },
      ),
      { numRuns: 300 },
    );
    expect(aligned).toBeGreaterThan(150);
  });

  it('keeps long texts exact and word-level across segmenter chunks', () => {
    const words = Array.from({ length: 3_000 }, (_, i) => (i % 3 === 0 ? 'المفاوضات' : `word${i}`));
    const a = words.join(' ');
    const b = [...words.slice(0, 1_500), 'changed', ...words.slice(1_501)].join(' ');
    const list = parts(wordDiff(a, b, { timeoutMs: 5_000 }));
    expect(rebuild(list)).toEqual({ a, b });
    expect(list.filter((p) => p.kind !== 'same')).toEqual([
      { text: 'المفاوضات', kind: 'removed' },
      { text: 'changed', kind: 'added' },
    ]);
    const noSpaces = 'ب'.repeat(10_000) + '😀'.repeat(3_000);
    expect(
      tokenize(noSpaces)
        .map((t) => t.text)
        .join(''),
    ).toBe(noSpaces);
  });

  it('tokenizes into pieces that cover the text', () => {
    const text = 'PMF units — in and around the Kirkuk area; قال الوزير  نمی‌خواهیم';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text).join('')).toBe(text);
    expect(tokens.filter((t) => t.word).map((t) => t.text)).toContain('نمی‌خواهیم');
  });

  it('returns no-alignment for two unrelated 30,000-word texts', { timeout: 60_000 }, () => {
    const vocabulary = (seed: number) =>
      Array.from({ length: 2_000 }, (_, i) => `w${seed}x${(i * 7919) % 2_000}`);
    const text = (words: string[], step: number) =>
      Array.from({ length: 30_000 }, (_, i) => words[(i * step) % words.length]).join(' ');
    // Different vocabularies: the cheap bag-of-words bound answers 'unrelated'.
    expect(wordDiff(text(vocabulary(1), 13), text(vocabulary(2), 17))).toEqual({
      status: 'no-alignment',
      reason: 'unrelated',
    });
    // Same vocabulary, different order (and English function words): the diff runs out of time.
    const shared = vocabulary(3);
    const result = wordDiff(text(shared, 13), text(shared, 17));
    expect(result.status).toBe('no-alignment');
  });
});
