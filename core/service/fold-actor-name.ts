import type { Database } from 'better-sqlite3';
import { foldText } from '../../db/search-folding';

/**
 * A name as a key that spellings of one name share: Arabic/Persian letter variants and vowel
 * marks folded as search folds them (علي = علی), accents dropped (Éric = Eric), case ignored,
 * and punctuation, hyphens and the Persian zero-width non-joiner left out of account
 * ("Al-Abadi" = "al abadi", "Col. Dillon" = "Col Dillon"). Two actors whose names fold alike
 * are probably one.
 */
export function foldActorName(name: string): string {
  return foldText(name)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\p{Pd}_]/gu, ' ')
    .replace(/[\p{P}\p{S}\p{Cf}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The SQL name of `foldActorName`, for matching actors' names and aliases in queries. */
export const FOLD_NAME_SQL = 'parallax_fold_name';

/**
 * Lets this connection's queries fold names as `foldActorName` does (the actor list and pickers
 * match "روحاني" to "روحانی"). A function of the app's own, registered on its connection; a
 * workspace file cannot define or replace one.
 */
export function registerNameFolding(db: Database): void {
  db.function(FOLD_NAME_SQL, { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? foldActorName(value) : value,
  );
}
