import { textOf, type Doc } from './doc';
import { CONNECTORS, DETERMINERS, HONORIFICS, ORG_WORDS, THING_NOUNS, TITLES } from './lexicon';
import { isAcronym, isNameWord, isPlural, isRoleWord, PARTICLES } from './words';

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

function isOrgName(doc: Doc, first: number, end: number): boolean {
  for (let j = first; j < end; j++) {
    const t = doc.tokens[j]!;
    const bare = t.text.replace(/['’]s$/, '');
    if (t.cap && ORG_WORDS.has(bare.toLowerCase())) return true;
    if (isAcronym(t.text)) return true;
  }
  return false;
}

/**
 * Strips a leading "The" before a capitalised name ("The Ministry of Peshmerga"), but not from
 * a one-word name it belongs to ("The Guardian", "The Times").
 */
function withoutLeadingThe(doc: Doc, first: number, end: number): number {
  const t = doc.tokens[first]!;
  if (end - first > 2 && t.lower === 'the' && doc.tokens[first + 1]!.cap) return first + 1;
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
    return named(
      doc,
      first,
      end,
      core,
      affiliatedFirst,
      affiliatedFirst,
      affiliatedFirst,
      'person',
    );
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
      if (isNameWord(doc, j) && !isRoleWord(doc, j) && !ORG_WORDS.has(doc.tokens[j]!.lower))
        return true;
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
        else if (PARTICLES.has(doc.tokens[nameEnd]!.text) && isNameWord(doc, nameEnd + 1))
          nameEnd += 2;
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
    if (affiliated > 0)
      return named(doc, first, end, core, affiliated, affiliated, affiliated, 'person');
    const head = doc.tokens[r]!.lower;
    const type: SpeakerType =
      THING_NOUNS.has(head) || isOrgName(doc, core, end) ? 'thing' : 'person';
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
  let from = withoutLeadingThe(doc, core, end);
  if (end - core === 1 && core === first + 1 && doc.tokens[first]!.lower === 'the') from = first;
  if (!doc.tokens[from]!.cap) return null;
  const affiliated = personBeforeAffiliation(doc, from, end);
  if (affiliated > 0)
    return named(doc, first, end, from, affiliated, affiliated, affiliated, 'person');
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
