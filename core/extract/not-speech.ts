import type { Doc } from './doc';
import { NAMING_WORDS, SLOGAN_CARRIERS } from './lexicon';
import { isSpeechVerb } from './subject';

/*
 * Quotation marks that do not quote anyone: names and titles ("COVID-19", "Person of the Year"),
 * glosses ("anti-Brexit (“British exit”) march"), slogans on signs, and words introduced as a name.
 */

/** Naming words that make any quotation soon after them a name ("named the virus … “…”"). */
const ALWAYS_NAMING = new Set([...NAMING_WORDS].filter((w) => w !== 'called'));

/** Words that look like a name or a term, not speech: "COVID-19", "Learning Together", "D". */
export function looksLikeName(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0 || words.length > 4) return false;
  const capital = (w: string) => /^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(w);
  // "Person of the Year": small words inside a title do not make it speech.
  return capital(words[0]!) && words.every((w) => capital(w) || TITLE_SMALL_WORDS.has(w));
}

const TITLE_SMALL_WORDS = new Set([
  'of',
  'the',
  'and',
  'for',
  'a',
  'an',
  'in',
  'on',
  'to',
  'at',
  'by',
]);

/** A quotation introduced as a name: "a programme called “…”", "designation “…”", "named X “…”". */
export function isIntroducedAsName(doc: Doc, ti: number, first: number): boolean {
  const prev = doc.tokens[ti - 1];
  // "signs which read “silenced”", "a banner saying “…”": slogans.
  for (let j = ti - 1; j >= first && ti - j <= 4; j--) {
    if (SLOGAN_CARRIERS.has(doc.tokens[j]!.lower)) return true;
  }
  if (prev && prev.kind === 'word' && NAMING_WORDS.has(prev.lower)) return true;
  if (prev?.lower === 'as' && doc.tokens[ti - 2]?.lower === 'known') return true;
  for (let j = ti - 1; j >= first && ti - j <= 8; j--) {
    const t = doc.tokens[j]!;
    if (t.kind === 'quote' || isSpeechVerb(doc, j)) return false;
    if (
      t.kind === 'word' &&
      !t.cap &&
      ALWAYS_NAMING.has(t.lower) &&
      !/^(?:name|word|term|phrase)$/.test(t.lower)
    )
      return true;
  }
  return false;
}

/** A quotation in parentheses right after a word is a gloss: an anti-Brexit (“British exit”) march. */
export function isGloss(doc: Doc, ti: number): boolean {
  return doc.tokens[ti - 1]?.text === '(' && doc.tokens[ti + 1]?.text === ')';
}
