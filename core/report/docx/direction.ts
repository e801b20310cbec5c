/** Languages written right to left (a statement in one is set right to left whatever its first letter). */
const RTL_LANGUAGES = new Set(['ar', 'fa', 'ckb', 'ur', 'he', 'yi', 'ps', 'sd', 'ug', 'dv']);

/** Hebrew, Arabic, Syriac, Thaana, NKo… blocks and the Hebrew/Arabic presentation forms. */
const STRONG_RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/u;
/** A letter that is not right to left: a strong left-to-right character. */
const STRONG_LTR = /\p{L}/u;

/** True when the first strong directional character of the text is Hebrew or Arabic script. */
export function startsRtl(text: string): boolean {
  for (const ch of text) {
    if (STRONG_RTL.test(ch)) return true;
    if (STRONG_LTR.test(ch)) return false;
  }
  return false;
}

/** True when the language tag ("ar", "fa-IR", "ckb"…) is of a right-to-left language. */
export function isRtlLanguage(language: string | null | undefined): boolean {
  if (!language) return false;
  return RTL_LANGUAGES.has(language.toLowerCase().split(/[-_]/)[0]!);
}
