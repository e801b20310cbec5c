import { readHeadDetails } from './dateline';
import { decodeUtf16, decodeUtf8 } from './decode-text';
import { htmlText, type DomNode } from './html-text';
import { httpUrl, isoDate, languageTag, pageMeta, type MetaDocument } from './html-meta';
import { invalidFile } from './invalid';
import { clipTitle, firstLine } from './title';
import type { Importer } from './types';

/** The charset a page declares in its first bytes (`<meta charset>` or http-equiv), if any. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString(
    'latin1',
  );
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1]?.toLowerCase() ?? null;
}

function decodeAs(bytes: Uint8Array, charset: string): string | null {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return null; // a label TextDecoder does not know
  }
}

/**
 * An HTML file's text as a browser would decode it: a BOM wins, then a declared charset, then
 * UTF-8, and pages that are not valid UTF-8 fall back to windows-1252 as browsers do.
 */
export function decodeHtml(bytes: Uint8Array, fileName: string): string {
  const utf16 = decodeUtf16(bytes, fileName);
  if (utf16 !== null) return utf16;
  const charset = declaredCharset(bytes);
  if (charset && !/^(utf-?8|unicode-1-1-utf-8)$/.test(charset)) {
    const text = decodeAs(bytes, charset);
    if (text !== null) return text;
  }
  return decodeUtf8(bytes) ?? new TextDecoder('windows-1252').decode(bytes);
}

/** One clipped line, or null when blank. */
function line(text: string | null | undefined): string | null {
  const clean = text ? clipTitle(text) : '';
  return clean === '' ? null : clean;
}

/** A byline without its "By ". */
const byline = (text: string | null | undefined) => line(text?.trim().replace(/^by\s+/i, ''));

/**
 * An HTML page: its main text through Readability (falling back to the whole body), with the
 * metadata the page states — title, byline, site name, publication date, canonical address and
 * language.
 */
export const importHtml: Importer = async (bytes, fileName) => {
  const [{ parseHTML }, { Readability }] = await Promise.all([
    import('linkedom'),
    import('@mozilla/readability'),
  ]);
  let html = decodeHtml(bytes, fileName);
  let { document } = parseHTML(html);
  if (!document.documentElement) {
    // linkedom builds no <html> element for a page with no elements at all (plain text saved
    // as .htm), then throws a TypeError on `document.body`; a browser wraps it in a body.
    html = `<!doctype html><html><body>${html}</body></html>`;
    ({ document } = parseHTML(html));
  }
  const stated = pageMeta(document as unknown as MetaDocument);
  const pageTitle = document.querySelector('title')?.textContent ?? null;
  const h1 = document.querySelector('h1')?.textContent ?? null;

  let article: ReturnType<InstanceType<typeof Readability>['parse']> = null;
  try {
    article = new Readability(document as unknown as Document).parse();
  } catch {
    article = null; // Readability gave up on this page: fall back to its whole body.
  }
  let body = '';
  if (article?.content) {
    const { document: content } = parseHTML(
      `<!doctype html><html><body>${article.content}</body></html>`,
    );
    body = htmlText(content.body as unknown as DomNode);
  }
  if (body === '') {
    const { document: whole } = parseHTML(html);
    body = whole.body ? htmlText(whole.body as unknown as DomNode) : '';
  }
  if (body === '') throw invalidFile(`${fileName} has no text to import.`);

  const title = [article?.title, stated.title, pageTitle, h1].map(line).find((t) => t !== null);
  // A page that states no date or author in its markup may still print them above the text.
  const head = readHeadDetails(body);
  return {
    title: title ?? firstLine(body) ?? fileName,
    body,
    author: byline(article?.byline) ?? byline(stated.author) ?? head.author,
    outlet: line(article?.siteName) ?? line(stated.outlet),
    publishedOn: isoDate(article?.publishedTime) ?? stated.published ?? head.publishedOn,
    url: httpUrl(stated.url),
    language: languageTag(article?.lang) ?? stated.language,
  };
};
