import { isSentenceStart, type Doc } from './doc';
import {
  MODIFIERS,
  PERSON_PRONOUNS,
  PLURAL_PRONOUNS,
  RELATIVE_PRONOUNS,
  ROLE_NOUNS,
  SENTENCE_WORDS,
  SPEECH_VERBS,
  THING_PRONOUNS,
  TITLES,
  WEEKDAYS_MONTHS,
} from './lexicon';

/** What a word can be inside a speaker's noun phrase, read in its sentence. */

/** Lower-case words inside a person's name. */
export const PARTICLES = new Set([
  'de',
  'da',
  'del',
  'della',
  'van',
  'von',
  'der',
  'den',
  'al',
  'bin',
  'ibn',
  'le',
  'la',
  'du',
]);

const NOT_IN_NAMES = new Set(['the', 'a', 'an', 'of', 'and', 'for', 'to', 'in', 'on', 'at', 'by']);
export const BACKWARD_DETERMINERS = new Set(
  'the a an its his her their our one some several two three four five many most another both each'.split(
    ' ',
  ),
);
export const PRONOUNS = new Set([
  ...PERSON_PRONOUNS,
  ...PLURAL_PRONOUNS,
  ...THING_PRONOUNS,
  ...RELATIVE_PRONOUNS,
]);

/** A capitalised word that can be part of a name (not "However" or "Monday"). */
export function isNameWord(doc: Doc, j: number): boolean {
  const t = doc.tokens[j];
  if (!t || t.kind !== 'word' || !t.cap) return false;
  const lw = t.lower;
  if (WEEKDAYS_MONTHS.has(lw) || PRONOUNS.has(lw) || lw === 'i' || lw === 'we') return false;
  if (NOT_IN_NAMES.has(lw)) return false;
  if (isSentenceStart(doc, j)) {
    if (SENTENCE_WORDS.has(lw) || SPEECH_VERBS.has(lw) || ROLE_NOUNS.has(lw)) return false;
    // "Reportedly, …", "Speaking to Reuters, …" — but "Emily Spanton", "Sterling Brown".
    if (/(?:ly|ing)$/.test(lw) && !TITLES.has(lw) && !doc.tokens[j + 1]?.cap) return false;
  }
  return true;
}

/** A lower-case role noun ("spokeswoman"), or one written with a capital as a title. */
export function isRoleWord(doc: Doc, j: number): boolean {
  const t = doc.tokens[j];
  if (!t || t.kind !== 'word') return false;
  if (t.cap) {
    if (TITLES.has(t.lower) || (ROLE_NOUNS.has(t.lower) && isSentenceStart(doc, j))) return true;
    // "Secretary-General", "Vice-President", "Ex-Prime".
    return t.lower.includes('-') && t.lower.split('-').some((part) => TITLES.has(part));
  }
  return ROLE_NOUNS.has(t.lower) || (TITLES.has(t.lower) && !MODIFIERS.has(t.lower));
}

export function isAcronym(text: string): boolean {
  return /^\p{Lu}[\p{Lu}\d.&-]+(?:['’]s)?$/u.test(text) && text !== 'MP' && text !== 'MPs';
}

export function isPlural(lw: string): boolean {
  return /s$/.test(lw) && !/(?:ss|us|news)$/.test(lw);
}

/** Whether token j may be inside a noun phrase (not at its left edge). */
export function isInner(doc: Doc, j: number): boolean {
  const t = doc.tokens[j]!;
  if (t.kind !== 'word') return false;
  if (isNameWord(doc, j) || isRoleWord(doc, j) || (!t.cap && MODIFIERS.has(t.lower))) return true;
  // "the police's internal investigators", "the court's summary".
  const bare = t.lower.replace(/['’]s$/, '');
  return bare !== t.lower && ROLE_NOUNS.has(bare);
}
