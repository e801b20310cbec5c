import { foldText } from '../../db/search-folding';

/**
 * Letters that spell one name two ways in Arabic and Persian writing but that search's folding
 * keeps apart (it indexes running text, where ة and ه are different words' endings): in a
 * name, teh marbuta and heh with yeh above are written as plain heh in Persian (فاطمة / فاطمه,
 * خامنه‌ای), so a name treats them as one.
 */
const NAME_FOLDS: Array<[RegExp, string]> = [
  [/\u0629/g, '\u0647'], // ة → ه
  [/\u06C0/g, '\u0647'], // ۀ → ه
];

/**
 * A name as a key that spellings of one name share: Arabic/Persian letter variants and vowel
 * marks folded as search folds them (علي = علی), teh marbuta as heh (ة = ه), accents dropped
 * (Éric = Eric), case ignored, and punctuation, hyphens and the Persian zero-width non-joiner
 * left out of account ("Al-Abadi" = "al abadi", "Col. Dillon" = "Col Dillon"). Two actors
 * whose names fold alike are probably one.
 */
export function foldActorName(name: string): string {
  let out = foldText(name);
  for (const [from, to] of NAME_FOLDS) out = out.replace(from, to);
  return out
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\p{Pd}_]/gu, ' ')
    .replace(/[\p{P}\p{S}\p{Cf}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}
