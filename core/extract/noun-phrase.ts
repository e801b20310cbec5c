import type { Doc } from './doc';
import {
  CONNECTORS,
  DETERMINERS,
  PERSON_PRONOUNS,
  PLURAL_PRONOUNS,
  ROLE_NOUNS,
  THING_PRONOUNS,
} from './lexicon';
import { describe, type SpeakerPhrase, type SpeakerType } from './name-and-role';
import { BACKWARD_DETERMINERS, isInner, isNameWord, isPlural, isRoleWord, PRONOUNS } from './words';

export type { SpeakerPhrase, SpeakerType } from './name-and-role';
export { isNameWord } from './words';

/**
 * The noun phrase that ends right before token `end` ("top Khamenei adviser Ali Akbar Velayati"
 * before "claimed"), not reaching before `min`; a pronoun right before `end` counts.
 */
export function phraseBefore(doc: Doc, end: number, min: number): SpeakerPhrase | null {
  const prev = doc.tokens[end - 1];
  if (!prev || end - 1 < min) return null;
  if (prev.kind === 'word' && PRONOUNS.has(prev.lower)) {
    return pronounPhrase(doc, end - 1);
  }
  let first = end;
  for (let j = end - 1; j >= min && end - j <= 14; j--) {
    const t = doc.tokens[j]!;
    if (t.kind !== 'word') break;
    if (isInner(doc, j)) {
      first = j;
      continue;
    }
    if (first === end) break;
    // "a shipping researcher": one unknown word before a role, after a word of the phrase.
    if (
      first === j + 1 &&
      !t.cap &&
      /^\p{Ll}+$/u.test(t.text) &&
      isRoleWord(doc, j + 1) &&
      !doc.tokens[j + 1]!.cap &&
      j - 1 >= min &&
      (isInner(doc, j - 1) || BACKWARD_DETERMINERS.has(doc.tokens[j - 1]!.lower))
    ) {
      first = j;
      continue;
    }
    if (BACKWARD_DETERMINERS.has(t.lower)) {
      first = j;
      // "Some of the protesters", "Ambassador to the United Nations": a determiner after a
      // connector is inside the phrase when a word of the phrase comes before the connector.
      const connector = doc.tokens[j - 1];
      if (j - 2 >= min && connector && CONNECTORS.has(connector.lower)) {
        if (isInner(doc, j - 2) || BACKWARD_DETERMINERS.has(doc.tokens[j - 2]!.lower)) continue;
      }
      break;
    }
    if (CONNECTORS.has(t.lower)) continue;
    break;
  }
  if (first === end) return null;
  // "Day's publicist said": a possessive alone qualifies a noun the lexicon does not know.
  if (/['’]s$/.test(doc.tokens[end - 1]!.text)) return null;
  return describe(doc, first, end);
}

/** The noun phrase that starts at token `start` ("Mayor of London Sadiq Khan" after "tweeted"). */
export function phraseAfter(doc: Doc, start: number, max: number): SpeakerPhrase | null {
  const t0 = doc.tokens[start];
  if (!t0 || start >= max || t0.kind !== 'word') return null;
  if (PRONOUNS.has(t0.lower)) return pronounPhrase(doc, start);
  let j = start;
  while (j < max && DETERMINERS.has(doc.tokens[j]!.lower) && !isNameWord(doc, j)) j++;
  // "Some of the protesters", "One of these groups".
  if (j > start && doc.tokens[j]?.lower === 'of') {
    j++;
    while (j < max && DETERMINERS.has(doc.tokens[j]!.lower) && !isNameWord(doc, j)) j++;
  }
  let end = -1;
  for (; j < max && j - start < 14; j++) {
    const t = doc.tokens[j]!;
    if (t.kind !== 'word') break;
    if (isInner(doc, j)) {
      end = j + 1;
      // A plural role noun is not followed by one person's name ("protesters Wikinews …").
      if (!t.cap && ROLE_NOUNS.has(t.lower) && isPlural(t.lower)) break;
      continue;
    }
    // "former thinktank executive Ken Gude": one unknown word before a role.
    if (!t.cap && /^\p{Ll}+$/u.test(t.text) && isRoleWord(doc, j + 1) && !doc.tokens[j + 1]!.cap)
      continue;
    // "of", "of the", "of these": connectors inside a name, kept only if a name word follows.
    const prev = doc.tokens[j - 1]?.lower ?? '';
    if (end > 0 && (CONNECTORS.has(t.lower) || (DETERMINERS.has(t.lower) && CONNECTORS.has(prev))))
      continue;
    break;
  }
  if (end < 0) return null;
  // Possessive-only phrases are not speakers ("Adamowicz's heart").
  const phrase = describe(doc, start, end);
  return phrase;
}

function pronounPhrase(doc: Doc, j: number): SpeakerPhrase {
  const lw = doc.tokens[j]!.lower;
  const type: SpeakerType = PERSON_PRONOUNS.has(lw)
    ? 'person'
    : PLURAL_PRONOUNS.has(lw)
      ? 'group'
      : THING_PRONOUNS.has(lw)
        ? 'thing'
        : 'unknown';
  return {
    first: j,
    end: j + 1,
    speaker: doc.tokens[j]!.text,
    role: null,
    type,
    pronoun: lw,
    nameFirst: -1,
    nameEnd: -1,
  };
}
