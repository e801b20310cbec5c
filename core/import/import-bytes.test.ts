import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { ParallaxError } from '../errors';
import { useTempWorkspace } from '../test/temp-workspace';
import { importBytes } from './import-bytes';
import { makePdf } from './test/make-pdf';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('importBytes parses a file, then imports it with one importSource call', () => {
  const ws = useTempWorkspace();

  it('creates, updates and leaves unchanged, with the service client or an async one', async () => {
    const sync = ws.client.importSource;
    const remote = async (input: Parameters<typeof sync>[0]) => sync(input);
    const page = (text: string) =>
      utf8(`<html lang="ar"><head><title>Statement</title>
        <link rel="canonical" href="https://example.org/statement"></head>
        <body><article><p>${text}</p></article></body></html>`);

    const created = await importBytes(sync, page('النص الأول.'), 'statement.html');
    expect(created).toMatchObject({
      outcome: 'created',
      source: {
        title: 'Statement',
        url: 'https://example.org/statement',
        language: 'ar',
        fileName: 'statement.html',
      },
    });
    // Saved again under another name, with new text: the same source, found by its address.
    const updated = await importBytes(remote, page('النص الثاني.'), 'statement (1).html');
    expect(updated).toMatchObject({ outcome: 'updated', source: { id: created.source.id } });
    expect(
      ws.client.listSourceVersions({ sourceId: created.source.id }).map((v) => v.body),
    ).toEqual(['النص الأول.']);
    const same = await importBytes(remote, page('النص الثاني.'), 'statement.html');
    expect(same).toMatchObject({ outcome: 'unchanged', source: { id: created.source.id } });
  });

  it('lets what the person gave win over what the file says', async () => {
    const pdf = await makePdf({
      title: 'From metadata',
      author: 'Meta Author',
      pages: [[{ text: 'Body.', y: 700 }]],
    });
    const { source } = await importBytes(ws.client.importSource, pdf, 'a.pdf', {
      title: 'Given title',
      outlet: 'Given outlet',
      publishedOn: '2017-10-18',
      author: undefined, // undefined leaves the file's value
    });
    expect(source).toMatchObject({
      title: 'Given title',
      outlet: 'Given outlet',
      author: 'Meta Author',
      publishedOn: '2017-10-18',
      fileName: 'a.pdf',
    });
    const docx = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph('Word text.')] }] }),
    );
    expect((await importBytes(ws.client.importSource, docx, 'w.docx')).source.title).toBe(
      'Word text.',
    );
  });

  it('never reaches the workspace with a file it cannot read: the file stays byte for byte', async () => {
    ws.client.importSource({ fileName: 'a.txt', title: 'A', body: 'Text.' });
    ws.close();
    const before = ws.fileSha256();
    const client = ws.reopen();
    const bad: Array<[Uint8Array, string]> = [
      [utf8('not a pdf'), 'report.pdf'],
      [new Uint8Array(0), 'empty.txt'],
      [utf8('%PDF-1.7\n1 0 obj'), 'cut.pdf'],
      [Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]), 'empty-zip.docx'],
    ];
    for (const [bytes, name] of bad) {
      await expect(importBytes(client.importSource, bytes, name)).rejects.toBeInstanceOf(
        ParallaxError,
      );
    }
    ws.close();
    expect(ws.fileSha256()).toBe(before);
  });
});
