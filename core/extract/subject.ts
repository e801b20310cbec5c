import { isSentenceStart, type Doc } from './doc';
import {
  DETERMINERS,
  RELAYED_SPEECH,
  RELAY_VERBS,
  SPEECH_VERBS,
  VERB_ADVERBS,
  WEEKDAYS_MONTHS,
} from './lexicon';
import { isNameWord, phraseAfter, phraseBefore, type SpeakerPhrase } from './noun-phrase';

const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** Words that open an adverbial before a sentence's subject ("In February, Chakrapani said"). */
const LEADING_ADVERBIALS = new Set(
  `on in at during after before when while although though however meanwhile speaking according
  earlier later yesterday today tonight last since despite following as if with without for from
  by under over amid among elsewhere separately additionally moreover furthermore nevertheless
  finally initially previously recently currently instead thus also then still yet but and so
  specifically reportedly similarly likewise overall indeed notably unlike once upon within
  throughout toward towards into across outside inside near beyond besides through asked
  addressing responding writing meanwhile next this`.split(/\s+/),
);

/** A speech verb used as a verb: written in lower case, not "the report" or "its post". */
export function isSpeechVerb(doc: Doc, j: number): boolean {
  const t = doc.tokens[j];
  if (!t || t.kind !== 'word' || t.cap || !SPEECH_VERBS.has(t.lower)) return false;
  if (isSentenceStart(doc, j)) return false;
  const prev = doc.tokens[j - 1];
  if (prev && prev.kind === 'word' && (DETERMINERS.has(prev.lower) || POSSESSIVES.has(prev.lower)))
    return false;
  // "claims by X", "reports from Y": nouns.
  const next = doc.tokens[j + 1];
  if (next && (next.lower === 'by' || next.lower === 'from') && /s$/.test(t.lower)) return false;
  return true;
}

/** "was told by", "is said to": the subject is not the speaker. */
export function isPassive(doc: Doc, v: number): boolean {
  const aux = new Set(['was', 'were', 'been', 'be', 'being', 'is', 'are']);
  // "a pattern described by Marine Bulletin as …": a participle with its agent.
  if (doc.tokens[v + 1]?.lower === 'by' && /(?:ed|id|ld|en|ote)$/.test(doc.tokens[v]!.lower))
    return true;
  const a = doc.tokens[v - 1];
  if (a && aux.has(a.lower)) return true;
  const b = doc.tokens[v - 2];
  return !!a && VERB_ADVERBS.has(a.lower) && !aux.has(a.lower) && !!b && aux.has(b.lower);
}

/** Prefers the name of "The Vice President, Mike Pence," and the head of "Bas News, a Kurdish outlet,". */
function chooseAppositive(
  head: SpeakerPhrase | null,
  inner: SpeakerPhrase | null,
): SpeakerPhrase | null {
  if (!inner || inner.pronoun) return head;
  if (!head) return null;
  if (head.nameFirst < 0 && inner.nameFirst >= 0) {
    return { ...inner, first: head.first, role: inner.role ?? head.speaker };
  }
  if (head.nameFirst >= 0 && inner.nameFirst < 0 && !head.role) {
    return { ...head, end: inner.end, role: inner.speaker.replace(/^(?:the|a|an)\s+/i, '') };
  }
  return head;
}

/** Skips a parenthesis right after `j` ("(SDF)"); returns the index after it. */
function skipParenthesis(doc: Doc, j: number, max: number): number {
  if (doc.tokens[j]?.text !== '(') return j;
  for (let k = j + 1; k < max && k - j < 8; k++) if (doc.tokens[k]!.text === ')') return k + 1;
  return j;
}

/**
 * The subject of the verb at `v`: the noun phrase before it, past adverbs ("Dillon also said")
 * and an apposition ("Bas News, a Kurdish outlet, reported"; "Trump, also on Twitter, defended").
 */
export function subjectOf(doc: Doc, v: number, min: number): SpeakerPhrase | null {
  let j = v;
  while (j - 1 >= min) {
    const t = doc.tokens[j - 1]!;
    if (t.kind === 'word' && !t.cap && VERB_ADVERBS.has(t.lower)) j--;
    else break;
  }
  if (j - 1 >= min && doc.tokens[j - 1]!.text === ',') {
    const comma = j - 1;
    let open = -1;
    for (let k = comma - 1; k >= min && comma - k <= 30; k--) {
      const t = doc.tokens[k]!;
      if (t.text === ')') {
        // "the RMT union (National Union of Rail, Maritime and Transport Workers), Mick Cash,".
        while (k > min && doc.tokens[k]!.text !== '(') k--;
        continue;
      }
      if (t.kind === 'quote' || /^[.;:!?]$/.test(t.text)) break;
      if (t.text === ',') {
        open = k;
        break;
      }
    }
    if (open < 0) return withNameBefore(doc, phraseBefore(doc, comma, min), min);
    let headEnd = open;
    if (doc.tokens[open - 1]?.text === ')') {
      while (headEnd > min && doc.tokens[headEnd]!.text !== '(') headEnd--;
    }
    const head = phraseBefore(doc, headEnd, min);
    const innerStart = open + 1;
    const innerWord = doc.tokens[innerStart]!;
    if (innerWord.lower === 'who' || innerWord.lower === 'which') return head;
    let inner = phraseAfter(doc, innerStart, comma);
    if (inner && skipParenthesis(doc, inner.end, comma) !== comma) inner = null;
    return chooseAppositive(head, inner);
  }
  return withNameBefore(doc, phraseBefore(doc, j, min), min);
}

/**
 * "Colin Sutherland, Lord Carloway, the Lord President of the court decided": a description
 * right after a person's name and a comma describes that person.
 */
function withNameBefore(doc: Doc, phrase: SpeakerPhrase | null, min: number): SpeakerPhrase | null {
  if (!phrase || phrase.pronoun || phrase.nameFirst >= 0) return phrase;
  const comma = phrase.first - 1;
  if (comma - 1 < min || doc.tokens[comma]?.text !== ',') return phrase;
  const name = phraseBefore(doc, comma, min);
  if (!name || name.pronoun || name.nameFirst < 0 || name.type !== 'person') return phrase;
  // Only the sentence's own subject: "Colin Sutherland, Lord Carloway, the Lord President …",
  // not a place before the comma ("… South Africa, his daughter said").
  if (!isSentenceStart(doc, name.first)) {
    const before = doc.tokens[name.first - 1];
    if (before?.text !== ',') return phrase;
    const chained = phraseBefore(doc, name.first - 1, min);
    if (!chained || chained.type !== 'person' || !isSentenceStart(doc, chained.first))
      return phrase;
  }
  return {
    ...name,
    end: phrase.end,
    role: name.role ?? phrase.speaker.replace(/^(?:the|a|an)\s+/i, ''),
  };
}

/** "Rudaw translates the fighter as stating": the speaker is the fighter. */
export function relayedSpeaker(doc: Doc, v: number, max: number): SpeakerPhrase | null {
  if (!RELAY_VERBS.has(doc.tokens[v]!.lower)) return null;
  const np = phraseAfter(doc, v + 1, max);
  if (!np) return null;
  const as = doc.tokens[np.end];
  const verb = doc.tokens[np.end + 1];
  if (as?.lower === 'as' && verb && RELAYED_SPEECH.has(verb.lower))
    return { ...np, end: np.end + 2 };
  return null;
}

/**
 * Refines a phrase by what follows it: "a protester using the pseudonym Katya" → Katya;
 * "a statement released by Erdogan's office" → Erdogan's office.
 */
export function refinePhrase(doc: Doc, phrase: SpeakerPhrase, max: number): SpeakerPhrase {
  const at = (k: number) => doc.tokens[k]?.lower ?? '';
  let j = phrase.end;
  if (j >= max) return phrase;
  if (
    at(j) === 'using' &&
    at(j + 1) === 'the' &&
    (at(j + 2) === 'pseudonym' || at(j + 2) === 'name')
  ) {
    const name = phraseAfter(doc, j + 3, max);
    if (name)
      return {
        ...name,
        first: phrase.first,
        role: phrase.speaker.replace(/^(?:a|an|the)\s+/i, ''),
      };
  }
  if ((at(j) === 'named' || at(j) === 'called') && isNameWord(doc, j + 1)) {
    const name = phraseAfter(doc, j + 1, max);
    if (name)
      return {
        ...name,
        first: phrase.first,
        role: phrase.speaker.replace(/^(?:a|an|the)\s+/i, ''),
      };
  }
  if (phrase.nameFirst < 0 && /^(?:a|an|the)\s/i.test(phrase.speaker)) {
    if (/^(?:released|issued|published|posted|made|put)$/.test(at(j))) j++;
    if (at(j) === 'by' || at(j) === 'from') {
      const source = phraseAfter(doc, j + 1, max);
      if (source) return { ...source, first: phrase.first };
    }
  }
  return phrase;
}

/**
 * The subject of a sentence: the noun phrase it opens with, after leading adverbials
 * ("In February, Chakrapani said"; "However, addressing the global leaders, Chakrapani …").
 */
export function sentenceSubject(doc: Doc, sentence: number): SpeakerPhrase | null {
  const s = doc.sentences[sentence];
  if (!s) return null;
  let j = s.first;
  for (let round = 0; round < 3; round++) {
    const t = doc.tokens[j];
    if (!t || t.kind !== 'word') return null;
    const adverbial =
      LEADING_ADVERBIALS.has(t.lower) ||
      WEEKDAYS_MONTHS.has(t.lower) ||
      /^\d/.test(t.text) ||
      (/(?:ly|ing)$/.test(t.lower) && !isNameWord(doc, j));
    if (!adverbial) break;
    let comma = -1;
    for (let k = j + 1; k < s.end && k - j <= 12; k++) {
      const u = doc.tokens[k]!;
      if (u.kind === 'quote') break;
      if (u.text === ',') {
        comma = k;
        break;
      }
    }
    if (comma < 0) break;
    j = comma + 1;
  }
  const head = phraseAfter(doc, j, s.end);
  if (!head) return null;
  let after = skipParenthesis(doc, head.end, s.end);
  if (doc.tokens[after]?.text === ',') {
    const inner = phraseAfter(doc, after + 1, s.end);
    if (inner) {
      after = skipParenthesis(doc, inner.end, s.end);
      if (doc.tokens[after]?.text === ',') return chooseAppositive(head, inner);
    }
  }
  return head;
}
