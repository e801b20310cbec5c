import { decodeTextFile } from './decode-text';
import { htmlText, type DomNode } from './html-text';
import { clipTitle, firstLine } from './title';
import type { Importer } from './types';

/**
 * A .md file as a reader sees it once rendered: Markdown (CommonMark with GitHub's tables and
 * autolinks) turned into HTML by marked, then read as text the way an HTML source is, so `#`,
 * `*emphasis*` and `[text](address)` leave only their words, a link keeps its text as an HTML
 * link does, and paragraphs, list items and table cells are kept apart. Anchors refer to that
 * text. Titled by its first level-one heading, else its first line.
 */
export const importMarkdown: Importer = async (bytes, fileName) => {
  const [{ Marked }, { parseHTML }] = await Promise.all([import('marked'), import('linkedom')]);
  const markdown = decodeTextFile(bytes, fileName);
  const html = new Marked({ gfm: true }).parse(markdown, { async: false });
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const body = htmlText(document.body as unknown as DomNode);
  const heading = document.querySelector('h1')?.textContent?.trim();
  return { title: heading ? clipTitle(heading) : (firstLine(body) ?? fileName), body };
};
