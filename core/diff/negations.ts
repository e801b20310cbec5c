/**
 * Negation words the word diff marks, so that a dropped or added "not" stands out in the
 * comparison view. A whole-word match on the lower-cased word is enough: no parsing, no scope.
 *
 * - English: not, no, never, none, nor, neither, nothing, without, deny/denies/denied/denying,
 *   and any word ending in n't / n’t (don't, isn't, can't, won't…).
 * - Arabic: لا، لم، لن، ليس (and its forms ليست، ليسوا), ما (also "what": over-marking is the lesser
 *   evil), غير، بدون.
 * - Persian: نه، نیست، هیچ، نمی (when written as a separate word) and verbs with the prefix نمی
 *   joined by a zero-width non-joiner (نمی‌خواهیم). Other ن- verbs (نکرد) are not caught.
 * - Sorani Kurdish: نا، نە، نییە.
 */
const NEGATIONS: ReadonlySet<string> = new Set([
  // English
  'not',
  'no',
  'never',
  'none',
  'nor',
  'neither',
  'nothing',
  'without',
  'deny',
  'denies',
  'denied',
  'denying',
  'cannot',
  // Arabic
  'لا',
  'لم',
  'لن',
  'ليس',
  'ليست',
  'ليسوا',
  'ما',
  'غير',
  'بدون',
  // Persian
  'نه',
  'نیست',
  'هیچ',
  'نمی',
  // Sorani Kurdish
  'نا',
  'نە',
  'نییە',
]);

const ZWNJ = '\u200c';

/**
 * True if `word` (one word token, any case) is a negation. With a Persian `locale` (fa…) ما is
 * "we", not a negation.
 */
export function isNegation(word: string, locale?: string): boolean {
  const w = word.toLowerCase();
  if (w === 'ما' && locale !== undefined && /^fa\b/i.test(locale)) return false;
  if (NEGATIONS.has(w)) return true;
  if (w.endsWith("n't") || w.endsWith('n’t')) return true;
  return w.startsWith(`نمی${ZWNJ}`);
}
