import type { Doc } from './doc';
import { OBJECT_SPEECH_VERBS, REPORTING_VERBS, WEEKDAYS_MONTHS } from './lexicon';
import { phraseAfter, type SpeakerPhrase } from './noun-phrase';
import { isPassive, isSpeechVerb, subjectOf } from './subject';

/** Reported speech found in a sentence, its speaker not yet resolved. */
export interface Paraphrase {
  phrase: SpeakerPhrase;
  /** Token range [first, end) of what was said. */
  span: [number, number];
  /** Token range of the attribution words ("Bas News, a Kurdish outlet, reported on Wednesday that"). */
  cue: [number, number];
  /** Token the paraphrase is anchored at (its verb), for ordering. */
  anchor: number;
  /**
   * Where else the time of saying may be written: the end of the object of "decried",
   * "condemned" ("decried Iranian involvement … in statements this week"), or null.
   */
  whenHint: [number, number] | null;
  confidence: number;
}

const THAT_WINDOW = 12;
const MAX_CLAUSE = 150;
const TIME_WORDS = new Set(['yesterday', 'today', 'tonight', 'earlier', 'later', 'late', 'early']);
const CLAIM_NOUNS = new Set([
  'claims',
  'claim',
  'statement',
  'statements',
  'assertion',
  'assertions',
  'allegations',
  'allegation',
  'assurances',
  'reports',
  'warnings',
  'warning',
]);

/** The end of the clause that starts at `from`: the sentence's end without its full stop. */
function clauseEnd(doc: Doc, from: number, end: number): number {
  // A clause longer than MAX_CLAUSE tokens is cut there: keeps the scan linear in a text with
  // one endless sentence full of "said".
  end = Math.min(end, from + MAX_CLAUSE);
  let e = end;
  for (let j = from; j < end; j++) {
    const t = doc.tokens[j]!;
    if (t.text === ';') {
      e = j;
      break;
    }
    // "…, according to NBC." ends the clause of a paraphrase that has its own speaker.
    if (
      t.text === ',' &&
      doc.tokens[j + 1]?.lower === 'according' &&
      doc.tokens[j + 2]?.lower === 'to'
    ) {
      e = j;
      break;
    }
  }
  while (e > from && doc.tokens[e - 1]!.kind === 'punct') e--;
  return e;
}

/** Skips time words right after a verb ("said on Friday he …", "said late Sunday the …"). */
function skipTime(doc: Doc, j: number, end: number): number {
  const at = (k: number) => doc.tokens[k];
  for (let round = 0; round < 3 && j < end; round++) {
    const t = at(j)!;
    if (t.lower === 'on' && at(j + 1) && WEEKDAYS_MONTHS.has(at(j + 1)!.lower)) j += 2;
    else if (
      (t.lower === 'this' || t.lower === 'last') &&
      /^(?:week|month|year)$/.test(at(j + 1)?.lower ?? '')
    )
      j += 2;
    else if (TIME_WORDS.has(t.lower) || WEEKDAYS_MONTHS.has(t.lower)) j += 1;
    else if (/^(?:night|morning|afternoon|evening)$/.test(t.lower)) j += 1;
    else break;
  }
  return j;
}

/** How much of tokens [first, end) is quotation, by characters. */
function quotedShare(doc: Doc, first: number, end: number): number {
  let quoted = 0;
  for (let j = first; j < end; j++) {
    const t = doc.tokens[j]!;
    if (t.kind === 'quote') quoted += t.end - t.start;
  }
  const total = doc.tokens[end - 1]!.end - doc.tokens[first]!.start;
  return total > 0 ? quoted / total : 0;
}

function wordCount(doc: Doc, first: number, end: number): number {
  let n = 0;
  for (let j = first; j < end; j++) if (doc.tokens[j]!.kind !== 'punct') n++;
  return n;
}

function paraphrase(
  doc: Doc,
  phrase: SpeakerPhrase,
  from: number,
  sentenceEnd: number,
  cueFirst: number,
  anchor: number,
  confidence: number,
): Paraphrase | null {
  const end = clauseEnd(doc, from, sentenceEnd);
  if (end <= from || wordCount(doc, from, end) < 4) return null;
  if (doc.tokens[from]!.kind === 'quote' || quotedShare(doc, from, end) > 0.6) return null;
  return { phrase, span: [from, end], cue: [cueFirst, from], anchor, confidence, whenHint: null };
}

/**
 * Finds reported speech: "X said (that) …", "X confirmed / denied / warned … that …",
 * "X decried …", "claims by X that …", "according to X, …" and "…, according to X".
 */
export function findParaphrases(doc: Doc): Paraphrase[] {
  const out: Paraphrase[] = [];
  const { tokens } = doc;
  for (let s = 0; s < doc.sentences.length; s++) {
    const { first, end } = doc.sentences[s]!;
    if (doc.captions.has(tokens[first]!.paragraph)) continue;
    for (let v = first; v < end; v++) {
      const t = tokens[v]!;
      // "claims by X that …"
      if (CLAIM_NOUNS.has(t.lower) && tokens[v + 1]?.lower === 'by') {
        const np = phraseAfter(doc, v + 2, end);
        if (np && tokens[np.end]?.lower === 'that') {
          const p = paraphrase(doc, np, np.end + 1, end, v, v, 0.7);
          if (p) out.push(p);
        }
        continue;
      }
      if (t.lower === 'according' && tokens[v + 1]?.lower === 'to') {
        const np = phraseAfter(doc, v + 2, end);
        if (!np) continue;
        if (v === first || (v === first + 1 && tokens[first]!.text === '(')) {
          if (tokens[np.end]?.text !== ',') continue;
          const p = paraphrase(doc, np, np.end + 1, end, v, v, 0.6);
          if (p) out.push(p);
        } else if (tokens[v - 1]?.text === ',' && clauseEnd(doc, np.end, end) === np.end) {
          // "…, according to The Guardian." The clause before is what the source said.
          const p = paraphrase(doc, np, first, v - 1, v, v, 0.6);
          if (p) out.push({ ...p, cue: [v, np.end] });
        }
        continue;
      }
      if (!isSpeechVerb(doc, v) || isPassive(doc, v)) continue;
      const reporting = REPORTING_VERBS.has(t.lower);
      const object = OBJECT_SPEECH_VERBS.has(t.lower);
      if (!reporting && !object) continue;
      // Attribution right after a quotation ("“…,” Dillon said") reports nothing more.
      const subject = subjectOf(doc, v, first);
      if (!subject) continue;
      const before = tokens[subject.first - 1];
      if (
        before &&
        (before.kind === 'quote' ||
          (before.text === ',' && tokens[subject.first - 2]?.kind === 'quote'))
      )
        continue;
      let that = -1;
      for (let j = v + 1; j < end && j - v <= THAT_WINDOW; j++) {
        const u = tokens[j]!;
        if (u.kind === 'quote' || /^[.;:!?]$/.test(u.text)) break;
        if (u.lower === 'that') {
          that = j;
          break;
        }
      }
      let p: Paraphrase | null = null;
      if (that >= 0) p = paraphrase(doc, subject, that + 1, end, subject.first, v, 0.7);
      else if (object) {
        p = paraphrase(doc, subject, v + 1, end, subject.first, v, 0.6);
        if (p) p.whenHint = [Math.max(p.span[0], p.span[1] - 6), p.span[1]];
      } else if (/^(?:said|says|say)$/.test(t.lower)) {
        const from = skipTime(doc, v + 1, end);
        if (tokens[from]?.text !== ',' && tokens[from]?.text !== ':')
          p = paraphrase(doc, subject, from, end, subject.first, v, 0.5);
      }
      // Later verbs in the clause may report speech of their own ("claims by X that …").
      if (p) out.push(p);
    }
  }
  return out;
}
