import { foldActorName } from '../api/fold-actor-name';

/**
 * Words that say what a speaker is, not who: news text puts them before a name ("President
 * Rouhani", "Brigadier General Yahya Saree", "آیت‌الله خامنه‌ای") and records often leave them
 * out. Folded, as names are compared folded.
 */
const TITLES = new Set(
  [
    'mr',
    'mrs',
    'ms',
    'dr',
    'president',
    'vice',
    'prime',
    'minister',
    'foreign',
    'spokesman',
    'spokeswoman',
    'spokesperson',
    'general',
    'gen',
    'brigadier',
    'colonel',
    'col',
    'major',
    'lieutenant',
    'lt',
    'captain',
    'capt',
    'admiral',
    'commander',
    'sheikh',
    'shaikh',
    'sayyed',
    'sayyid',
    'ayatollah',
    'king',
    'prince',
    'crown',
    'emir',
    'sultan',
    'ambassador',
    'secretary',
    'deputy',
    'chief',
    'رئیس',
    'جمهور',
    'رئیسجمهور',
    'وزیر',
    'سخنگو',
    'سردار',
    'سرتیپ',
    'ایتالله',
    'شیخ',
    'سید',
    'الشیخ',
    'العمید',
    'اللواء',
  ].map(foldActorName),
);

/** A name's words that identify someone: folded, titles left out. */
export function nameTokens(name: string): string[] {
  return foldedTokens(foldActorName(name));
}

/** `nameTokens` of a name already folded by `foldActorName`. */
export function foldedTokens(key: string): string[] {
  return key.split(' ').filter((t) => t !== '' && !TITLES.has(t));
}

/**
 * Levenshtein distance between two short words, or `max + 1` once it must exceed `max`. Written
 * here because no edit-distance package is a dependency and the words are a dozen letters.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      best = Math.min(best, current[j]!);
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Whether two words may be one name spelled two ways: equal; an initial and a word it begins
 * ("y" / "yahya"); or, for words of four letters or more, one letter apart (two for words of
 * eight or more): Saree / Sarea, Rouhani / Rohani, Nasrallah / Nasrollah. Shorter words must
 * be equal: Ali and Aly may be two people.
 */
export function closeWords(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  const shorter = Math.min(a.length, b.length);
  if (shorter < 4) return false;
  const max = Math.max(a.length, b.length) >= 8 ? 2 : 1;
  return editDistance(a, b, max) <= max;
}

/**
 * Whether a typed name is probably a known one, written more briefly or spelled otherwise.
 * Close when their last words (the surname) are close words, and their other words do not
 * contradict: a contradiction is a word on each side that matches nothing on the other ("Ali
 * Rouhani" / "Hassan Rouhani"), while words present on one side only are fine ("Rouhani" /
 * "Hassan Rouhani", "Saree" / "Yahya Sarea"). Titles do not count ("President Rouhani").
 * Returns how many words matched (more is closer), or 0 when not close.
 */
export function nameCloseness(typed: string, known: string): number {
  return tokenCloseness(nameTokens(typed), nameTokens(known));
}

/** `nameCloseness` over names already split by `nameTokens`. */
export function tokenCloseness(t: string[], k: string[]): number {
  if (t.length === 0 || k.length === 0) return 0;
  const surnameT = t[t.length - 1]!;
  const surnameK = k[k.length - 1]!;
  if (surnameT.length < 2 || surnameK.length < 2 || !closeWords(surnameT, surnameK)) return 0;
  const restT = t.slice(0, -1);
  const restK = k.slice(0, -1);
  const unmatchedT = restT.filter((w) => !restK.some((x) => closeWords(w, x)));
  const unmatchedK = restK.filter((w) => !restT.some((x) => closeWords(w, x)));
  if (unmatchedT.length > 0 && unmatchedK.length > 0) return 0;
  return 1 + restT.length - unmatchedT.length;
}
