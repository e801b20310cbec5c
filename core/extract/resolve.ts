import { sentenceAt, type Doc } from './doc';
import { isNameWord, phraseBefore, type SpeakerPhrase, type SpeakerType } from './noun-phrase';
import { PARTICLES } from './words';
import { sentenceSubject } from './subject';

export interface Resolved {
  speaker: string;
  role: string | null;
  type: SpeakerType;
}

/** How far back a speaker still counts as the last one for "he" or "she", in sentences. */
const RECENT_SENTENCES = 5;
/** How far back to look for a person a pronoun may stand for, in sentences. */
const LOOKBACK_SENTENCES = 8;
/** Bounds that keep resolution linear however long a sentence or a list of speakers gets. */
const MENTION_SCAN = 80;
const MAX_SPOKEN_LOOKBACK = 200;

interface FullName {
  name: string;
  role: string | null;
  token: number;
}

function lastWord(name: string): string {
  const words = name.split(/\s+/);
  return (words[words.length - 1] ?? '').toLowerCase();
}

/**
 * What the text has said so far about who is who: full names by their last word (so that
 * "Dillon" becomes "Col. Ryan Dillon") and the speakers in order (so that "he" finds one).
 */
export class SpeakerMemory {
  private readonly fullNames = new Map<string, FullName[]>();
  private readonly spoken: Array<Resolved & { token: number }> = [];

  constructor(private readonly doc: Doc) {
    // Every run of capitalised words, read with the role before it, is a possible full name.
    const { tokens } = doc;
    for (let i = 0; i < tokens.length; i++) {
      if (!isNameWord(doc, i) || isNameWord(doc, i + 1)) continue;
      const sentence = sentenceAt(doc, i);
      const phrase = phraseBefore(doc, i + 1, sentence.first);
      if (phrase) this.learn(phrase);
    }
  }

  /** Records a person's full name (two words or more) from a phrase. */
  learn(phrase: SpeakerPhrase): void {
    if (phrase.pronoun || phrase.nameFirst < 0 || phrase.type !== 'person') return;
    if (phrase.nameEnd - phrase.nameFirst < 2 || /['’]s$/.test(phrase.speaker)) return;
    // Only names: "Miller and Smith" is two people, "Mayor of London" a title.
    const words = phrase.speaker.split(/\s+/);
    if (words.some((w) => /^\p{Ll}/u.test(w) && !PARTICLES.has(w))) return;
    const key = lastWord(phrase.speaker);
    const list = this.fullNames.get(key) ?? [];
    list.push({ name: phrase.speaker, role: phrase.role, token: phrase.nameFirst });
    this.fullNames.set(key, list);
  }

  /** A one-word name as the fullest earlier (else later) mention of the same person. */
  expand(
    name: string,
    role: string | null,
    token: number,
  ): { speaker: string; role: string | null } {
    if (/\s/.test(name)) return { speaker: name, role };
    const list = this.fullNames.get(name.toLowerCase());
    if (!list || list.length === 0) return { speaker: name, role };
    let best: FullName | undefined;
    for (const entry of list) if (entry.token < token) best = entry;
    best ??= list[0]!;
    return { speaker: best.name, role: role ?? best.role };
  }

  remember(resolved: Resolved, token: number): void {
    this.spoken.push({ ...resolved, token });
  }

  /** The last speaker of a fitting kind before token `before`, said after sentence `since`. */
  private lastSpoken(
    types: readonly SpeakerType[],
    before: number,
    since: number,
  ): Resolved | null {
    const stop = Math.max(0, this.spoken.length - MAX_SPOKEN_LOOKBACK);
    for (let i = this.spoken.length - 1; i >= stop; i--) {
      const s = this.spoken[i]!;
      if (since >= 0 && this.doc.sentenceOf[s.token]! < since) return null;
      if (s.token < before && types.includes(s.type)) return s;
    }
    return null;
  }

  /** Resolves a phrase to a speaker: pronouns against the text before, surnames to full names. */
  resolve(phrase: SpeakerPhrase, anchor: number): Resolved | null {
    if (phrase.pronoun) return this.resolvePronoun(phrase, anchor);
    if (phrase.nameFirst >= 0 && (phrase.type === 'person' || phrase.type === 'unknown')) {
      const { speaker, role } = this.expand(phrase.speaker, phrase.role, phrase.nameFirst);
      const type = speaker !== phrase.speaker ? 'person' : phrase.type;
      return { speaker, role, type };
    }
    return { speaker: phrase.speaker, role: phrase.role, type: phrase.type };
  }

  private resolvePronoun(phrase: SpeakerPhrase, anchor: number): Resolved | null {
    const p = phrase.pronoun!;
    if (p === 'who') {
      let j = phrase.first;
      // "Thomas Gray, 24, who": skip the age between commas.
      while (j - 1 >= 0 && /^(?:,|\d+)$/.test(this.doc.tokens[j - 1]!.text)) j--;
      const antecedent = phraseBefore(this.doc, j, sentenceAt(this.doc, phrase.first).first);
      return antecedent && !antecedent.pronoun ? this.resolve(antecedent, anchor) : null;
    }
    const fits: SpeakerType[] =
      p === 'he' || p === 'she'
        ? ['person', 'unknown']
        : p === 'they'
          ? ['group', 'thing', 'unknown']
          : ['thing', 'unknown'];
    const personal = p === 'he' || p === 'she';
    const here = this.doc.sentenceOf[phrase.first]!;
    // The sentence before: its subject if it fits, else the first person it names (unless its
    // subject is itself a pronoun, whose sentence names only others).
    const previous = this.fromSentence(here - 1, fits, personal, anchor);
    if (previous) return previous;
    const recent = this.lastSpoken(fits, anchor, here - RECENT_SENTENCES);
    if (recent) return recent;
    for (let s = here - 2; s >= 0 && here - s <= LOOKBACK_SENTENCES; s--) {
      const found = this.fromSentence(s, fits, personal, anchor);
      if (found) return found;
    }
    return this.lastSpoken(fits, anchor, -1);
  }

  private fromSentence(
    index: number,
    fits: readonly SpeakerType[],
    personal: boolean,
    anchor: number,
  ): Resolved | null {
    const sentence = this.doc.sentences[index];
    if (!sentence) return null;
    const subject = sentenceSubject(this.doc, index);
    if (subject?.pronoun) return null;
    if (subject && fits.includes(subject.type)) return this.resolve(subject, anchor);
    if (!personal) return null;
    for (let i = sentence.first; i < sentence.end && i - sentence.first < MENTION_SCAN; i++) {
      const list = this.fullNames.get(this.doc.tokens[i]!.lower);
      const hit = list?.find((e) => e.token <= i);
      if (hit) return { speaker: hit.name, role: hit.role, type: 'person' };
    }
    return null;
  }
}
