import { extname } from 'node:path';

const TITLE_MAX = 200;

/** One line of at most 200 characters, whitespace runs folded, an ellipsis where it was cut. */
export function clipTitle(line: string): string {
  // Only the start matters; a whole 50 MB text need not be spread into characters.
  const chars = [
    ...line
      .slice(0, TITLE_MAX * 10)
      .replace(/\s+/g, ' ')
      .trim(),
  ];
  return chars.length > TITLE_MAX
    ? `${chars
        .slice(0, TITLE_MAX - 1)
        .join('')
        .trimEnd()}…`
    : chars.join('');
}

/** The first non-empty line of `text`, clipped, or null. */
export function firstLine(text: string): string | null {
  const breaks = /\r\n?|\n/g;
  for (let start = 0; start <= text.length;) {
    const end = breaks.exec(text);
    const line = text.slice(start, end ? end.index : text.length);
    if (line.trim() !== '') return clipTitle(line);
    if (!end) return null;
    start = breaks.lastIndex;
  }
  return null;
}

/** The first level-one ATX heading (`# Title`) outside fenced code, if any. */
export function markdownHeading(text: string): string | null {
  let fence: string | null = null;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker) {
      if (fence === null) fence = marker[0]!;
      else if (marker[0] === fence) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const heading = /^ {0,3}#[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line)?.[1]?.trim();
    if (heading) return heading;
  }
  return null;
}

/** A Markdown file's first `# heading`, else the first non-empty line, else the file name. */
export function sourceTitle(fileName: string, body: string): string {
  if (extname(fileName).toLowerCase() === '.md') {
    const heading = markdownHeading(body);
    if (heading) return clipTitle(heading);
  }
  return firstLine(body) ?? fileName;
}
