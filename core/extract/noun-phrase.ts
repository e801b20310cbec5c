import { isSentenceStart, textOf, type Doc } from './doc';
import {
  CONNECTORS,
  DETERMINERS,
  HONORIFICS,
  MODIFIERS,
  ORG_WORDS,
  PERSON_PRONOUNS,
  PLURAL_PRONOUNS,
  RELATIVE_PRONOUNS,
  ROLE_NOUNS,
  SENTENCE_WORDS,
  SPEECH_VERBS,
  THING_NOUNS,
  THING_PRONOUNS,
  TITLES,
  WEEKDAYS_MONTHS,
} from './lexicon';

export type SpeakerType = 'person' | 'group' | 'thing' | 'unknown';

/** Who a noun phrase names: a name with the role written before it, or a description. */
export interface SpeakerPhrase {
  /** Token range [first, end) of the whole phrase. */
  first: number;
  end: number;
  /** The name ("Heather Nauert") or, without one, the description ("the fighter"). */
  speaker: string;
  role: string | null;
  type: SpeakerType;
  /** he, she, they, it or who: to be resolved against the text before. */
  pronoun: string | null;
  /** Token range of the name itself, when there is one. */
  nameFirst: number;
  nameEnd: number;
}

/** Lower-case words inside a person's name. */
export const PARTICLES = new Set(['de', 'da', 'del', 'della', 'van', 'von', 'der', 'den', 'al', 'bin', 'ibn', 'le', 'la', 'du']);

const NOT_IN_NAMES = new Set(['the', 'a', 'an', 'of', 'and', 'for', 'to', 'in', 'on', 'at', 'by']);
const BACKWARD_DETERMINERS = new Set(
  'the a an its his her their our one some several two three four five many most another both each'.split(
    ' ',
  ),
);
const PRONOUNS = new Set([
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
function isRoleWord(doc: Doc, j: number): boolean {
  const t = doc.tokens[j];
  if (!t || t.kind !== 'word') return false;
  if (t.cap) {
    if (TITLES.has(t.lower) || (ROLE_NOUNS.has(t.lower) && isSentenceStart(doc, j))) return true;
    // "Secretary-General", "Vice-President", "Ex-Prime".
    return t.lower.includes('-') && t.lower.split('-').some((part) => TITLES.has(part));
  }
  return ROLE_NOUNS.has(t.lower) || (TITLES.has(t.lower) && !MODIFIERS.has(t.lower));
}

function isAcronym(text: string): boolean {
  return /^\p{Lu}[\p{Lu}\d.&-]+(?:['’]s)?$/u.test(text) && text !== 'MP' && text !== 'MPs';
}

function isPlural(lw: string): boolean {
  return /s$/.test(lw) && !/(?:ss|us|news)$/.test(lw);
}

/** Whether token j may be inside a noun phrase (not at its left edge). */
function isInner(doc: Doc, j: number): boolean {
  const t = doc.tokens[j]!;
  if (t.kind !== 'word') return false;
  if (isNameWord(doc, j) || isRoleWord(doc, j) || (!t.cap && MODIFIERS.has(t.lower))) return true;
  // "the police's internal investigators", "the court's summary".
  const bare = t.lower.replace(/['’]s$/, '');
  return bare !== t.lower && ROLE_NOUNS.has(bare);
}

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
    if (!t.cap && /^\p{Ll}+$/u.test(t.text) && isRoleWord(doc, j + 1) && !doc.tokens[j + 1]!.cap) continue;
    // "of", "of the", "of these": connectors inside a name, kept only if a name word follows.
    const prev = doc.tokens[j - 1]!.lower;
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

function isOrgName(doc: Doc, first: number, end: number): boolean {
  for (let j = first; j < end; j++) {
    const t = doc.tokens[j]!;
    const bare = t.text.replace(/['’]s$/, '');
    if (t.cap && ORG_WORDS.has(bare.toLowerCase())) return true;
    if (isAcronym(t.text)) return true;
  }
  return false;
}

/** Strips a leading "The" before a capitalised name ("The Ministry of Peshmerga"). */
function withoutLeadingThe(doc: Doc, first: number, end: number): number {
  const t = doc.tokens[first]!;
  if (end - first > 1 && (t.lower === 'the') && doc.tokens[first + 1]!.cap) return first + 1;
  return first;
}

function named(
  doc: Doc,
  first: number,
  end: number,
  nameFirst: number,
  nameEnd: number,
  roleFirst: number,
  roleEnd: number,
  type: SpeakerType,
): SpeakerPhrase {
  // "US President Donald Trump and Turkish President Recep Tayyip Erdoğan": the role is the
  // part after the last "and".
  for (let k = roleEnd - 1; k > roleFirst; k--) {
    if (doc.tokens[k]!.lower === 'and') {
      roleFirst = k + 1;
      break;
    }
  }
  while (roleFirst < roleEnd && DETERMINERS.has(doc.tokens[roleFirst]!.lower)) roleFirst++;
  const role = roleEnd > roleFirst ? textOf(doc, roleFirst, roleEnd) : null;
  return {
    first,
    end,
    speaker: textOf(doc, nameFirst, nameEnd),
    role,
    type,
    pronoun: null,
    nameFirst,
    nameEnd,
  };
}

/**
 * Where a person's name of two words (three after an honorific) starts at the end of
 * [from, end), leaving at least one word before it; -1 when there is none.
 */
function trailingPersonName(doc: Doc, from: number, end: number): number {
  const ok = (j: number) => {
    const t = doc.tokens[j];
    return (
      t !== undefined &&
      isNameWord(doc, j) &&
      !ORG_WORDS.has(t.lower) &&
      !isAcronym(t.text) &&
      !TITLES.has(t.lower)
    );
  };
  const start = end - 2;
  if (start <= from || !ok(start) || !ok(end - 1)) return -1;
  if (start - 1 > from && HONORIFICS.has(doc.tokens[start - 1]!.lower)) return start - 1;
  return start;
}

/** "Suman Haripriya of the Hajo assembly": 2–4 name words, then a connector; the name's end. */
function personBeforeAffiliation(doc: Doc, from: number, end: number): number {
  for (let k = from + 1; k < end && k - from <= 4; k++) {
    const t = doc.tokens[k]!;
    if (!CONNECTORS.has(t.lower)) {
      if (!isNameWord(doc, k) || isRoleWord(doc, k)) return -1;
      continue;
    }
    if (k - from >= 2 && !isOrgName(doc, from, k) && !isRoleWord(doc, from)) return k;
    return -1;
  }
  return -1;
}

/** Splits a noun phrase into name and role and tells what kind of speaker it is. */
export function describe(doc: Doc, first: number, end: number): SpeakerPhrase | null {
  let core = first;
  while (core < end && DETERMINERS.has(doc.tokens[core]!.lower) && !isNameWord(doc, core)) core++;
  if (core >= end) return null;
  // "Peter Iseley of worldwide victim group Ending Clergy Abuse": a person, then where from.
  const affiliatedFirst = personBeforeAffiliation(doc, core, end);
  if (affiliatedFirst > 0) {
    return named(doc, first, end, core, affiliatedFirst, affiliatedFirst, affiliatedFirst, 'person');
  }
  // The last role word or title splits the phrase: role before, name after.
  let r = -1;
  for (let j = end - 1; j >= core; j--) {
    if (isRoleWord(doc, j)) {
      r = j;
      break;
    }
  }
  const lastHasName = (from: number) => {
    for (let j = from; j < end; j++) {
      if (isNameWord(doc, j) && !isRoleWord(doc, j) && !ORG_WORDS.has(doc.tokens[j]!.lower)) return true;
    }
    return false;
  };
  if (r >= 0 && r + 1 < end) {
    const next = doc.tokens[r + 1]!;
    if (CONNECTORS.has(next.lower)) {
      // "director of Amnesty International Man-kei Tam", "Mayor of London Sadiq Khan".
      const name = trailingPersonName(doc, r + 1, end);
      if (name > 0) return named(doc, first, end, name, end, core, name, 'person');
    } else if (isNameWord(doc, r + 1) && lastHasName(r + 1)) {
      // The name runs to the first connector ("Doug Collins of Georgia").
      let nameEnd = r + 1;
      while (nameEnd < end) {
        if (isNameWord(doc, nameEnd)) nameEnd++;
        // "Mohammad bin Salman", "Ursula von der Leyen".
        else if (PARTICLES.has(doc.tokens[nameEnd]!.text) && isNameWord(doc, nameEnd + 1)) nameEnd += 2;
        else break;
      }
      const type = isOrgName(doc, r + 1, nameEnd) ? 'thing' : 'person';
      return named(doc, first, end, r + 1, nameEnd, core, r + 1, type);
    }
  }
  if (r >= 0 && !lastHasName(core)) {
    // A description: "the fighter", "Peshmerga officials", "The Vice President"; its head is
    // the role before "of" ("The head of the police's internal investigators").
    let h = r;
    for (let j = core; j < r; j++) {
      if (isRoleWord(doc, j) && doc.tokens[j + 1]?.lower === 'of') {
        h = j;
        break;
      }
    }
    const head = doc.tokens[h]!.lower;
    const type: SpeakerType = THING_NOUNS.has(head) ? 'thing' : isPlural(head) ? 'group' : 'person';
    const from = withoutLeadingThe(doc, first, end);
    return {
      first,
      end,
      speaker: textOf(doc, from, end),
      role: null,
      type,
      pronoun: null,
      nameFirst: -1,
      nameEnd: -1,
    };
  }
  if (r >= 0) {
    // Role words and names mixed without a clean split ("The Iraqi government in Baghdad").
    const affiliated = personBeforeAffiliation(doc, core, end);
    if (affiliated > 0) return named(doc, first, end, core, affiliated, affiliated, affiliated, 'person');
    const head = doc.tokens[r]!.lower;
    const type: SpeakerType = THING_NOUNS.has(head) || isOrgName(doc, core, end) ? 'thing' : 'person';
    const from = withoutLeadingThe(doc, first, end);
    return {
      first,
      end,
      speaker: textOf(doc, from, end),
      role: null,
      type: isPlural(head) && type === 'person' ? 'group' : type,
      pronoun: null,
      nameFirst: -1,
      nameEnd: -1,
    };
  }
  // Only capitalised words and connectors.
  const from = withoutLeadingThe(doc, core, end);
  if (!doc.tokens[from]!.cap) return null;
  const affiliated = personBeforeAffiliation(doc, from, end);
  if (affiliated > 0) return named(doc, first, end, from, affiliated, affiliated, affiliated, 'person');
  // "Amnesty International Man-kei Tam": an organisation, then a person's name.
  for (let k = end - 2; k > from; k--) {
    const t = doc.tokens[k - 1]!;
    if (t.cap && ORG_WORDS.has(t.lower)) {
      const name = trailingPersonName(doc, k - 1, end);
      if (name === k) return named(doc, first, end, k, end, from, k, 'person');
      break;
    }
  }
  const single = end - from === 1;
  const org = isOrgName(doc, from, end);
  const honorific = HONORIFICS.has(doc.tokens[from]!.lower);
  const type: SpeakerType = org ? 'thing' : single ? 'unknown' : 'person';
  return {
    first,
    end,
    speaker: textOf(doc, from, end),
    role: null,
    type: honorific ? 'person' : type,
    pronoun: null,
    nameFirst: from,
    nameEnd: end,
  };
}
