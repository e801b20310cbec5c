import { describe, expect, it } from 'vitest';
import { expectRejected } from './test/expect-rejected';
import { importFile } from './import-file';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('.txt (and .md, read as text files are)', () => {
  it('keep the text exactly, dropping only a BOM, and take the first line as title', async () => {
    const text =
      'Minister denies report\r\n\r\nThe minister said: “We have no forces in the city.”\r\n';
    expect(await importFile(utf8(`\uFEFF${text}`), 'article.txt')).toEqual({
      title: 'Minister denies report',
      body: text,
    });
  });

  it('take their date and author from a dateline and byline above the text', async () => {
    const text =
      'Monday, September 23, 2019\nBy Jane Roe\n\nHarbour closed after oil spill\n\n' +
      'The port authority said on Saturday that the harbour would stay closed.\n';
    expect(await importFile(utf8(text), 'spill.txt')).toEqual({
      title: 'Harbour closed after oil spill',
      body: text,
      publishedOn: '2019-09-23',
      author: 'Jane Roe',
    });
    const md = await importFile(
      utf8(`# Harbour closed\n\n*By Jane Roe* · 23 September 2019\n\nThe port said so.\n`),
      'spill.md',
    );
    expect(md).toMatchObject({
      title: 'Harbour closed',
      publishedOn: '2019-09-23',
      author: 'Jane Roe',
    });
  });

  it('leave the date empty when only the article mentions one', async () => {
    const text = 'Harbour closed\n\nOn 23 September 2019 the port authority closed the harbour.\n';
    const source = await importFile(utf8(text), 'spill.txt');
    expect(source.publishedOn).toBeUndefined();
    expect(source.author).toBeUndefined();
  });

  it('are not taken for PDFs because they mention %PDF- near the start', async () => {
    const text = 'How to spot a PDF\n\nIts first bytes are %PDF-1.7.\n';
    expect((await importFile(utf8(text), 'pdf-notes.txt')).body).toBe(text);
    expect((await importFile(utf8(text), 'pdf-notes.md')).body).toBe(text.trim());
  });

  it('read UTF-16 with a byte-order mark (Windows "Unicode")', async () => {
    const text = 'قال الوزير\nLine two';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    expect((await importFile(le, 'a.txt')).body).toBe(text);
    expect((await importFile(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'a.txt')).body).toBe(
      text,
    );
  });

  it('refuse Latin-1, NUL bytes, blank text and a PDF named .txt', async () => {
    await expectRejected(
      Buffer.from('caf\xe9\n', 'latin1'),
      'latin1.txt',
      /latin1\.txt is not valid UTF-8/,
    );
    await expectRejected(utf8('a\u0000b'), 'nul.md', /nul\.md contains NUL bytes/);
    await expectRejected(utf8(' \n\t\n'), 'blank.txt', /blank\.txt has no text to import/);
    await expectRejected(
      utf8('%PDF-1.7\n%âãÏÓ\n'),
      'report.txt',
      /report\.txt is not a text file \(it looks like a PDF file\)/,
    );
  });
});
