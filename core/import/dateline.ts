import * as chrono from 'chrono-node';

/**
 * A plain text's details as its first lines state them, the way a saved news article carries
 * them: a dateline ("Monday, September 23, 2019", "Published 23 September 2019 10:45 GMT",
 * "DUBAI, Sept 23, 2019 (Reuters) -") and a byline ("By Jane Roe"). Only the head of the text
 * is read, and only lines that are nothing but a date or a byline (or a wire dateline opening a
 * paragraph), so a date or a "By …" inside a sentence of the article is never taken.
 */
export interface HeadDetails {
  /** YYYY-MM-DD */
  publishedOn: string | null;
  author: string | null;
  /** The first line that is not a dateline or byline: what a title is taken from. */
  titleLine: string | null;
}

/** How far the head reaches: a dateline or byline sits above the article, never deep in it. */
const HEAD_LINES = 8;
const HEAD_CHARS = 2000;
/** A byline or date line is short; a longer line is a sentence of the article. */
const MAX_DETAIL_LINE = 120;

/** What joins a byline and a date on one line: "By Jane Roe | 23 September 2019". */
const SEGMENT_SEPARATOR = /\s+[|·•]\s+|\s+[—–]\s+/;

const DATE_LABEL =
  /^(?:(first\s+)?published|posted|(?:last\s+)?(updated|modified|edited)|date|dated|filed)(?:\s+(?:on|at))?\s*[:\-–—]?\s*/i;

/** A month written as a word, or an ISO date: numeric dates like 03/04/2019 read two ways. */
const UNAMBIGUOUS =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?![a-z])|\b\d{4}-\d{2}-\d{2}\b/i;

/** What may stand beside the date on its line: times, zones, "at", punctuation. */
const DATE_LEFTOVER =
  /^(?:[\s,.;:()[\]/\-–—+\d]|\b(?:at|gmt|utc|bst|cet|cest|est|edt|pst|pdt|ast|irst|local|time|am|pm|a\.m|p\.m)\b)*$/i;

/** A wire-service dateline opening a paragraph: "DUBAI, Sept 23 (Reuters) -". */
const WIRE_DATELINE =
  /^([\p{Lu}][\p{Lu}\p{M} .'’/-]{1,40}(?:,\s*[\p{L} .]{2,30})?),\s+(.{3,40}?)\s*(?:\(([^)]{1,40})\))?\s*[-–—]{1,2}\s/u;

interface FoundDate {
  date: string;
  /** A date labelled as an update is used only when nothing says when it was published. */
  updated: boolean;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function isoOf(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/**
 * The date a segment consists of, as written (a time zone never moves it to another day), or
 * null when the segment is anything more than a date with its time and label.
 */
function wholeDate(segment: string): FoundDate | null {
  const label = DATE_LABEL.exec(segment);
  const rest = segment.slice(label?.[0].length ?? 0);
  const results = chrono.parse(rest, new Date(2000, 0, 1, 12));
  if (results.length !== 1) return null;
  const [result] = results as [chrono.ParsedResult];
  const start = result.start;
  if (!start.isCertain('day') || !start.isCertain('month') || !start.isCertain('year')) return null;
  if (!UNAMBIGUOUS.test(result.text)) return null;
  const leftover = rest.slice(0, result.index) + rest.slice(result.index + result.text.length);
  if (!DATE_LEFTOVER.test(leftover)) return null;
  const date = isoOf(start.get('year')!, start.get('month')!, start.get('day')!);
  return date ? { date, updated: Boolean(label?.[2]) } : null;
}

/**
 * A wire dateline's date. One without a year ("DUBAI, Sept 23 (Reuters) -") gives none: the
 * year could only be guessed (from the file's date, or a year the article mentions), and a
 * wrong guess would date every statement in the source wrongly without anyone seeing it.
 */
function wireDate(line: string): FoundDate | null {
  const match = WIRE_DATELINE.exec(line);
  if (!match) return null;
  const place = match[1]!;
  // The place is written in capitals ("DUBAI", "NEW YORK, N.Y."): a sentence opening "But, …"
  // or "He, …" is not a dateline.
  const head = place.split(',')[0]!;
  if (head.replace(/[^\p{L}]/gu, '').length < 2 || head !== head.toUpperCase()) return null;
  const written = match[2]!;
  if (!UNAMBIGUOUS.test(written)) return null;
  const results = chrono.parse(written, new Date(2000, 0, 1, 12));
  if (results.length !== 1) return null;
  const [result] = results as [chrono.ParsedResult];
  const leftover =
    written.slice(0, result.index) + written.slice(result.index + result.text.length);
  if (!DATE_LEFTOVER.test(leftover)) return null;
  const start = result.start;
  if (!start.isCertain('day') || !start.isCertain('month')) return null;
  if (!start.isCertain('year')) return null;
  const date = isoOf(start.get('year')!, start.get('month')!, start.get('day')!);
  return date ? { date, updated: false } : null;
}

const NAME_PARTICLE =
  /^(?:al|el|ad|an|ar|as|ash|at|az|bin|ibn|bint|abu|de|da|di|du|del|della|der|den|la|le|van|von|y|dos|das)$/;
/** Capitalised words that open sentences ("By Monday, …", "By Then") and are not names. */
const NOT_A_NAME = new Set(
  (
    'the this that these those then now its his her their our my your a an all contrast ' +
    'comparison far law way night day noon midnight dawn dusk evening morning afternoon week ' +
    'month year end early late mid most some many one two three several monday tuesday ' +
    'wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december staff'
  ).split(' '),
);

function isNameWord(word: string): boolean {
  if (NAME_PARTICLE.test(word)) return true;
  if (/^(?:al|el|ad|as|ash|at|az|ar|an)[-‐][\p{Lu}]/u.test(word)) return true;
  return /^[\p{Lu}][\p{L}\p{M}'’.-]*$/u.test(word);
}

/** One person's name: one to five capitalised words (particles like al-, bin, de allowed). */
function isName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 1 || words.length > 5) return false;
  if (NOT_A_NAME.has(words[0]!.toLowerCase().replace(/[.'’]/g, ''))) return false;
  if (NAME_PARTICLE.test(words.at(-1)!)) return false;
  return words.every(isNameWord) && /[\p{Lu}]/u.test(words[0]!.charAt(0));
}

/** "JANE ROE" → "Jane Roe"; names in mixed case are kept as written. */
function unshouted(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, before, c) => before + c.toUpperCase());
}

const BYLINE_LEAD =
  /^(?:(?:written|words|reporting|reported)\s+by|by|author|authors|reporter)\s*:?\s+/i;

/**
 * The names a byline segment gives, or null: "By Jane Roe", "By JANE ROE, Staff Writer",
 * "By Jane Roe and Ali Reza in Dubai", "Author: Jane Roe". What follows a comma may only be a
 * short description (a role, an outlet), never the rest of a sentence.
 */
function bylineNames(segment: string): string | null {
  const lead = BYLINE_LEAD.exec(segment);
  if (!lead) return null;
  let rest = segment.slice(lead[0].length).trim();
  // "in Dubai" and "for Reuters" say where and for whom, not who.
  rest = rest.replace(/\s+(?:in|for|from)\s+[\p{Lu}].*$/u, '');
  const parts = rest.split(/\s*,\s*/);
  // "A, B and C": commas between names. Otherwise the first comma ends the names.
  const listed = /\s(?:and|&)\s/.test(parts.at(-1) ?? '');
  const names = listed ? parts : [parts[0]!];
  const after = listed ? [] : parts.slice(1);
  if (after.join(' ').split(/\s+/).length > 4 || /[.!?;:]$/.test(after.join(' '))) return null;
  const people = names.flatMap((n) => n.split(/\s+(?:and|&)\s+/));
  if (people.length === 0 || !people.every(isName)) return null;
  const written = people.map((p) => unshouted(p.trim()));
  return written.length === 1
    ? written[0]!
    : `${written.slice(0, -1).join(', ')} and ${written.at(-1)!}`;
}

/** The first lines of `text` (trimmed, non-empty), as far as the head reaches. */
function headLines(text: string): string[] {
  const lines: string[] = [];
  for (const raw of text.slice(0, HEAD_CHARS).split(/\r\n?|\n/)) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (line === '') continue;
    lines.push(line);
    if (lines.length === HEAD_LINES) break;
  }
  return lines;
}

export function readHeadDetails(text: string): HeadDetails {
  let published: FoundDate | null = null;
  let updated: FoundDate | null = null;
  let author: string | null = null;
  let titleLine: string | null = null;
  for (const line of headLines(text)) {
    let detail = false;
    if (line.length <= MAX_DETAIL_LINE) {
      const segments = line.split(SEGMENT_SEPARATOR).map((s) => s.trim());
      const found = segments.map((s) => {
        const date = wholeDate(s);
        const name = date ? null : bylineNames(s);
        return { date, name };
      });
      // A line is a detail line only when every part of it is a date or a byline.
      if (found.every((f) => f.date || f.name)) {
        detail = true;
        for (const f of found) {
          if (f.date && f.date.updated) updated ??= f.date;
          else if (f.date) published ??= f.date;
          if (f.name) author ??= f.name;
        }
      }
    }
    if (!detail) {
      published ??= wireDate(line);
      titleLine ??= line;
    }
  }
  return { publishedOn: (published ?? updated)?.date ?? null, author, titleLine };
}
