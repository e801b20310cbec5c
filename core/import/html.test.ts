import { describe, expect, it } from 'vitest';
import { importFile } from './import-file';
import { expectRejected } from './test/expect-rejected';

const utf8 = (text: string) => new TextEncoder().encode(text);

const filler = 'The delegation met local officials and discussed the security situation. '.repeat(
  6,
);

const ARTICLE = `<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Minister denies report | Example News</title>
  <meta property="og:title" content="Minister denies report">
  <meta property="og:site_name" content="Example News">
  <meta property="og:url" content="https://example.org/news/minister?utm=x">
  <meta property="article:published_time" content="2017-10-17T23:30:00+03:00">
  <meta name="author" content="Jane Writer">
  <link rel="canonical" href="https://example.org/news/minister">
  <script>var tracking = "not text";</script>
  <style>p { color: red }</style>
</head>
<body>
  <nav><a href="/">Home</a> | <a href="/world">World</a></nav>
  <main><article>
    <h1>Minister denies report</h1>
    <p>The minister said on Tuesday: “We have   no forces
       in the city.” ${filler}</p>
    <p>He added, <em>speaking in Arabic</em>:<br>قال الوزير&nbsp;إن المحادثات ستُستأنف.<br>Then he left.</p>
    <blockquote>می‌خواهیم (with a zero-width non-joiner)</blockquote>
    <ul><li>First point</li><li>Second point</li></ul>
  </article></main>
  <footer>Copyright Example News</footer>
</body>
</html>`;

describe('.html and .htm', () => {
  it('take the main text in paragraphs, and the metadata the page states', async () => {
    const source = await importFile(utf8(ARTICLE), 'minister.html');
    expect(source).toMatchObject({
      title: 'Minister denies report',
      author: 'Jane Writer',
      outlet: 'Example News',
      publishedOn: '2017-10-17', // the date where it was published, not converted to UTC
      url: 'https://example.org/news/minister', // canonical wins over og:url
      language: 'en-GB',
    });
    const paragraphs = source.body.split('\n\n');
    expect(paragraphs[0]).toBe(
      `The minister said on Tuesday: “We have no forces in the city.” ${filler.trim()}`,
    );
    expect(paragraphs.slice(1)).toEqual([
      'He added, speaking in Arabic:\nقال الوزير\u00a0إن المحادثات ستُستأنف.\nThen he left.',
      'می‌خواهیم (with a zero-width non-joiner)',
      'First point',
      'Second point',
    ]);
    expect(source.body).not.toMatch(/tracking|color: red|Home|Copyright/);
  });

  it('fall back to <title>, the whole body and plain dates on a short page', async () => {
    const page = `<html><head><title>Press release</title>
      <meta name="date" content="2017-10-18"><meta http-equiv="content-language" content="ar_IQ">
      </head><body><div>Short statement.</div><div>Two lines.</div></body></html>`;
    const source = await importFile(utf8(page), 'release.htm');
    expect(source).toMatchObject({
      title: 'Press release',
      publishedOn: '2017-10-18',
      language: 'ar-IQ',
      url: null,
      author: null,
    });
    expect(source.body).toBe('Short statement.\n\nTwo lines.');
  });

  it('honour a declared charset and fall back to windows-1252 for invalid UTF-8', async () => {
    const arabic = Buffer.from(
      '<html><head><meta charset="windows-1256"><title>x</title></head><body><p>',
      'latin1',
    );
    // "سلام" in windows-1256
    const body = Buffer.from([0xd3, 0xe1, 0xc7, 0xe3]);
    const end = Buffer.from('</p></body></html>', 'latin1');
    expect((await importFile(Buffer.concat([arabic, body, end]), 'a.html')).body).toBe('سلام');
    const latin = Buffer.from('<html><body><p>caf\xe9</p></body></html>', 'latin1');
    expect((await importFile(latin, 'b.html')).body).toBe('café');
  });

  it('refuse binary data, a PDF, and a page without text', async () => {
    const random = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37 + 11) % 256));
    await expectRejected(
      random,
      'page.html',
      /page\.html is not an HTML page \(it looks like binary data\)/,
    );
    await expectRejected(
      utf8('%PDF-1.4\n'),
      'page.htm',
      /page\.htm is not an HTML page \(it looks like a PDF file\)/,
    );
    await expectRejected(
      utf8('<html><head><title>Empty</title></head><body><script>x()</script></body></html>'),
      'empty.html',
      /empty\.html has no text to import/,
    );
  });
});
