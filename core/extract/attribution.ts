import { sentenceAt, type Doc } from './doc';
import { SPEECH_VERBS } from './lexicon';
import { isGloss, isIntroducedAsName, looksLikeName } from './not-speech';
import { phraseAfter, type SpeakerPhrase } from './noun-phrase';
import { isPassive, isSpeechVerb, refinePhrase, relayedSpeaker, subjectOf } from './subject';

/** Who a quotation is attributed to, before pronouns and surnames are resolved. */
export interface QuoteAttribution {
  quote: number;
  /** The speaker phrase, or 'subject' for the subject of the quotation's sentence. */
  phrase: SpeakerPhrase | 'subject' | null;
  /** An earlier quotation whose speaker this one shares ("“A,” he said. “B.”"), or -1. */
  carryFrom: number;
  /** Token range [first, end) of the attribution words. */
  cue: [number, number] | null;
  confidence: number;
}

/** How far before a quotation its attribution is looked for, in tokens. */
const BEFORE_WINDOW = 40;
/** How far after a quotation its speech verb may come ("“…,” a protester using … said"). */
const AFTER_WINDOW = 16;
/** The longest cue, in tokens. */
const MAX_CUE = 30;

/** Drops trailing punctuation from a cue's token range. */
function trimCue(doc: Doc, first: number, end: number): [number, number] | null {
  let e = end;
  while (e > first && doc.tokens[e - 1]!.kind !== 'word') e--;
  return e > first ? [first, e] : null;
}

/** A short sentence that only attributes: "Smith said." / "Lam said in a statement." */
function isAttributionFragment(doc: Doc, first: number, end: number): boolean {
  if (end - first > 12) return false;
  let verb = -1;
  for (let v = first; v < end; v++) {
    const t = doc.tokens[v]!;
    if (t.kind === 'quote' || t.lower === 'that') return false;
    if (verb < 0 && isSpeechVerb(doc, v)) verb = v;
  }
  return verb >= 0 && end - verb <= 8;
}

/**
 * The phrase after an inverted verb, read through appositions: "said University of California,
 * San Diego's chancellor, Pradeep Khosla" is Pradeep Khosla, "said Bash, the U.S. attorney" Bash.
 */
function appositionChain(doc: Doc, start: number, end: number): SpeakerPhrase | null {
  const first = phraseAfter(doc, start, end);
  if (!first) return null;
  const chain = [first];
  let at = first.end;
  while (chain.length < 4 && doc.tokens[at]?.text === ',') {
    const next = phraseAfter(doc, at + 1, end);
    if (!next || next.pronoun) break;
    chain.push(next);
    at = next.end;
  }
  if (first.type === 'person' && first.nameFirst >= 0) return first;
  for (let i = 1; i < chain.length; i++) {
    const p = chain[i]!;
    if (p.type === 'person' && p.nameFirst >= 0) {
      const before = chain[i - 1]!;
      return {
        ...p,
        first: first.first,
        role: p.role ?? (before.nameFirst < 0 ? before.speaker : null),
      };
    }
  }
  return first;
}

/** "“…,” Dillon said this week." / "“…,” said Bash." / "“…” tweeted Mayor … Sadiq Khan". */
function attributionAfter(
  doc: Doc,
  ti: number,
): Omit<QuoteAttribution, 'quote' | 'carryFrom'> | null {
  const sentence = sentenceAt(doc, ti);
  let k = ti + 1;
  let end = sentence.end;
  if (k >= end) {
    // "“It is over.” Smith said.": the attribution may stand as a sentence of its own.
    const next = doc.sentences[doc.sentenceOf[ti]! + 1];
    if (!next || !isAttributionFragment(doc, next.first, next.end)) return null;
    if (doc.tokens[next.first]!.paragraph !== doc.tokens[ti]!.paragraph) return null;
    k = next.first;
    end = next.end;
  }
  if (doc.tokens[k]?.text === ',') k++;
  for (let m = k; m < end; m++) {
    if (doc.tokens[m]!.kind === 'quote') {
      end = m;
      break;
    }
  }
  if (k >= end) return null;
  if (isSpeechVerb(doc, k)) {
    const np = appositionChain(doc, k + 1, end);
    if (np)
      return {
        phrase: refinePhrase(doc, np, end),
        cue: trimCue(doc, k, Math.min(end, k + MAX_CUE)),
        confidence: 0.9,
      };
  }
  // "Saying “…”, President Fernández elaborated, …": the main clause's subject said it.
  const opener = doc.tokens[sentence.lead];
  if (
    opener &&
    sentence.lead === ti - 1 &&
    /ing$/.test(opener.lower) &&
    SPEECH_VERBS.has(opener.lower)
  ) {
    for (let v = k; v < end && v - k < BEFORE_WINDOW; v++) {
      if (!isSpeechVerb(doc, v)) continue;
      const subject = subjectOf(doc, v, k);
      if (subject)
        return { phrase: subject, cue: trimCue(doc, subject.first, v + 1), confidence: 0.7 };
      break;
    }
  }
  for (let v = k; v < end && v - k < AFTER_WINDOW; v++) {
    if (!isSpeechVerb(doc, v)) continue;
    if (doc.tokens[v - 1]?.lower === 'and' && v - 1 === k) {
      return {
        phrase: 'subject',
        cue: trimCue(doc, k, Math.min(end, k + MAX_CUE)),
        confidence: 0.7,
      };
    }
    const subject = subjectOf(doc, v, k);
    // "“…,” 1st Fleet Command's … head Arba Agung told": words with digits may lead the phrase.
    let lead = k;
    while (subject && lead < subject.first && /\d/.test(doc.tokens[lead]!.text)) lead++;
    if (!subject || subject.first !== lead) break;
    const relayed = relayedSpeaker(doc, v, end);
    return {
      phrase: relayed ?? refinePhrase(doc, subject, end),
      cue: trimCue(doc, k, Math.min(end, k + MAX_CUE)),
      confidence: subject.pronoun ? 0.8 : 0.9,
    };
  }
  return null;
}

/** "…,” according to NBC." — weaker than a speech verb before the quotation in the same sentence. */
function accordingAfter(
  doc: Doc,
  ti: number,
): Omit<QuoteAttribution, 'quote' | 'carryFrom'> | null {
  const sentence = sentenceAt(doc, ti);
  let k = ti + 1;
  if (doc.tokens[k]?.text === ',') k++;
  if (doc.tokens[k]?.lower !== 'according' || doc.tokens[k + 1]?.lower !== 'to') return null;
  const np = phraseAfter(doc, k + 2, sentence.end);
  if (!np) return null;
  return {
    phrase: refinePhrase(doc, np, sentence.end),
    cue: trimCue(doc, k, np.end),
    confidence: 0.7,
  };
}

/** "Trump said on Friday “…”", "According to X, …: “…”", "he was told by X of “…”". */
function attributionBefore(
  doc: Doc,
  ti: number,
): Omit<QuoteAttribution, 'quote' | 'carryFrom'> | null {
  const sentence = sentenceAt(doc, ti);
  const min = Math.max(sentence.first, ti - BEFORE_WINDOW);
  let according: SpeakerPhrase | null = null;
  let accordingAt = -1;
  let firstSubjectless = -1;
  for (let j = ti - 1; j >= min; j--) {
    const t = doc.tokens[j]!;
    if (t.lower === 'according' && doc.tokens[j + 1]?.lower === 'to' && !according) {
      according = phraseAfter(doc, j + 2, ti);
      accordingAt = j;
      continue;
    }
    if (!isSpeechVerb(doc, j)) continue;
    if (isPassive(doc, j)) {
      // Past a verb without a subject of its own, a passive belongs to another clause.
      if (firstSubjectless >= 0) continue;
      for (let b = j + 1; b < sentence.end && b - j <= 30; b++) {
        if (doc.tokens[b]!.lower !== 'by' || b === ti) continue;
        const np = phraseAfter(doc, b + 1, sentence.end);
        if (np && (np.nameFirst >= 0 || np.type !== 'person')) {
          return { phrase: np, cue: trimCue(doc, j - 1, np.end), confidence: 0.75 };
        }
      }
      continue;
    }
    const subject = subjectOf(doc, j, sentence.first);
    if (subject) {
      const relayed = relayedSpeaker(doc, j, ti);
      const near = ti - j <= 6;
      return {
        phrase: relayed ?? refinePhrase(doc, subject, j),
        cue: trimCue(doc, subject.first, Math.min(ti, subject.first + 20)),
        confidence: near ? 0.85 : 0.7,
      };
    }
    // "“A,” said Khan, “B.”": the verb's subject comes after it.
    const inverted = phraseAfter(doc, j + 1, ti);
    const afterInverted = doc.tokens[inverted?.end ?? -1];
    if (
      inverted &&
      !inverted.pronoun &&
      afterInverted &&
      (afterInverted.kind === 'quote' || /^[,:]$/.test(afterInverted.text))
    ) {
      return {
        phrase: refinePhrase(doc, inverted, ti),
        cue: trimCue(doc, j, inverted.end),
        confidence: 0.8,
      };
    }
    // "she said, asking …", "Ebrard said, “…”, adding, “…”": the subject of an earlier verb.
    if (firstSubjectless < 0) firstSubjectless = j;
  }
  if (firstSubjectless >= 0) {
    return { phrase: 'subject', cue: trimCue(doc, firstSubjectless, ti), confidence: 0.6 };
  }
  // "Brazilian President Jair Bolsonaro opposed Macron's statement: “…”": a colon introduces
  // the quotation of the sentence's subject.
  if (doc.tokens[ti - 1]?.text === ':' && ti - 1 > sentence.lead && !according) {
    return { phrase: 'subject', cue: trimCue(doc, sentence.lead, ti), confidence: 0.6 };
  }
  if (according) {
    return {
      phrase: refinePhrase(doc, according, ti),
      cue: trimCue(doc, accordingAt, according.end),
      confidence: 0.75,
    };
  }
  return null;
}

/** A speaker named in the sentence before, in the same paragraph, with a speech verb. */
function attributionFromContext(
  doc: Doc,
  ti: number,
): Omit<QuoteAttribution, 'quote' | 'carryFrom'> | null {
  const index = doc.sentenceOf[ti]!;
  const sentence = doc.sentences[index]!;
  if (sentence.first !== ti) return null;
  const previous = doc.sentences[index - 1];
  if (!previous || doc.tokens[previous.first]!.paragraph !== doc.tokens[ti]!.paragraph) return null;
  for (let v = previous.first; v < previous.end && v - previous.first < BEFORE_WINDOW * 3; v++) {
    if (doc.tokens[v]!.kind === 'quote') return null;
    if (!isSpeechVerb(doc, v) || isPassive(doc, v)) continue;
    const subject = subjectOf(doc, v, previous.first);
    if (subject)
      return { phrase: subject, cue: trimCue(doc, subject.first, v + 1), confidence: 0.6 };
  }
  return null;
}

/**
 * Attributes every quotation: the words right after it, else the nearest speech verb before it
 * in its sentence, else "according to", else the quotation before it in the same paragraph,
 * else a speaker introduced in the sentence before. Quotations that are names or captions
 * come back with `confidence` 0 and are dropped by the caller.
 */
export function attributeQuotes(doc: Doc): QuoteAttribution[] {
  const out: QuoteAttribution[] = [];
  let lastAttributed = -1;
  doc.quotes.forEach((q, qi) => {
    const ti = doc.quoteToken[qi]!;
    const token = doc.tokens[ti]!;
    const sentence = sentenceAt(doc, ti);
    const reject = { quote: qi, phrase: null, carryFrom: -1, cue: null, confidence: 0 };
    const inner = doc.text.slice(q.start, q.end);
    if (doc.captions.has(doc.tokens[ti]!.paragraph) || looksLikeName(inner)) {
      out.push(reject);
      return;
    }
    if (isIntroducedAsName(doc, ti, sentence.first) || isGloss(doc, ti)) {
      out.push(reject);
      return;
    }
    let found: Omit<QuoteAttribution, 'quote' | 'carryFrom'> | null = attributionAfter(doc, ti);
    found ??= attributionBefore(doc, ti) ?? accordingAfter(doc, ti);
    if (found) {
      out.push({ quote: qi, carryFrom: -1, ...found });
      lastAttributed = qi;
      return;
    }
    const previous = lastAttributed >= 0 ? doc.quoteToken[lastAttributed]! : -1;
    if (previous >= 0 && doc.tokens[previous]!.paragraph === token.paragraph) {
      out.push({ quote: qi, phrase: null, carryFrom: lastAttributed, cue: null, confidence: 0.7 });
      lastAttributed = qi;
      return;
    }
    const context = attributionFromContext(doc, ti);
    if (context) {
      out.push({ quote: qi, carryFrom: -1, ...context });
      lastAttributed = qi;
      return;
    }
    out.push({ quote: qi, phrase: null, carryFrom: -1, cue: null, confidence: 0.3 });
  });
  return out;
}
