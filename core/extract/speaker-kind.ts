import type { ActorKind } from '../api/types';
import { HONORIFICS, TITLES } from './lexicon';

/**
 * What kind of actor a speaker the extractor named is, read from the name alone ("Ministry of
 * Peshmerga" is a government body, "Syrian Democratic Forces" an armed group, "Rudaw" an
 * outlet, "the court's summary" a document, "Col. Ryan Dillon" a person). It decides the kind of
 * an actor created when a proposal is accepted, which a person can still change.
 *
 * The name's head decides, not any word in it: "Ministry of Peshmerga" is the ministry, not the
 * Peshmerga, "the manifesto's writer" is the writer, "Peshmerga officials" are officials.
 */
export function speakerKindOf(name: string): ActorKind {
  const words = headOf(name)
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^[("'“‘]+|[)"'”’,;:]+$/g, ''))
    .filter(Boolean);
  const last = words[words.length - 1];
  if (!last) return 'person';
  const first = words[0]!;
  // A title or honorific before a name makes a person ("Pope Francis", "Sheikh Jaafar Mustafa").
  if (words.length > 1 && (HONORIFICS.has(first) || (TITLES.has(first) && !KIND_OF_HEAD[last])))
    return 'person';
  const phrase = words.join(' ');
  for (const [known, kind] of KNOWN_NAMES)
    if (phrase === known || phrase.endsWith(` ${known}`)) return kind;
  return KIND_OF_HEAD[last] ?? 'person';
}

/**
 * The part of a name that says what it is: before "of" or "for" ("Ministry of Peshmerga" →
 * "Ministry", "head of the police's investigators" → "head") or a comma ("Colin Sutherland,
 * Lord Carloway"), then after a possessive ("Erdogan's office" → "office"), without a bracketed
 * note ("PMF fighter (unnamed)").
 */
function headOf(name: string): string {
  const head = name
    .replace(/\([^)]*\)/g, ' ')
    .trim()
    .split(/\s+(?:of|for|at|in|to)\s+|,/i)[0]!;
  const afterPossessive = head.split(/['’]s?\s+/);
  return afterPossessive[afterPossessive.length - 1]!.trim();
}

function kinds(kind: ActorKind, words: string): Array<[string, ActorKind]> {
  return words
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => [w, kind]);
}

/** The last word of a name's head, and the kind it makes the name. */
const KIND_OF_HEAD: Partial<Record<string, ActorKind>> = Object.fromEntries([
  ...kinds(
    'government',
    `ministry ministries department government administration cabinet presidency office court
     parliament senate congress assembly council commission embassy consulate police authority
     authorities governorate municipality kremlin pentagon prosecutors legislature`,
  ),
  ...kinds(
    'armed_group',
    `forces force army militia militias brigade brigades battalion battalions units corps guard
     guards peshmerga pmf hashd irgc taliban hezbollah isis isil daesh rebels insurgents troops`,
  ),
  ...kinds(
    'outlet',
    `news newspaper magazine times post journal tribune herald gazette telegraph tv television
     radio channel broadcaster reuters afp tass rudaw xinhua irna sputnik interfax kurdistan24
     website`,
  ),
  ...kinds(
    'organisation',
    `organization organisation organizations organisations party union association committee
     company corporation inc. inc ltd group movement front alliance foundation institute
     university bank fund federation league society network coalition charity agency watch
     international nato un`,
  ),
  // Documents speak through whoever wrote them: the enum has no kind of its own for them.
  ...kinds(
    'other',
    `constitution decree summary report statement communiqué communique manifesto letter
     resolution memo memorandum declaration charter treaty ruling judgment judgement verdict
     document notice release announcement tweet
     officials members protesters protestors residents witnesses eyewitnesses sources fighters
     people activists spokesmen demonstrators observers critics supporters opponents experts
     analysts lawmakers mps diplomats leaders representatives investigators`,
  ),
]);

/** Names whose last word says nothing of their kind. */
const KNOWN_NAMES: ReadonlyArray<[string, ActorKind]> = [
  ['al jazeera', 'outlet'],
  ['bbc', 'outlet'],
  ['cnn', 'outlet'],
  ['associated press', 'outlet'],
  ['ap', 'outlet'],
  ['bas news', 'outlet'],
  ['white house', 'government'],
  ['state department', 'government'],
  ['islamic state', 'armed_group'],
  ['red cross', 'organisation'],
  ['amnesty international', 'organisation'],
  ['united nations', 'organisation'],
];
