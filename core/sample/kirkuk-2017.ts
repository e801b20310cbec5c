import type { ActorKind, DatePrecision, SourceKind, StanceValue, StatementKind } from '../api';
import { KIRKUK_STATEMENTS, type StatementKey } from './kirkuk-2017-statements';

/**
 * The sample workspace "Kirkuk, October 2017": the statements a reader finds in Frances Martel's
 * Breitbart News report of 19 October 2017 on the Iraqi and PMF advance into Kirkuk (the
 * reference case in DESIGN.md; the hand-made key is shared/fixtures/kirkuk-2017.expected.json).
 *
 * Only short quotations of officials with their citation are bundled, never the article:
 * the source's body is empty, and a note on it says how to import the text. Each statement keeps
 * its anchor (exact span, ≤ 32 characters of context either side, offsets into the article) so
 * it can be found again in an imported copy.
 */

export type ActorKey =
  | 'pmf-fighter'
  | 'rudaw'
  | 'dillon'
  | 'peshmerga-officials'
  | 'mustafa'
  | 'ministry-of-peshmerga'
  | 'government-of-iraq'
  | 'bas-news'
  | 'velayati'
  | 'nauert'
  | 'pmf'
  | 'coalition'
  | 'krg'
  | 'peshmerga'
  | 'iran'
  | 'state-department';

export type PropositionKey = 'pmf-in-kirkuk' | 'iran-role';
export type ComparisonKey = 'dillon-vs-fighter' | 'velayati-vs-ministry';
export type TagKey = 'denial' | 'video-evidence' | 'translated';

export interface SampleActor {
  name: string;
  kind: ActorKind;
  description?: string;
  aliases: string[];
}

export interface SampleStatement {
  speaker: ActorKey;
  /** The speaker's role when speaking, as the article gives it. */
  role: string;
  kind: StatementKind;
  /** The attribution words around the span ("Dillon said this week"). */
  cue: string;
  /** The outlet through which the article got the words, when not first-hand. */
  reportedVia?: ActorKey;
  saidOn: string;
  saidOnPrecision: DatePrecision;
  /** W3C TextQuoteSelector + TextPositionSelector into the article; `exact` is also the statement's text. */
  anchor: { exact: string; prefix: string; suffix: string; start: number; end: number };
  tags?: TagKey[];
  note?: string;
}

export const KIRKUK_SOURCE = {
  title: 'Report: Shiite Militias Hang Photo of Ayatollah Khamenei in Kirkuk Following Invasion',
  kind: 'article' as SourceKind,
  outlet: 'Breitbart News',
  author: 'Frances Martel',
  publishedOn: '2017-10-19',
  language: 'en',
  url: null,
  /** The article itself is not bundled (see the note). */
  body: '',
  note:
    'The text of this article is not bundled with Parallax: only the statements quoted from it, ' +
    'with their citation, are. To read the statements in context, save the article as a .txt file ' +
    'and import it with `parallax import`; each statement keeps its anchor (the exact words, a ' +
    'little context either side and character offsets into the article) so it can be re-anchored ' +
    'in the imported text.',
};

export const KIRKUK_ACTORS: Record<ActorKey, SampleActor> = {
  'pmf-fighter': {
    name: 'PMF fighter (unnamed)',
    kind: 'person',
    description:
      'The unnamed member of the Popular Mobilization Forces filmed in the Kirkuk governorate building (video published by Rudaw).',
    aliases: [
      'PMF fighter',
      'a PMF fighter',
      'fighter',
      'the fighter',
      'PMF member',
      'member of the Popular Mobilization Forces',
      'Popular Mobilization Forces fighter',
    ],
  },
  rudaw: {
    name: 'Rudaw',
    kind: 'outlet',
    description: 'Kurdish news outlet based in Erbil.',
    aliases: ['the report', 'Rudaw report', 'Kurdish outlet Rudaw'],
  },
  dillon: {
    name: 'Col. Ryan Dillon',
    kind: 'person',
    description: 'Spokesman of the U.S.-led coalition against ISIS.',
    aliases: [
      'Ryan Dillon',
      'Dillon',
      'Colonel Ryan Dillon',
      'U.S. coalition spokesman Col. Ryan Dillon',
    ],
  },
  'peshmerga-officials': {
    name: 'Peshmerga officials',
    kind: 'other',
    description: 'Unnamed Peshmerga officials, as the article reports them.',
    aliases: ['Peshmerga'],
  },
  mustafa: {
    name: 'Sheikh Jaafar Mustafa',
    kind: 'person',
    description: 'Peshmerga commander in Kirkuk.',
    aliases: ['Jaafar Mustafa', 'Mustafa', 'Kirkuk Peshmerga commander Sheikh Jaafar Mustafa'],
  },
  'ministry-of-peshmerga': {
    name: 'Ministry of Peshmerga',
    kind: 'government',
    description: 'Ministry of Peshmerga Affairs of the Kurdistan Regional Government.',
    aliases: ['The Ministry of Peshmerga', 'Peshmerga Ministry', 'Ministry of Peshmerga Affairs'],
  },
  'government-of-iraq': {
    name: 'Government of Iraq',
    kind: 'government',
    description: 'The federal government of Iraq, in Baghdad.',
    aliases: [
      'Iraqi government',
      'The Iraqi government in Baghdad',
      'Iraqi government in Baghdad',
      'Baghdad',
    ],
  },
  'bas-news': {
    name: 'Bas News',
    kind: 'outlet',
    description: 'Kurdish news outlet.',
    aliases: ['BasNews'],
  },
  velayati: {
    name: 'Ali Akbar Velayati',
    kind: 'person',
    description: 'Adviser on international affairs to Ayatollah Ali Khamenei.',
    aliases: [
      'Velayati',
      'Akbar Velayati',
      'top Khamenei adviser Ali Akbar Velayati',
      'علی‌اکبر ولایتی',
    ],
  },
  nauert: {
    name: 'Heather Nauert',
    kind: 'person',
    description: 'Spokeswoman of the U.S. Department of State.',
    aliases: ['Nauert', 'State Department spokeswoman Heather Nauert'],
  },
  pmf: {
    name: 'Popular Mobilization Forces',
    kind: 'armed_group',
    description: 'Coalition of mostly Shiite, largely Iran-backed militias in Iraq.',
    aliases: ['PMF', 'Hashd al-Shaabi', 'الحشد الشعبي'],
  },
  coalition: {
    name: 'U.S.-led coalition',
    kind: 'organisation',
    description: 'Combined Joint Task Force – Operation Inherent Resolve',
    aliases: ['U.S. coalition', 'CJTF-OIR'],
  },
  krg: {
    name: 'Kurdistan Regional Government',
    kind: 'government',
    aliases: ['KRG'],
  },
  peshmerga: {
    name: 'Peshmerga',
    kind: 'armed_group',
    description: 'The armed forces of the Kurdistan Region of Iraq.',
    aliases: [],
  },
  iran: {
    name: 'Islamic Republic of Iran',
    kind: 'government',
    aliases: ['Iran'],
  },
  'state-department': {
    name: 'U.S. Department of State',
    kind: 'government',
    aliases: ['State Department'],
  },
};

/** Who belonged to what, with the roles the article gives; start dates are not known. */
export const KIRKUK_MEMBERSHIPS: Array<{ actor: ActorKey; organisation: ActorKey; role: string }> =
  [
    { actor: 'pmf-fighter', organisation: 'pmf', role: 'fighter' },
    { actor: 'dillon', organisation: 'coalition', role: 'spokesman' },
    { actor: 'peshmerga-officials', organisation: 'krg', role: 'officials' },
    { actor: 'mustafa', organisation: 'peshmerga', role: 'Kirkuk Peshmerga commander' },
    { actor: 'ministry-of-peshmerga', organisation: 'krg', role: 'ministry' },
    { actor: 'velayati', organisation: 'iran', role: 'adviser to Ayatollah Khamenei' },
    { actor: 'nauert', organisation: 'state-department', role: 'State Department spokeswoman' },
  ];

export const KIRKUK_TAGS: Record<TagKey, { name: string; color: string }> = {
  denial: { name: 'denial', color: '#b03a2e' },
  'video-evidence': { name: 'video evidence', color: '#1f618d' },
  translated: { name: 'translated', color: '#7d6608' },
};

export const KIRKUK_PROPOSITIONS: Record<
  PropositionKey,
  {
    text: string;
    description: string;
    stances: Partial<Record<StatementKey, { stance: StanceValue; note?: string }>>;
  }
> = {
  'pmf-in-kirkuk': {
    text: 'PMF units entered Kirkuk city',
    description:
      'Whether Popular Mobilization Forces units were inside Kirkuk city in the week of 16 October 2017.',
    stances: {
      'fighter-1': { stance: 'affirms' },
      'rudaw-2': { stance: 'affirms' },
      'dillon-1': { stance: 'denies' },
      'dillon-2': {
        stance: 'denies',
        note: 'Says the coalition had no reports of PMF units in the area.',
      },
    },
  },
  'iran-role': {
    text: 'Iran took part in directing the Kirkuk operation',
    description:
      'Whether Iran (in particular the IRGC and its Quds Force) took part in directing the October 2017 operation on Kirkuk.',
    stances: {
      'velayati-1': { stance: 'denies' },
      'ministry-1': { stance: 'affirms' },
      'mustafa-1': { stance: 'affirms' },
      'peshmerga-officials': { stance: 'affirms' },
      'baghdad-1': {
        stance: 'qualifies',
        note: 'Confirms Qasem Soleimani was “advising” the PMF in Kirkuk: an advisory role, not direction of the operation.',
      },
      'basnews-1': { stance: 'affirms' },
    },
  },
};

export const KIRKUK_COMPARISONS: Record<
  ComparisonKey,
  { title: string; statements: StatementKey[]; assessment: string }
> = {
  'dillon-vs-fighter': {
    title: "Dillon vs. the PMF fighter's video",
    statements: ['dillon-2', 'fighter-1'],
    assessment:
      'Col. Ryan Dillon, speaking for the U.S.-led coalition, said that week that the coalition did not ' +
      'have reports of PMF units in and around the Kirkuk area; in a video published by Rudaw, a man ' +
      'described as a PMF fighter says he is inside the Kirkuk governorate building. The two are in ' +
      'tension rather than strictly contradictory: Dillon speaks of what the coalition had reports of, ' +
      'while the fighter claims to be in the city. The fighter’s affiliation, the place and the time of ' +
      'the video rest on Rudaw’s report and its translation, and the article does not say whether ' +
      'Dillon spoke before or after the video was recorded; both would need establishing before either ' +
      'account is treated as refuted.',
  },
  'velayati-vs-ministry': {
    title: 'Velayati vs. the Ministry of Peshmerga',
    statements: ['velayati-1', 'ministry-1'],
    assessment:
      'Ali Akbar Velayati, adviser to Ayatollah Khamenei, said on Tuesday that Iran had no role in the ' +
      'Kirkuk operation; the Ministry of Peshmerga said in a statement that the IRGC were directly ' +
      'involved in the attacks. On Iranian participation the two flatly conflict. Each speaks for a ' +
      'party to the dispute, and the article gives the ministry’s statement only as a paraphrase, ' +
      'without its date or wording. Other statements in the same article bear on the question: a ' +
      'Peshmerga commander and Bas News describe Iranian involvement, while the Iraqi government’s ' +
      'confirmation that Qasem Soleimani was “advising” the PMF describes an advisory role rather than ' +
      'direct participation.',
  },
};

export { KIRKUK_STATEMENTS, type StatementKey };
