import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  expectFailure,
  expectUsageError,
  inspectWorkspace,
  parallax,
  parallaxJson,
  sha256File,
  useTempDir,
} from './test/harness';

const temp = useTempDir();

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('init, import, sources, add-statement, statements, search', () => {
  it('round-trips through the workspace file', async () => {
    const ws = temp.file('w.parallax');
    const init = await parallax('init', ws);
    expect(init).toMatchObject({ status: 0, stderr: '' });
    expect(init.stdout).toMatch(/Created workspace/);
    expect(existsSync(ws)).toBe(true);
    expectFailure(await parallax('init', ws), /already exists/);

    const article =
      'Minister denies report\r\n\r\nThe minister said: “We have no forces in the city.”\r\n';
    writeFileSync(temp.file('article.txt'), `\uFEFF${article}`);
    writeFileSync(
      temp.file('notes.md'),
      '---\n\n```\n# not a title\n```\n\n# Briefing *notes* #\n\nSpokesman: “Calm.”\n',
    );
    const imported = (await parallaxJson(
      'import',
      ws,
      temp.file('article.txt'),
      temp.file('notes.md'),
      '--outlet',
      'Example News',
      '--published',
      '2017-10-19',
      '--language',
      'en',
    )) as { sources: Array<{ id: string; title: string }> };
    expect(Object.keys(imported)).toEqual(['sources']);
    expect(imported.sources.map((s) => Object.keys(s))).toEqual([
      ['id', 'title', 'outcome'],
      ['id', 'title', 'outcome'],
    ]);
    expect(imported.sources.map((s) => s.title)).toEqual([
      'Minister denies report',
      'Briefing notes', // a Markdown heading's emphasis marks are not part of its words
    ]);

    // The same text under another name is another document; --title names it. It is imported,
    // with a warning that names the source already holding that text.
    writeFileSync(temp.file('notes-copy.md'), readFileSync(temp.file('notes.md')));
    const copied = await parallax(
      'import',
      ws,
      temp.file('notes-copy.md'),
      '--title',
      'Own title',
      '--json',
    );
    expect(copied.status).toBe(0);
    const notes = imported.sources[1]!;
    expect(copied.stderr).toBe(
      `parallax: warning: notes-copy.md has the same text as “${notes.title}” (${notes.id}), ` +
        `already in ${ws}; imported as another source\n`,
    );
    const single = JSON.parse(copied.stdout) as {
      sources: Array<{ title: string; duplicateOf?: { id: string; title: string } }>;
    };
    expect(single.sources[0]!.title).toBe('Own title');
    expect(single.sources[0]!.duplicateOf).toEqual({ id: notes.id, title: notes.title });

    const listed = (await parallaxJson('sources', ws)) as {
      sources: Array<Record<string, unknown>>;
    };
    expect(Object.keys(listed)).toEqual(['sources']);
    expect(listed.sources).toHaveLength(3);
    for (const source of listed.sources) {
      expect(Object.keys(source)).toEqual([
        'id',
        'title',
        'outlet',
        'url',
        'published',
        'language',
        'sha256',
        'text',
      ]);
      expect(source.sha256).toBe(sha256(source.text as string));
    }
    const articleSource = listed.sources.find((s) => s.title === 'Minister denies report')!;
    expect(articleSource).toMatchObject({
      id: imported.sources[0]!.id,
      outlet: 'Example News',
      url: null, // --url names one document, so it is only taken with a single SOURCE
      published: '2017-10-19',
      language: 'en',
      text: article, // the BOM dropped, nothing else changed
    });
    expect(listed.sources.find((s) => s.title === 'Own title')).toMatchObject({
      outlet: null,
      url: null,
      published: null,
    });
    inspectWorkspace(ws, (client) => {
      expect(client.getSource({ id: articleSource.id as string }).fileName).toBe('article.txt');
    });

    const quote = 'We have no forces in the city.';
    const first = (await parallaxJson(
      'add-statement',
      ws,
      '--speaker',
      'Jane Minister',
      '--text',
      quote,
      '--source',
      articleSource.id as string,
      '--date',
      '2017-10-18',
    )) as { id: string };
    expect(Object.keys(first)).toEqual(['id']);
    const second = (await parallaxJson(
      'add-statement',
      ws,
      '--speaker',
      'jane minister',
      '--text',
      'The forces left on Monday.',
      '--kind',
      'paraphrase',
    )) as { id: string };
    await parallaxJson('add-statement', ws, '--speaker', 'Spokesman', '--text', 'Calm.');

    inspectWorkspace(ws, (client) => {
      // The same actor both times (found ignoring case), created once.
      expect(client.listActors({}).items.map((a) => a.name)).toEqual([
        'Jane Minister',
        'Spokesman',
      ]);
      const statement = client.getStatement({ id: first.id });
      expect(statement).toMatchObject({
        speakerName: 'Jane Minister',
        saidOn: '2017-10-18',
        saidOnPrecision: 'day',
        kind: 'quote',
      });
      const start = article.indexOf(quote);
      expect(statement.anchor).toEqual({
        lost: false,
        exact: quote,
        prefix: article.slice(start - 32, start),
        suffix: article.slice(start + quote.length, start + quote.length + 32),
        start,
        end: start + quote.length,
      });
    });

    const all = (await parallaxJson('statements', ws)) as {
      statements: Array<Record<string, unknown>>;
    };
    expect(Object.keys(all)).toEqual(['statements']);
    expect(all.statements).toHaveLength(3);
    for (const s of all.statements)
      expect(Object.keys(s)).toEqual([
        'id',
        'speaker',
        'speakerKind',
        'text',
        'kind',
        'date',
        'datePrecision',
        'dateFrom',
        'sourceId',
        'stances',
      ]);
    expect(all.statements.find((s) => s.id === first.id)).toEqual({
      id: first.id,
      speaker: 'Jane Minister',
      speakerKind: 'person',
      text: quote,
      kind: 'quote',
      date: '2017-10-18',
      datePrecision: 'day',
      dateFrom: 'user',
      sourceId: articleSource.id,
      stances: [],
    });
    expect(all.statements.find((s) => s.id === second.id)).toMatchObject({
      kind: 'paraphrase',
      date: null,
      sourceId: null,
    });

    const byActor = (await parallaxJson('statements', ws, '--actor', 'JANE MINISTER')) as {
      statements: Array<{ id: string }>;
    };
    expect(byActor.statements.map((s) => s.id).sort()).toEqual([first.id, second.id].sort());
    // The same name spelled another way finds the actor too.
    const spelled = (await parallaxJson('statements', ws, '--actor', 'jane-minister.')) as {
      statements: Array<{ id: string }>;
    };
    expect(spelled.statements).toHaveLength(2);
    expectFailure(await parallax('statements', ws, '--actor', 'Nobody'), /Nobody/);

    const found = (await parallaxJson('search', ws, 'forces')) as {
      results: Array<Record<string, unknown>>;
    };
    expect(Object.keys(found)).toEqual(['results']);
    expect(found.results).toHaveLength(2);
    for (const r of found.results)
      expect(Object.keys(r)).toEqual(['statementId', 'speaker', 'text', 'snippet']);
    expect(found.results[0]!.snippet).toMatch(/<mark>forces<\/mark>/);
    const limited = (await parallaxJson('search', ws, 'forces', '--limit', '1')) as {
      results: unknown[];
    };
    expect(limited.results).toHaveLength(1);

    // Human output: tidy, on stdout only.
    const human = await parallax('statements', ws, '--actor', 'Jane Minister');
    expect(human.status).toBe(0);
    expect(human.stderr).toBe('');
    expect(human.stdout.split('\n')[0]).toMatch(/^DATE +SPEAKER +KIND +TEXT$/);
  });
});

describe('import refuses what it cannot read, before writing anything', () => {
  it('leaves the workspace byte for byte as it was', async () => {
    const ws = temp.file('w.parallax');
    expect((await parallax('init', ws)).status).toBe(0);
    const before = sha256File(ws);
    writeFileSync(temp.file('good.txt'), 'A good file\n');
    writeFileSync(temp.file('latin1.txt'), Buffer.from('caf\xe9\n', 'latin1'));
    writeFileSync(temp.file('nul.md'), 'a\u0000b');
    writeFileSync(temp.file('report.pdf'), '%PDF-1.4');

    // The good file comes first each time: nothing at all is imported when any file is refused.
    const runs = await Promise.all([
      parallax('import', ws, temp.file('good.txt'), temp.file('report.pdf')),
      parallax('import', ws, temp.file('good.txt'), temp.file('latin1.txt')),
      parallax('import', ws, temp.file('good.txt'), temp.file('nul.md')),
      parallax('import', ws, temp.file('good.txt'), temp.file('missing.txt')),
    ]);
    expectFailure(runs[0]!, /report\.pdf is incomplete: the end of the PDF is missing/);
    expectFailure(runs[1]!, /latin1\.txt is not valid UTF-8/);
    expectFailure(runs[2]!, /nul\.md contains NUL bytes/);
    expectFailure(runs[3]!, /no file at .*missing\.txt/);
    expect(sha256File(ws)).toBe(before);
  });
});

describe('add-statement', () => {
  it('creates no actor when the statement is refused', async () => {
    const ws = temp.file('w.parallax');
    expect((await parallax('init', ws)).status).toBe(0);
    const missingSource = '11111111-1111-4111-8111-111111111111';
    const runs = await Promise.all([
      parallax(
        'add-statement',
        ws,
        '--speaker',
        'New Person',
        '--text',
        'Words.',
        '--source',
        missingSource,
      ),
      parallax('add-statement', ws, '--speaker', 'New Person', '--text', ' '),
    ]);
    expectFailure(runs[0]!, /no source with id/);
    expect(runs[1]!.status).toBe(2);
    inspectWorkspace(ws, (client) => expect(client.listActors({}).total).toBe(0));
  });

  it('stores a week-precision date as its Monday, and refuses a precision without a date', async () => {
    const ws = temp.file('w.parallax');
    expect((await parallax('init', ws)).status).toBe(0);
    const words = ['--speaker', 'Envoy', '--text', 'We will stay this week.'];
    const [week, bare, wrong] = await Promise.all([
      parallaxJson('add-statement', ws, ...words, '--date', '2020-01-09', '--precision', 'week'),
      parallax('add-statement', ws, ...words, '--precision', 'week'),
      parallax('add-statement', ws, ...words, '--date', '2020-01-09', '--precision', 'fortnight'),
    ]);
    expectUsageError(bare, 'add-statement', /--precision needs a --date/);
    expectUsageError(wrong, 'add-statement', /--precision must be day or week or month or year/);
    inspectWorkspace(ws, (client) => {
      expect(client.getStatement({ id: (week as { id: string }).id })).toMatchObject({
        saidOn: '2020-01-06',
        saidOnPrecision: 'week',
      });
      expect(client.listStatements({}).total).toBe(1);
    });
  });
});
