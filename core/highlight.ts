import { foldText } from '../db/search-folding';
import type { QueryTerm } from './search-query';

/**
 * Search snippets in the words as they were said. FTS5 can only show its own folded copy of
 * the text (vowel marks gone, Arabic ي shown as Persian ی), so matches are found again here:
 * the original text is folded character by character the way the index folds it, keeping a map
 * from each folded character back to the original, and the query's words are matched on
 * word boundaries like the tokenizer does.
 */

const WORD = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;

interface FoldedText {
  text: string;
  /** For each folded UTF-16 unit, the index of the original unit it came from; null when
   * folding kept every unit in place (plain ASCII). */
  origin: number[] | null;
}

/** Lower case, no Latin diacritics (like unicode61 remove_diacritics), Arabic folded. */
function foldForMatch(text: string): string {
  return foldText(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** foldForMatch of single characters, remembered: texts repeat the same few characters. */
const foldedChars = new Map<string, string>();

function foldChar(char: string): string {
  let out = foldedChars.get(char);
  if (out === undefined) {
    out = foldForMatch(char);
    if (foldedChars.size < 65_536) foldedChars.set(char, out);
  }
  return out;
}

/**
 * Folds `text` like `foldForMatch` does, one character at a time. Runs of ASCII are folded in
 * one go (to their lower case), other characters through `foldChar`. While every character
 * folds to exactly one unit, the origin map is the identity and is not built (`origin: null`).
 */
function foldWithOrigin(text: string): FoldedText {
  let folded = '';
  let origin: number[] | null = null;
  let run = 0; // start of the ASCII run not yet copied
  const copyRun = (end: number) => {
    if (end <= run) return;
    if (origin) for (let k = run; k < end; k++) origin.push(k);
    folded += text.slice(run, end).toLowerCase();
  };
  for (let i = 0; i < text.length;) {
    if (text.charCodeAt(i) <= 0x7f) {
      i++;
      continue;
    }
    copyRun(i);
    const char = String.fromCodePoint(text.codePointAt(i)!);
    const out = foldChar(char);
    if (!origin && (char.length !== 1 || out.length !== 1)) {
      origin = Array.from({ length: folded.length }, (_, k) => k);
    }
    if (origin) for (let k = 0; k < out.length; k++) origin.push(i);
    folded += out;
    i += char.length;
    run = i;
  }
  copyRun(text.length);
  return { text: folded, origin };
}

function wordsOf(text: string): Array<{ start: number; end: number; word: string }> {
  const words: Array<{ start: number; end: number; word: string }> = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    words.push({ start: m.index, end: m.index + m[0].length, word: m[0] });
  }
  return words;
}

/** The folded words of a query term, remembered (a search highlights many rows with one query). */
const termWordCache = new Map<string, string[]>();

function termWords(text: string): string[] {
  let words = termWordCache.get(text);
  if (words === undefined) {
    words = wordsOf(foldForMatch(text)).map((w) => w.word);
    if (termWordCache.size >= 256) termWordCache.clear();
    termWordCache.set(text, words);
  }
  return words;
}

/** Ranges [start, end) of the original `text` that match any positive term. */
export function findMatches(text: string, terms: QueryTerm[]): Array<[number, number]> {
  const folded = foldWithOrigin(text);
  const words = wordsOf(folded.text);
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    if (term.negated) continue;
    const wanted = termWords(term.text);
    if (wanted.length === 0) continue;
    for (let i = 0; i + wanted.length <= words.length; i++) {
      const hit = wanted.every((w, k) => {
        const word = words[i + k]!.word;
        const last = k === wanted.length - 1;
        return last && term.prefix ? word.startsWith(w) : word === w;
      });
      if (!hit) continue;
      const first = words[i]!;
      const end = words[i + wanted.length - 1]!;
      const origin = (at: number) => (folded.origin ? folded.origin[at]! : at);
      const startOriginal = origin(first.start);
      const endFolded = end.end - 1;
      let endOriginal = origin(endFolded) + 1;
      // Keep the marks (harakat, accents) that belong to the last letter inside the match.
      while (endOriginal < text.length && foldChar(text[endOriginal]!) === '') endOriginal++;
      ranges.push([startOriginal, endOriginal]);
    }
  }
  return ranges
    .sort((a, b) => a[0] - b[0])
    .filter((r, i, all) => i === 0 || r[0] >= all[i - 1]![1]);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * HTML for a result: the text (or the part of it around the first match, at most `maxLength`
 * characters, with … where cut), escaped, with <mark> around each match.
 */
export function highlightText(text: string, terms: QueryTerm[], maxLength = 240): string {
  const ranges = findMatches(text, terms);
  let from = 0;
  let to = text.length;
  if (text.length > maxLength) {
    const first = ranges[0]?.[0] ?? 0;
    from = Math.max(0, first - Math.floor(maxLength / 4));
    if (from > 0) {
      const space = text.indexOf(' ', from);
      if (space !== -1 && space < first) from = space + 1;
    }
    to = Math.min(text.length, from + maxLength);
    if (to < text.length) {
      const space = text.lastIndexOf(' ', to);
      if (space > from + maxLength / 2) to = space;
    }
  }
  let html = from > 0 ? '…' : '';
  let at = from;
  for (const [start, end] of ranges) {
    if (end <= from || start >= to) continue;
    const s = Math.max(start, from);
    const e = Math.min(end, to);
    html += `${escapeHtml(text.slice(at, s))}<mark>${escapeHtml(text.slice(s, e))}</mark>`;
    at = e;
  }
  html += escapeHtml(text.slice(at, to));
  if (to < text.length) html += '…';
  return html;
}
