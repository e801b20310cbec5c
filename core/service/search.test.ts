import { describe, expect, it } from 'vitest';
import type { ServiceClient } from '.';
import type { Input } from '../api';
import { useTempWorkspace } from '../test/temp-workspace';
import { RANKED_MATCHES } from './search';

describe('search', () => {
  const ws = useTempWorkspace();

  /** Texts of the statements a query finds, best first. */
  const found = (c: ServiceClient, query: string, extra: Partial<Input<'search'>> = {}) =>
    c.search({ query, ...extra }).results.map((r) => r.text);

  function world() {
    const c = ws.client;
    const kirk = c.createActor({ name: 'Charlie Kirk', aliases: ['CK'] });
    const mayor = c.createActor({ name: 'Mayor of Kirkuk' });
    const other = c.createActor({ name: 'Jane Doe' });
    const say = (speakerId: string, text: string, extra: Partial<Input<'createStatement'>> = {}) =>
      c.createStatement({ speakerId, text, ...extra });
    say(kirk.id, 'The election was fair and the count was honest.');
    say(mayor.id, 'Water supplies in the city are secure.');
    say(other.id, 'Talks will resume next week, the envoy said.');
    say(other.id, 'Next week there will be no talks; resume is impossible.');
    say(other.id, 'Les négociations reprendront.', { translation: 'Negotiations will restart.' });
    return { c, kirk, mayor, other };
  }

  it('ranks only the newest matches of a very common word, and says so', () => {
    const c = ws.client;
    const speaker = c.createActor({ name: 'Speaker' });
    // The oldest statement is the best match of all; past RANKED_MATCHES it is not ranked.
    c.createStatement({ speakerId: speaker.id, text: 'Oil oil oil oil oil.' });
    for (let i = 0; i < RANKED_MATCHES; i++) {
      c.createStatement({
        speakerId: speaker.id,
        text: `Statement ${i} mentions oil among other words.`,
      });
    }
    const wide = c.search({ query: 'oil', limit: 5 });
    expect(wide.rankedNewest).toBe(RANKED_MATCHES);
    expect(wide.results).toHaveLength(5);
    expect(wide.results.map((r) => r.text)).not.toContain('Oil oil oil oil oil.');
    // a rarer word is ranked over all its matches
    const narrow = c.search({ query: 'oil oil' });
    expect(narrow.rankedNewest).toBe(RANKED_MATCHES);
    expect(c.search({ query: 'statement 7 mentions' }).rankedNewest).toBeNull();
    // a speaker's own statements are ranked in full
    const own = c.search({ query: 'oil', speakerId: speaker.id, limit: 1 });
    expect(own.results[0]!.text).toBe('Oil oil oil oil oil.');
  });

  it('ranks the best matches first', () => {
    const c = ws.client;
    const speaker = c.createActor({ name: 'Speaker' });
    c.createStatement({
      speakerId: speaker.id,
      text: 'A long statement that mentions oil only once among very many other words about budgets, roads, schools and hospitals.',
    });
    c.createStatement({ speakerId: speaker.id, text: 'Oil, oil, oil: oil exports.' });
    c.createStatement({ speakerId: speaker.id, text: 'Nothing relevant here.' });
    expect(found(c, 'oil')).toEqual([
      'Oil, oil, oil: oil exports.',
      'A long statement that mentions oil only once among very many other words about budgets, roads, schools and hospitals.',
    ]);
    expect(c.search({ query: 'oil', limit: 1 }).results).toHaveLength(1);
  });

  it('returns an HTML-escaped snippet with the matches marked', () => {
    const c = ws.client;
    const speaker = c.createActor({ name: 'Speaker' });
    const statement = c.createStatement({
      speakerId: speaker.id,
      text: 'He wrote <script>alert("x")</script> & said the sanctions “work”.',
    });
    const [result] = c.search({ query: 'sanctions' }).results;
    expect(result).toMatchObject({
      statementId: statement.id,
      speaker: 'Speaker',
      text: statement.text,
    });
    expect(result!.snippet).toContain('<mark>sanctions</mark>');
    expect(result!.snippet).toContain('&#60;script&#62;');
    expect(result!.snippet).toContain('&#38;');
    expect(result!.snippet).toContain('&#34;x&#34;');
    const withoutMarks = result!.snippet.replace(/<\/?mark>/g, '');
    expect(withoutMarks).not.toMatch(/[<>"]/);
    expect(found(c, 'script')).toHaveLength(1);
  });

  it('finds statements by the speaker’s name and aliases, and follows renames', () => {
    const { c, kirk } = world();
    expect(found(c, 'charlie')).toEqual(['The election was fair and the count was honest.']);
    expect(found(c, 'ck')).toEqual(['The election was fair and the count was honest.']);

    c.addAlias({ actorId: kirk.id, alias: 'Turning Point' });
    expect(found(c, 'turning point')).toHaveLength(1);
    c.updateActor({ id: kirk.id, name: 'C. J. Kirk' });
    expect(found(c, 'charlie')).toEqual([]);
    expect(found(c, 'c. j.')).toHaveLength(1);
    const alias = c.getActor({ id: kirk.id }).aliases.find((a) => a.alias === 'CK')!;
    c.removeAlias({ id: alias.id });
    expect(found(c, 'ck')).toEqual([]);
  });

  it('matches quoted phrases only with the words together', () => {
    const { c } = world();
    expect(found(c, 'talks resume').sort()).toEqual([
      'Next week there will be no talks; resume is impossible.',
      'Talks will resume next week, the envoy said.',
    ]);
    expect(found(c, '"will resume"')).toEqual(['Talks will resume next week, the envoy said.']);
    expect(found(c, '“will resume”')).toEqual(['Talks will resume next week, the envoy said.']);
    expect(found(c, '"resume will"')).toEqual([]);
  });

  it('matches prefixes written with *', () => {
    const { c } = world();
    expect(found(c, 'kirk').sort()).toEqual(['The election was fair and the count was honest.']);
    expect(found(c, 'kirk*').sort()).toEqual([
      'The election was fair and the count was honest.',
      'Water supplies in the city are secure.',
    ]);
    expect(found(c, 'negotiat*')).toEqual(['Les négociations reprendront.']);
  });

  it('understands OR and -exclusion', () => {
    const { c } = world();
    expect(found(c, 'election OR water').sort()).toEqual([
      'The election was fair and the count was honest.',
      'Water supplies in the city are secure.',
    ]);
    expect(found(c, 'talks -impossible')).toEqual(['Talks will resume next week, the envoy said.']);
    expect(found(c, 'talks -impossible -envoy')).toEqual([]);
    expect(found(c, 'week -"no talks"')).toEqual(['Talks will resume next week, the envoy said.']);
  });

  it('searches translations, ignoring Latin accents', () => {
    const { c } = world();
    expect(found(c, 'restart')).toEqual(['Les négociations reprendront.']);
    expect(found(c, 'negociations')).toEqual(['Les négociations reprendront.']);
    expect(found(c, 'NÉGOCIATIONS')).toEqual(['Les négociations reprendront.']);
  });

  it('narrows to one speaker', () => {
    const { c, other, kirk } = world();
    expect(found(c, 'week', { speakerId: other.id })).toHaveLength(2);
    expect(found(c, 'week', { speakerId: kirk.id })).toEqual([]);
  });

  it('never fails on odd input', () => {
    const { c } = world();
    const odd = [
      '"',
      '"""',
      '(((',
      ')',
      'AND OR NOT',
      'OR',
      'NOT',
      'NEAR',
      'NEAR(talks resume)',
      '*',
      '**',
      'talks*"',
      '-',
      '--talks',
      '-talks',
      '^talks',
      'text:talks',
      '{text}: talks',
      'talks +',
      "'",
      '\\',
      '%_',
      '\u0000',
      '"unterminated phrase',
      'a'.repeat(500),
      '٭ ؟ ، «»',
    ];
    for (const query of odd) {
      expect(() => c.search({ query }), query).not.toThrow();
      expect(() => c.searchSources({ query }), query).not.toThrow();
      expect(Array.isArray(c.search({ query }).results)).toBe(true);
    }
    expect(found(c, '"')).toEqual([]);
    expect(found(c, '(((')).toEqual([]);
    expect(found(c, '*')).toEqual([]);
    expect(found(c, 'talks*"')).toHaveLength(2);
  });

  it('matches vocalised and unvocalised Arabic alike', () => {
    const c = ws.client;
    const speaker = c.createActor({ name: 'مُحَمَّد جَوَاد ظَرِيف' });
    const vocalised = c.createStatement({
      speakerId: speaker.id,
      text: 'قَالَ الوَزِيرُ إِنَّ المُفَاوَضَاتِ سَتُسْتَأْنَفُ',
    });
    const plain = c.createStatement({ speakerId: speaker.id, text: 'المفاوضات متوقفة' });
    const ids = (query: string) =>
      c
        .search({ query })
        .results.map((r) => r.statementId)
        .sort();

    expect(ids('المفاوضات')).toEqual([vocalised.id, plain.id].sort());
    expect(ids('المُفَاوَضَاتِ')).toEqual([vocalised.id, plain.id].sort());
    expect(ids('الوزير')).toEqual([vocalised.id]);
    // Hamza forms of alef fold together; tatweel is ignored.
    expect(ids('ان')).toEqual([vocalised.id]);
    expect(ids('الوزيـــر')).toEqual([vocalised.id]);
    // The speaker's vocalised name is found unvocalised.
    expect(ids('محمد')).toEqual([vocalised.id, plain.id].sort());
  });

  it('shows the snippet of Arabic-script text in the statement’s own spelling', () => {
    const c = ws.client;
    const speaker = c.createActor({ name: 'متحدث' });
    c.createStatement({ speakerId: speaker.id, text: 'قَالَ الوَزِيرُ إنّ المُفَاوَضَاتِ مستمرة' });
    const [hit] = c.search({ query: 'الوزير' }).results;
    expect(hit?.snippet).toBe('قَالَ <mark>الوَزِيرُ</mark> إنّ المُفَاوَضَاتِ مستمرة');
    const [persian] = c.search({ query: 'الوزیر' }).results;
    expect(persian?.snippet).toContain('<mark>الوَزِيرُ</mark>');
  });

  it('matches Persian and Arabic spellings of yeh and kaf', () => {
    const c = ws.client;
    const speaker = c.createActor({ name: 'سخنگو' });
    const persian = c.createStatement({ speakerId: speaker.id, text: 'علی گفت که کشور آماده است' });
    const arabic = c.createStatement({ speakerId: speaker.id, text: 'علي قال كلمة' });
    const ids = (query: string) =>
      c
        .search({ query })
        .results.map((r) => r.statementId)
        .sort();

    expect(ids('علی')).toEqual([persian.id, arabic.id].sort());
    expect(ids('علي')).toEqual([persian.id, arabic.id].sort());
    expect(ids('كشور')).toEqual([persian.id]);
    expect(ids('کلمه')).toEqual([]);
    expect(ids('کلمة')).toEqual([arabic.id]);
  });

  it('finds nothing once a statement is deleted or changed', () => {
    const c = ws.client;
    const speaker = c.createActor({ name: 'Speaker' });
    const s = c.createStatement({ speakerId: speaker.id, text: 'Pipelines matter.' });
    expect(found(c, 'pipelines')).toHaveLength(1);
    c.updateStatement({ id: s.id, text: 'Railways matter.' });
    expect(found(c, 'pipelines')).toEqual([]);
    expect(found(c, 'railways')).toHaveLength(1);
    c.deleteStatement({ id: s.id });
    expect(found(c, 'railways')).toEqual([]);
  });
});
