import { describe, expect, it } from 'vitest';
import { extractStatements } from './index';
import type { Candidate } from './types';

function quotes(text: string, published?: string): Candidate[] {
  return extractStatements(text, published ? { published } : {}).filter((c) => c.kind === 'quote');
}

function paraphrases(text: string): Candidate[] {
  return extractStatements(text).filter((c) => c.kind === 'paraphrase');
}

describe('extractStatements: quotations and their speakers', () => {
  it('gives both halves of a quotation split by its attribution the same speaker and date', () => {
    const text =
      'Mayor Jane Smith spoke at the site.\n\n“We will rebuild,” she said on Monday. “It will take two years.”';
    const found = quotes(text, '2017-10-19');
    expect(found.map((c) => [c.text, c.speaker, c.role, c.date])).toEqual([
      ['We will rebuild,', 'Jane Smith', 'Mayor', '2017-10-16'],
      ['It will take two years.', 'Jane Smith', 'Mayor', '2017-10-16'],
    ]);
  });

  it('reads attributions before and after, inverted, and with "according to"', () => {
    const text = [
      'Interior Minister Joachim Brudziński said "I can’t find the words for this kind of act."',
      '"We are treating it as a domestic terrorism case," said prosecutor Josh Bash.',
      'According to the ministry, "the search is over and we are going home now."',
      '“The next hours will decide everything,” Dr. Tomasz Stefaniak told reporters.',
    ].join('\n\n');
    expect(quotes(text).map((c) => [c.speaker, c.role])).toEqual([
      ['Joachim Brudziński', 'Interior Minister'],
      ['Josh Bash', 'prosecutor'],
      ['the ministry', null],
      ['Dr. Tomasz Stefaniak', null],
    ]);
  });

  it('resolves a surname to the fuller earlier mention and "he" to the last fitting speaker', () => {
    const text =
      'Rudaw cited U.S. coalition spokesman Col. Ryan Dillon on the matter. “We do not have reports of units there,” Dillon said.\n\n' +
      'The report claims he then “derides the forces and the nation alike.”\n\n' +
      '“Where are the men now?,” he reportedly asks.';
    const found = quotes(text);
    expect(found[0]).toMatchObject({
      speaker: 'Col. Ryan Dillon',
      role: 'U.S. coalition spokesman',
    });
    expect(found[1]!.speaker).toBe('The report');
    expect(found[2]!.speaker).toBe('Col. Ryan Dillon');
  });

  it('takes the name after an apposition of role and name', () => {
    const text =
      'The Senate Minority Leader, Chuck Schumer, said on Friday "We made a plea to the president once again."\n\n' +
      'Bas News, a Kurdish outlet, said "five bases were established in the city so far."';
    expect(quotes(text).map((c) => [c.speaker, c.role])).toEqual([
      ['Chuck Schumer', 'Senate Minority Leader'],
      ['Bas News', 'Kurdish outlet'],
    ]);
  });

  it('drops names, titles, glosses, slogans, captions and unattributed scare quotes', () => {
    const text = [
      'The disease was named "COVID-19" and the programme is called "Learning Together".',
      'An anti-Brexit ("British exit") march went past signs which read "silenced".',
      'Reports vary between a knife and a "sharp tool".',
      '"Revoke article 50" poster at the march. Image: Thomas Davies (flickr).',
      'Time named her its "Person of the Year".',
    ].join('\n\n');
    expect(quotes(text)).toEqual([]);
  });

  it('keeps a long quotation without a speaker, with low confidence', () => {
    const [c] = quotes(
      '"We will all meet up at the tourist attraction and coordinate our entry there."',
    );
    expect(c).toMatchObject({ speaker: null, cue: null, confidence: 0.3 });
  });
});

describe('extractStatements: reported speech', () => {
  it('finds "said that", "claims by X that", "according to X" and "X decried"', () => {
    const text =
      'The Ministry of Peshmerga itself said in a statement that the guards were directly involved in the attacks. ' +
      'Rudaw notes that the video contradicts claims by spokesman Col. Ryan Dillon that the units had not entered the city. ' +
      'More than 1000 people have been arrested since June, according to The Guardian. ' +
      'Peshmerga officials decried Iranian involvement in the invasion in statements this week.';
    expect(paraphrases(text).map((c) => [c.speaker, c.text])).toEqual([
      ['Ministry of Peshmerga', 'the guards were directly involved in the attacks'],
      [
        'Rudaw',
        'the video contradicts claims by spokesman Col. Ryan Dillon that the units had not entered the city',
      ],
      ['Col. Ryan Dillon', 'the units had not entered the city'],
      ['The Guardian', 'More than 1000 people have been arrested since June'],
      ['Peshmerga officials', 'Iranian involvement in the invasion in statements this week'],
    ]);
  });

  it('does not take the words after a quotation’s attribution for reported speech', () => {
    expect(paraphrases('“We are leaving now,” the commander said on Monday.')).toEqual([]);
  });
});

describe('extractStatements: any input', () => {
  it('returns nothing for empty or quote-free text', () => {
    expect(extractStatements('')).toEqual([]);
    expect(extractStatements('   \n\n  ')).toEqual([]);
    expect(extractStatements('Nothing was said here at all.')).toEqual([]);
  });

  it('keeps text equal to the slice for random mixtures of marks, words and breaks', () => {
    const pieces = [
      '"',
      '“',
      '”',
      '‘',
      '’',
      "'",
      ' ',
      '\n',
      '\n\n',
      '.',
      ',',
      ':',
      'said',
      'Smith',
      'he',
      'that',
      'the',
      'Col.',
      'Ryan',
      '\u00a0',
      '😀',
      'according to',
    ];
    let seed = 42;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    for (let round = 0; round < 300; round++) {
      const length = 1 + Math.floor(next() * 80);
      let text = '';
      for (let i = 0; i < length; i++)
        text += pieces[Math.floor(next() * pieces.length)]! + (next() < 0.5 ? ' ' : '');
      for (const c of extractStatements(text, { published: '2020-02-29' })) {
        expect(text.slice(c.start, c.end)).toBe(c.text);
        expect(c.text.trim()).toBe(c.text);
        expect(c.end).toBeGreaterThan(c.start);
      }
    }
  });

  it('stays fast on pathological input (linear scans, no catastrophic backtracking)', () => {
    const inputs = [
      'he said '.repeat(20_000),
      '"a"'.repeat(30_000),
      '“x,” he said. '.repeat(10_000),
      'Alpha '.repeat(30_000) + 'said "x y z w v u t s."',
      'X, '.repeat(30_000) + 'said "hello there my friend and colleague."',
      'a'.repeat(200_000),
    ];
    for (const text of inputs) {
      const t0 = performance.now();
      extractStatements(text, { published: '2020-01-01' });
      expect(performance.now() - t0, text.slice(0, 20)).toBeLessThan(2000);
    }
  });
});
