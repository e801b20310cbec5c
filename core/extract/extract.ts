import { attributeQuotes, type QuoteAttribution } from './attribution';
import { resolveSaidDate, type SaidDate } from './dates';
import { buildDoc, textOf, type Doc } from './doc';
import { SpeakerMemory, type Resolved } from './resolve';
import { findParaphrases, type Paraphrase } from './reported-speech';
import { sentenceSubject } from './subject';
import type { Candidate, ExtractOptions } from './types';

/** Unattributed quotations shorter than this are taken for scare quotes and dropped. */
const MIN_UNATTRIBUTED_WORDS = 8;

type Item =
  | { kind: 'quote'; anchor: number; attribution: QuoteAttribution }
  | { kind: 'paraphrase'; anchor: number; paraphrase: Paraphrase };

function words(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Names and roles read as plain words: no-break spaces and line breaks become one space. */
function plain(text: string | null | undefined): string | null {
  return text == null ? null : text.replace(/\s+/g, ' ').trim();
}

function cueText(doc: Doc, cue: [number, number] | null): string | null {
  return cue ? plain(textOf(doc, cue[0], cue[1])) : null;
}

/**
 * Finds the statements in a news text: direct quotations (the words inside the marks) and
 * reported speech, each with its speaker resolved across the text, the role written before the
 * speaker's name, the attribution words and, when a publication date is given, the day, week or
 * month the cue says it was said. Every candidate's `text` is `text.slice(start, end)`.
 */
export function extractStatements(text: string, options: ExtractOptions = {}): Candidate[] {
  const doc = buildDoc(text);
  const memory = new SpeakerMemory(doc);
  const items: Item[] = [
    ...attributeQuotes(doc).map((attribution): Item => ({
      kind: 'quote',
      anchor: doc.quoteToken[attribution.quote]!,
      attribution,
    })),
    ...findParaphrases(doc).map((paraphrase): Item => ({
      kind: 'paraphrase',
      anchor: paraphrase.anchor,
      paraphrase,
    })),
  ].sort((a, b) => a.anchor - b.anchor);

  const quoteSpeakers = new Map<
    number,
    { resolved: Resolved | null; when: SaidDate | null; cue: string | null }
  >();
  const out: Candidate[] = [];
  for (const item of items) {
    if (item.kind === 'quote') {
      const a = item.attribution;
      if (a.confidence === 0) continue;
      const q = doc.quotes[a.quote]!;
      const quoted = text.slice(q.start, q.end);
      let resolved: Resolved | null = null;
      let when: SaidDate | null = null;
      let cue = cueText(doc, a.cue);
      if (a.carryFrom >= 0) {
        const from = quoteSpeakers.get(a.carryFrom);
        resolved = from?.resolved ?? null;
        when = from?.when ?? null;
        cue = from?.cue ?? null;
      } else if (a.phrase === 'subject') {
        const subject = sentenceSubject(doc, doc.sentenceOf[item.anchor]!);
        resolved = subject ? memory.resolve(subject, item.anchor) : null;
      } else if (a.phrase) {
        resolved = memory.resolve(a.phrase, item.anchor);
      }
      if (a.carryFrom < 0 && cue) when = resolveSaidDate(cue, options.published);
      quoteSpeakers.set(a.quote, { resolved, when, cue });
      const count = words(quoted);
      if (!resolved && count < MIN_UNATTRIBUTED_WORDS) continue;
      if (resolved) memory.remember(resolved, item.anchor);
      const confidence = resolved ? a.confidence * (count < 3 ? 0.8 : 1) : 0.3;
      out.push({
        speaker: plain(resolved?.speaker),
        role: plain(resolved?.role),
        text: quoted,
        kind: 'quote',
        start: q.start,
        end: q.end,
        cue: resolved ? cue : null,
        date: when?.date ?? null,
        datePrecision: when?.precision ?? null,
        confidence: round(confidence),
      });
    } else {
      const p = item.paraphrase;
      const resolved = memory.resolve(p.phrase, p.anchor);
      if (!resolved) continue;
      memory.remember(resolved, p.anchor);
      const cue = cueText(doc, p.cue);
      const hint = p.whenHint ? plain(textOf(doc, p.whenHint[0], p.whenHint[1])) : null;
      const when =
        (cue ? resolveSaidDate(cue, options.published) : null) ??
        (hint ? resolveSaidDate(hint, options.published) : null);
      const start = doc.tokens[p.span[0]]!.start;
      const end = doc.tokens[p.span[1] - 1]!.end;
      out.push({
        speaker: plain(resolved.speaker),
        role: plain(resolved.role),
        text: text.slice(start, end),
        kind: 'paraphrase',
        start,
        end,
        cue,
        date: when?.date ?? null,
        datePrecision: when?.precision ?? null,
        confidence: round(p.confidence),
      });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
