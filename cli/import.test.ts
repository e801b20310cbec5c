import { Document, Packer, Paragraph } from 'docx';
import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makePdf } from '../core/import/test/make-pdf';
import { makeZip } from '../core/import/test/make-zip';
import { MAX_IMPORT_FILE_BYTES } from '../core/import';
import { createWorkspace } from '../db/workspace';
import type { Io } from './command';
import { main } from './main';
import {
  expectFailure,
  inspectWorkspace,
  parallax,
  sha256File,
  useTempDir,
  type Run,
} from './test/harness';

const temp = useTempDir();

/** Runs the CLI in-process (no 0.4 s start-up), capturing what it prints. */
async function parallaxInProcess(...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: Io = { out: (t) => void (stdout += t), err: (t) => void (stderr += t), tty: false };
  const status = await main(args, io);
  return { status, stdout, stderr };
}

function newWorkspace(): string {
  const ws = temp.file('w.parallax');
  createWorkspace(ws).close();
  return ws;
}

const PAGE = `<!doctype html><html lang="en"><head><title>Dillon briefing | DoD</title>
  <meta property="og:title" content="Dillon briefing"><meta property="og:site_name" content="DoD News">
  <meta property="article:published_time" content="2017-10-17T10:00:00-04:00">
  <link rel="canonical" href="https://example.org/dillon"></head>
  <body><article><p>“We do not have reports of PMF units in and around the Kirkuk area.”</p></article></body></html>`;

describe('parallax import reads every supported format (real bin)', () => {
  it('imports .html .pdf .docx .md together, with their metadata, and --json outcomes', async () => {
    const ws = newWorkspace();
    writeFileSync(temp.file('dillon.html'), PAGE);
    writeFileSync(
      temp.file('peshmerga.pdf'),
      await makePdf({
        title: 'Peshmerga statement',
        author: 'Ministry of Peshmerga',
        pages: [
          [{ text: 'The IRGC were directly involved.', y: 700 }],
          [{ text: 'Page two.', y: 700 }],
        ],
      }),
    );
    const docx = new Document({
      title: 'Velayati remarks',
      sections: [{ children: [new Paragraph('Iran has no role in Kirkuk operation.')] }],
    });
    writeFileSync(temp.file('velayati.docx'), await Packer.toBuffer(docx));
    writeFileSync(
      temp.file('notes.md'),
      '# Notes\n\nFighter’s video: “We are now inside the governorate’s building.”\n',
    );

    const run = await parallax(
      'import',
      ws,
      temp.file('dillon.html'),
      temp.file('peshmerga.pdf'),
      temp.file('velayati.docx'),
      temp.file('notes.md'),
      '--language',
      'en',
      '--json',
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const { sources } = JSON.parse(run.stdout) as {
      sources: Array<{ id: string; title: string; outcome: string }>;
    };
    expect(sources.map(({ title, outcome }) => [title, outcome])).toEqual([
      ['Dillon briefing', 'created'],
      ['Peshmerga statement', 'created'],
      ['Velayati remarks', 'created'],
      ['Notes', 'created'],
    ]);
    inspectWorkspace(ws, (client) => {
      const [html, pdf, word, md] = sources.map((s) => client.getSource({ id: s.id }));
      expect(html).toMatchObject({
        outlet: 'DoD News',
        url: 'https://example.org/dillon',
        publishedOn: '2017-10-17',
        language: 'en',
        fileName: 'dillon.html',
        body: '“We do not have reports of PMF units in and around the Kirkuk area.”',
      });
      expect(pdf).toMatchObject({
        author: 'Ministry of Peshmerga',
        body: 'The IRGC were directly involved.\n\nPage two.',
      });
      expect(word!.body).toBe('Iran has no role in Kirkuk operation.');
      // a .md source is stored as its readable text: the heading's words, not its # mark
      expect(md!.body).toMatch(/^Notes\n/);
      for (const source of [html, pdf, word, md]) expect(source!.retrievedAt).toMatch(/^\d{4}-/);
    });
  });
});

describe('parallax import refuses bad files before writing anything', () => {
  it('through the real bin: a sparse 100 MB+ file, a PDF named .txt, a truncated PDF', async () => {
    const ws = newWorkspace();
    const before = sha256File(ws);
    writeFileSync(temp.file('good.txt'), 'A good file\n');
    writeFileSync(temp.file('huge.pdf'), '%PDF-1.7\n');
    truncateSync(temp.file('huge.pdf'), MAX_IMPORT_FILE_BYTES + 1024); // sparse: nothing written
    const pdf = await makePdf({ pages: [[{ text: 'A real PDF', y: 700 }]] });
    writeFileSync(temp.file('pdf.txt'), pdf);
    writeFileSync(temp.file('cut.pdf'), pdf.subarray(0, pdf.length >> 1));

    // The good file comes first each time: nothing at all is imported when any file is refused.
    const runs = await Promise.all(
      ['huge.pdf', 'pdf.txt', 'cut.pdf'].map((bad) =>
        parallax('import', ws, temp.file('good.txt'), temp.file(bad)),
      ),
    );
    expectFailure(
      runs[0]!,
      /huge\.pdf is too big to import \(100\.1 MB; Parallax imports files of up to 100 MB\)/,
    );
    expectFailure(runs[1]!, /pdf\.txt is not a text file \(it looks like a PDF file\)/);
    expectFailure(runs[2]!, /cut\.pdf is incomplete: the end of the PDF is missing/);
    expect(sha256File(ws)).toBe(before);
  });

  it('in-process: every other kind of bad file, each with its own message', async () => {
    const ws = newWorkspace();
    writeFileSync(temp.file('good.txt'), 'A good file\n');
    const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 17) % 256));
    const files: Record<string, Uint8Array | string> = {
      'random.pdf': random,
      'random.docx': random,
      'random.html': random,
      'zip.docx': makeZip({ 'readme.txt': 'Not a Word document' }),
      'text.pdf': 'Just words, no PDF.\n',
      'empty.md': '',
      'blank.txt': '\n  \n',
      'latin1.txt': Buffer.from('caf\xe9\n', 'latin1'),
      'sheet.xlsx': 'x',
    };
    for (const [name, content] of Object.entries(files)) writeFileSync(temp.file(name), content);
    mkdirSync(temp.file('folder.txt'));
    const expected: Array<[string, RegExp]> = [
      ['random.pdf', /random\.pdf is not a PDF \(it looks like binary data\)/],
      ['random.docx', /random\.docx is not a Word \.docx document \(it looks like binary data\)/],
      ['random.html', /random\.html is not an HTML page \(it looks like binary data\)/],
      ['zip.docx', /zip\.docx is not a Word document \(it is a ZIP archive\)/],
      ['text.pdf', /text\.pdf is not a PDF \(it looks like a text file\)/],
      ['empty.md', /empty\.md is empty\./],
      ['blank.txt', /blank\.txt has no text to import/],
      ['latin1.txt', /latin1\.txt is not valid UTF-8/],
      [
        'sheet.xlsx',
        /Cannot import sheet\.xlsx: Parallax imports \.txt, \.md, \.html, \.htm, \.pdf and \.docx files/,
      ],
      ['missing.pdf', /There is no file at .*missing\.pdf/],
      ['folder.txt', /folder\.txt is a folder, not a file/],
    ];
    const before = sha256File(ws);
    for (const [name, message] of expected) {
      expectFailure(
        await parallaxInProcess('import', ws, temp.file('good.txt'), temp.file(name)),
        message,
      );
    }
    expect(sha256File(ws)).toBe(before);
  });

  // Not tested: a real file between, say, 60 and 100 MB would have to be written in full to be
  // parsed, which costs seconds and disk for what the sparse-file test above and the
  // text-length check already cover.
});

describe('parallax import again', () => {
  it('updates a source whose text changed, keeping the old text, and leaves an identical one', async () => {
    const ws = newWorkspace();
    const path = temp.file('briefing.txt');
    writeFileSync(path, 'Briefing\n\nFirst version.\n');
    const url = 'https://example.org/briefing';
    const first = await parallaxInProcess('import', ws, path, '--url', url, '--json');
    expect(first.stderr).toBe('');
    const [created] = (
      JSON.parse(first.stdout) as { sources: Array<{ id: string; outcome: string }> }
    ).sources;
    expect(created!.outcome).toBe('created');

    writeFileSync(path, 'Briefing\n\nSecond version, corrected.\n');
    const second = await parallaxInProcess('import', ws, path);
    expect(second).toMatchObject({ status: 0, stderr: '' });
    expect(second.stdout).toMatch(/^Imported 1 file into .*w\.parallax: 1 updated\n/);
    expect(second.stdout).toMatch(new RegExp(`${created!.id} +briefing\\.txt +updated +Briefing`));

    const before = sha256File(ws);
    // Found by its address, though saved under another name.
    writeFileSync(temp.file('briefing (2).txt'), 'Briefing\n\nSecond version, corrected.\n');
    const third = await parallaxInProcess(
      'import',
      ws,
      temp.file('briefing (2).txt'),
      '--url',
      url,
      '--json',
    );
    expect(JSON.parse(third.stdout)).toEqual({
      sources: [{ id: created!.id, title: 'Briefing', outcome: 'unchanged' }],
    });
    expect(sha256File(ws)).toBe(before);

    inspectWorkspace(ws, (client) => {
      expect(client.listSources({}).total).toBe(1);
      expect(client.getSource({ id: created!.id })).toMatchObject({
        body: 'Briefing\n\nSecond version, corrected.\n',
        url,
        fileName: 'briefing.txt',
      });
      expect(client.listSourceVersions({ sourceId: created!.id }).map((v) => v.body)).toEqual([
        'Briefing\n\nFirst version.\n',
      ]);
    });
  });
});
