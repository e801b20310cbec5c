import { readHeadDetails } from './dateline';
import { decodeTextFile } from './decode-text';
import { htmlText, type DomNode } from './html-text';
import { clipTitle } from './title';
import type { Importer } from './types';

/**
 * How many top-level Markdown blocks are rendered and read at a time: small documents keep the
 * DOM of a long file from being built whole (5 MB of Markdown at once took 7 s and 400 MB in
 * linkedom alone).
 */
const BLOCKS_AT_A_TIME = 500;

/**
 * A .md file as a reader sees it once rendered: Markdown (CommonMark with GitHub's tables and
 * autolinks) turned into HTML by marked, then read as text the way an HTML source is, so `#`,
 * `*emphasis*` and `[text](address)` leave only their words, a link keeps its text as an HTML
 * link does, and paragraphs, list items and table cells are kept apart. Anchors refer to that
 * text. Titled by its first level-one heading, else its first line that is not a dateline or
 * byline; dated and credited by those lines, as a .txt file is.
 */
export const importMarkdown: Importer = async (bytes, fileName) => {
  const [{ Marked }, { parseHTML }] = await Promise.all([import('marked'), import('linkedom')]);
  const markdown = decodeTextFile(bytes, fileName);
  const marked = new Marked({ gfm: true });
  // Lexed whole, so reference links ([text][ref]) find definitions anywhere in the file.
  const tokens = marked.lexer(markdown);
  const paragraphs: string[] = [];
  let heading: string | null = null;
  for (let i = 0; i < tokens.length; i += BLOCKS_AT_A_TIME) {
    const html = marked.parser(tokens.slice(i, i + BLOCKS_AT_A_TIME));
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    heading ??= document.querySelector('h1')?.textContent?.trim() || null;
    const text = htmlText(document.body as unknown as DomNode);
    if (text !== '') paragraphs.push(text);
  }
  const body = paragraphs.join('\n\n');
  const { titleLine, publishedOn, author } = readHeadDetails(body);
  return {
    title: clipTitle(heading ?? titleLine ?? '') || fileName,
    body,
    ...(publishedOn ? { publishedOn } : {}),
    ...(author ? { author } : {}),
  };
};
