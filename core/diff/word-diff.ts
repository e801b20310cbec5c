/**
 * Word diff for the comparison view (issue 5). Pure TypeScript — no Node or DOM APIs — so the
 * renderer's Web Worker and Node (tests, CLI, bench) run the same code.
 *
 * The texts are split into tokens with `Intl.Segmenter(locale, {granularity: 'word'})` — words,
 * whitespace runs and punctuation, which together cover the text exactly — and the token arrays
 * are diffed with jsdiff's `diffArrays` under a time limit. (jsdiff 9's `diffWordsWithSpace`
 * ignores its `intlSegmenter` option and splits Arabic script into single letters; `diffWords`
 * honours it but rewrites whitespace, so neither reconstructs the inputs exactly.)
 */
import { diffArrays } from 'diff';
import { isNegation } from './negations';
import { isContentWord } from './stopwords';

export interface WordDiffOptions {
  /** Give up (status 'no-alignment', reason 'timeout') after this many ms. Default 250. */
  timeoutMs?: number;
  /** BCP 47 tag for the word segmenter (e.g. 'ar', 'fa', 'ckb'); default: the runtime's. */
  locale?: string;
}

export type WordDiffKind = 'same' | 'added' | 'removed';

export interface WordDiffPart {
  text: string;
  kind: WordDiffKind;
  /** The part is (or contains) a negation word: not, never, n't, لا، لم، نه، نمی‌… */
  negation?: boolean;
  /** A 'same' part made of content words (no stopwords) that both texts share. */
  shared?: boolean;
}

export type WordDiffResult =
  | { status: 'ok'; parts: WordDiffPart[] }
  | { status: 'no-alignment'; reason: 'timeout' | 'unrelated' };

export const DEFAULT_TIMEOUT_MS = 250;
/** Below this share of the shorter text's words in common, a diff is noise: 'unrelated'. */
export const MIN_SHARED_SHARE = 0.15;

interface Token {
  text: string;
  word: boolean;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(locale: string | undefined): Intl.Segmenter {
  const key = locale ?? '';
  let segmenter = segmenters.get(key);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(key, segmenter);
  }
  return segmenter;
}

const SPACE = /^\s+$/u;

/** Chunks handed to the segmenter: V8's segment iterator gets quadratic on long strings. */
const CHUNK = 256;
const HARD_CHUNK = 4096;

/**
 * Cuts `text` into pieces of about CHUNK characters, each ending just before a whitespace
 * character (always a word boundary), or after HARD_CHUNK characters (not inside a surrogate
 * pair) in text without spaces.
 */
function* chunks(text: string): Generator<string> {
  let start = 0;
  while (text.length - start > CHUNK) {
    const space = /\s/gu;
    space.lastIndex = start + CHUNK;
    const found = space.exec(text);
    let end = found ? found.index : text.length;
    if (end - start > HARD_CHUNK) {
      end = start + HARD_CHUNK;
      const code = text.charCodeAt(end - 1);
      if (code >= 0xd800 && code <= 0xdbff) end++;
    }
    yield text.slice(start, end);
    start = end;
  }
  if (start < text.length) yield text.slice(start);
}

/** Word, whitespace and punctuation tokens whose concatenation is `text`; whitespace runs merged. */
export function tokenize(text: string, locale?: string): Token[] {
  const tokens: Token[] = [];
  const segmenter = segmenterFor(locale);
  for (const chunk of chunks(text))
    for (const s of segmenter.segment(chunk)) {
      const word = s.isWordLike === true;
      const last = tokens[tokens.length - 1];
      if (!word && last && !last.word && SPACE.test(last.text) && SPACE.test(s.segment)) {
        last.text += s.segment;
      } else {
        tokens.push({ text: s.segment, word });
      }
    }
  return tokens;
}

/** Flag of a word token: plain, negation, or a shared content word (in a 'same' part). */
type Flag = 'plain' | 'negation' | 'shared';

function flagOf(token: Token, kind: WordDiffKind, locale: string | undefined): Flag | null {
  if (!token.word) return null; // whitespace and punctuation take their neighbours' flag
  if (isNegation(token.text, locale)) return 'negation';
  if (kind === 'same' && isContentWord(token.text)) return 'shared';
  return 'plain';
}

/**
 * Splits one change of `kind` into parts: each run of negation words, and (in 'same' changes)
 * each run of shared content words, becomes its own part; whitespace or punctuation between two
 * words of the same flag stays inside their run, otherwise it goes with the plain text.
 */
function splitChange(
  tokens: Token[],
  kind: WordDiffKind,
  locale: string | undefined,
): WordDiffPart[] {
  const flags = tokens.map((t) => flagOf(t, kind, locale));
  const resolved: Flag[] = flags.map((flag, i) => {
    if (flag !== null) return flag;
    let prev: Flag | null = null;
    for (let j = i - 1; j >= 0 && prev === null; j--) prev = flags[j] ?? null;
    let next: Flag | null = null;
    for (let j = i + 1; j < flags.length && next === null; j++) next = flags[j] ?? null;
    return prev !== null && prev === next ? prev : 'plain';
  });
  const parts: WordDiffPart[] = [];
  let current: { text: string; flag: Flag } | null = null;
  const flush = () => {
    if (!current) return;
    const part: WordDiffPart = { text: current.text, kind };
    if (current.flag === 'negation') part.negation = true;
    if (current.flag === 'shared') part.shared = true;
    parts.push(part);
  };
  tokens.forEach((token, i) => {
    const flag = resolved[i]!;
    if (current && current.flag === flag) current.text += token.text;
    else {
      flush();
      current = { text: token.text, flag };
    }
  });
  flush();
  return parts;
}

function contentWords(tokens: Token[]): string[] {
  return tokens.filter((t) => t.word && isContentWord(t.text)).map((t) => t.text);
}

function wordCount(tokens: Token[]): number {
  return tokens.reduce((n, t) => n + (t.word ? 1 : 0), 0);
}

/** Size of the multiset intersection: an upper bound on the words a diff can keep in common. */
function bagOverlap(a: string[], b: string[]): number {
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let overlap = 0;
  for (const w of b) {
    const n = counts.get(w);
    if (n) {
      overlap++;
      counts.set(w, n - 1);
    }
  }
  return overlap;
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

/**
 * Word-level diff of `a` (old, e.g. the first statement) against `b` (new), both NFC-normalised
 * first: joining the 'same' and 'removed' parts gives `a.normalize('NFC')`, the 'same' and
 * 'added' parts give `b.normalize('NFC')`. Returns `no-alignment` when the diff does not finish
 * within `timeoutMs` (reason 'timeout'), or when fewer than 15% of the shorter text's content
 * words (all its words if it has none) survive as common (reason 'unrelated').
 */
export function wordDiff(a: string, b: string, options: WordDiffOptions = {}): WordDiffResult {
  const started = now();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const locale = options.locale;
  const oldTokens = tokenize(a.normalize('NFC'), locale);
  const newTokens = tokenize(b.normalize('NFC'), locale);

  // Relatedness is judged on content words, or on all words when a text has no content word.
  const oldContent = contentWords(oldTokens);
  const newContent = contentWords(newTokens);
  const byContent = oldContent.length > 0 && newContent.length > 0;
  const shorter = byContent
    ? Math.min(oldContent.length, newContent.length)
    : Math.min(wordCount(oldTokens), wordCount(newTokens));
  const unrelated = (common: number) => shorter > 0 && common < MIN_SHARED_SHARE * shorter;

  // Cheap bound first: if even the bag of words overlaps too little, no alignment can do better.
  if (byContent && unrelated(bagOverlap(oldContent, newContent))) {
    return { status: 'no-alignment', reason: 'unrelated' };
  }

  const remaining = Math.max(1, timeoutMs - (now() - started));
  const changes = diffArrays(oldTokens, newTokens, {
    timeout: remaining,
    comparator: (x, y) => x.text === y.text,
  });
  if (changes === undefined) return { status: 'no-alignment', reason: 'timeout' };

  let common = 0;
  for (const change of changes) {
    if (change.added || change.removed) continue;
    for (const t of change.value) {
      if (t.word && (!byContent || isContentWord(t.text))) common++;
    }
  }
  if (unrelated(common)) return { status: 'no-alignment', reason: 'unrelated' };

  const parts: WordDiffPart[] = [];
  for (const change of changes) {
    const kind: WordDiffKind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    parts.push(...splitChange(change.value, kind, locale));
  }
  return { status: 'ok', parts };
}
