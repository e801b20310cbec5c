/**
 * Plain text of an HTML fragment with its paragraphs kept apart: block elements end a
 * paragraph (separated by a blank line), `<br>` ends a line, table cells are separated by a tab,
 * and runs of HTML white space are folded as a browser would. Every other character is kept as
 * written (no-break spaces, ZWNJ, directional marks), so quotes match the page.
 */

/** The little of the DOM this walks (linkedom's nodes). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string | null;
  childNodes: ArrayLike<DomNode>;
}

const words = (list: string) => new Set(list.trim().split(/\s+/));

const BLOCKS = words(`
  address article aside blockquote caption dd details dialog div dl dt fieldset figcaption figure
  footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody
  tfoot thead tr ul body html`);

/** Elements whose content is not text a reader sees. */
const SKIPPED = words(`
  head script style noscript template svg math iframe object embed canvas select button audio
  video picture img`);

const HTML_SPACE = /[ \t\n\f\r]+/g;

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

const isSpace = (c: string | undefined) => c === ' ' || c === '\t';
const endsWithSpace = (text: string) => isSpace(text.at(-1)) || text.at(-1) === '\n';

/** `text` without HTML spaces and tabs at either end (no regex: long runs stay linear). */
function trimSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  return text.slice(start, end);
}

export function htmlText(root: DomNode): string {
  const paragraphs: string[] = [];
  let current = '';

  const flush = () => {
    const paragraph = current
      .split('\n')
      .map(trimSpaces)
      .filter((line) => line !== '')
      .join('\n');
    if (paragraph !== '') paragraphs.push(paragraph);
    current = '';
  };

  const walk = (node: DomNode, pre: boolean) => {
    if (node.nodeType === TEXT || node.nodeType === CDATA) {
      const text = node.nodeValue ?? '';
      if (pre) current += text.replace(/\r\n?/g, '\n');
      else {
        const folded = text.replace(HTML_SPACE, ' ');
        current += current === '' || endsWithSpace(current) ? folded.replace(/^ /, '') : folded;
      }
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    const name = node.nodeName.toLowerCase();
    if (SKIPPED.has(name)) return;
    if (name === 'br') {
      current += '\n';
      return;
    }
    if (name === 'td' || name === 'th') {
      if (current.trim() !== '') current = `${trimSpaces(current)}\t`;
      for (const child of Array.from(node.childNodes)) walk(child, pre);
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    const inPre = pre || name === 'pre' || name === 'textarea';
    for (const child of Array.from(node.childNodes)) walk(child, inPre);
    if (block) flush();
  };

  walk(root, false);
  flush();
  return paragraphs.join('\n\n');
}
