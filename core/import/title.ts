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
