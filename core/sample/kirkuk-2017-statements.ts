import type { SampleStatement } from './kirkuk-2017';

export type StatementKey =
  | 'fighter-1'
  | 'rudaw-1'
  | 'fighter-2'
  | 'rudaw-2'
  | 'dillon-1'
  | 'dillon-2'
  | 'peshmerga-officials'
  | 'mustafa-1'
  | 'ministry-1'
  | 'baghdad-1'
  | 'basnews-1'
  | 'velayati-1'
  | 'nauert-1';

/**
 * Dates are resolved against the article, published on Thursday 19 October 2017: "Monday" is
 * 16 October, "Tuesday" the 17th, "Wednesday" the 18th. "This week", and statements the article
 * does not date at all (they report the events of that week: the entry into Kirkuk on 16 October
 * and the reactions to it), are dated to the week beginning Monday 16 October, precision week.
 */
const THIS_WEEK = { saidOn: '2017-10-16', saidOnPrecision: 'week' } as const;

/** The 13 statements of shared/fixtures/kirkuk-2017.expected.json, keyed by its ids, in article order. */
export const KIRKUK_STATEMENTS: Record<StatementKey, SampleStatement> = {
  'fighter-1': {
    speaker: 'pmf-fighter',
    role: 'fighter',
    kind: 'quote',
    cue: 'Rudaw translates the fighter as stating',
    reportedVia: 'rudaw',
    ...THIS_WEEK,
    anchor: {
      exact:
        'We hung our pictures. What more are you waiting for? I am now in Kirkuk. We are now inside the governorate’s building,',
      prefix: 'isplaying a photo of Khamenei. “',
      suffix: '” Rudaw translates the fighter a',
      start: 951,
      end: 1069,
    },
    tags: ['video-evidence', 'translated'],
    note: 'Translated by Rudaw; said in the video.',
  },
  'rudaw-1': {
    speaker: 'rudaw',
    role: 'Kurdish news outlet',
    kind: 'quote',
    cue: 'The report claims',
    ...THIS_WEEK,
    anchor: {
      exact:
        'derides the Kurdish forces and nation calling to drag them into a fight over the city.',
      prefix: 'ng.\n\nThe report claims he then “',
      suffix: '”\n\n“We reclaimed Kirkuk. Are you',
      start: 1140,
      end: 1226,
    },
    note: 'Rudaw’s own description of the fighter.',
  },
  'fighter-2': {
    speaker: 'pmf-fighter',
    role: 'fighter',
    kind: 'quote',
    cue: 'he reportedly asks',
    reportedVia: 'rudaw',
    ...THIS_WEEK,
    anchor: {
      exact:
        'We reclaimed Kirkuk. Are you not ashamed? Where are the men? Did you not say ‘we are men coming from Erbil and Sulaimani to preserve Kirkuk and Kirkuk is ours’? Where are you?,',
      prefix: ' into a fight over the city.”\n\n“',
      suffix: '” he reportedly asks.\n\nRudaw not',
      start: 1230,
      end: 1406,
    },
    tags: ['video-evidence', 'translated'],
    note: 'The article gives the speaker only as “he”: resolved to the fighter.',
  },
  'rudaw-2': {
    speaker: 'rudaw',
    role: 'Kurdish news outlet',
    kind: 'paraphrase',
    cue: 'Rudaw notes that',
    ...THIS_WEEK,
    anchor: {
      exact:
        'the video appears to contradict claims by U.S.\u00a0coalition spokesman Col. Ryan Dillon that the PMF had not entered Kirkuk city',
      prefix: 'ortedly asks.\n\nRudaw notes that ',
      suffix: '. “We do not have reports of PMF',
      start: 1446,
      end: 1570,
    },
    tags: ['video-evidence'],
  },
  'dillon-1': {
    speaker: 'dillon',
    role: 'spokesman',
    kind: 'paraphrase',
    cue: 'claims by U.S. coalition spokesman Col. Ryan Dillon that',
    reportedVia: 'rudaw',
    ...THIS_WEEK,
    anchor: {
      exact: 'the PMF had not entered Kirkuk city',
      prefix: 'spokesman Col. Ryan Dillon that ',
      suffix: '. “We do not have reports of PMF',
      start: 1535,
      end: 1570,
    },
    tags: ['denial'],
  },
  'dillon-2': {
    speaker: 'dillon',
    role: 'spokesman',
    kind: 'quote',
    cue: 'Dillon said this week',
    ...THIS_WEEK,
    anchor: {
      exact:
        'We do not have reports of PMF units or the types of units\u00a0…\u00a0in and around the Kirkuk area,',
      prefix: 'F had not entered Kirkuk city. “',
      suffix: '” Dillon said this week.\n\nThe vi',
      start: 1573,
      end: 1663,
    },
    tags: ['denial'],
  },
  'peshmerga-officials': {
    speaker: 'peshmerga-officials',
    role: 'officials',
    kind: 'paraphrase',
    cue: 'Peshmerga officials decried',
    ...THIS_WEEK,
    anchor: {
      exact: 'decried Iranian involvement in the invasion of KRG territory in statements this week',
      prefix: 'IS attack.\n\nPeshmerga officials ',
      suffix: '.\u00a0“Iranians were leading the bat',
      start: 2784,
      end: 2868,
    },
  },
  'mustafa-1': {
    speaker: 'mustafa',
    role: 'Kirkuk Peshmerga commander',
    kind: 'quote',
    cue: 'Kirkuk Peshmerga commander Sheikh Jaafar Mustafa said on Monday',
    saidOn: '2017-10-16',
    saidOnPrecision: 'day',
    anchor: {
      exact:
        'Iranians were leading the battle on Kirkuk and our forces had to withdraw to protect the lives of Peshmerga,',
      prefix: 'itory in statements this week.\u00a0“',
      suffix: '” Kirkuk Peshmerga commander She',
      start: 2871,
      end: 2979,
    },
  },
  'ministry-1': {
    speaker: 'ministry-of-peshmerga',
    role: 'ministry',
    kind: 'paraphrase',
    cue: 'The Ministry of Peshmerga itself said in a subsequent statement that',
    ...THIS_WEEK,
    anchor: {
      exact:
        'the Iranian Islamic Revolutionary Guard Corps (IRGC) were directly involved in the attacks',
      prefix: ' in a subsequent statement that ',
      suffix: '. The Iraqi government in Baghda',
      start: 3116,
      end: 3206,
    },
  },
  'baghdad-1': {
    speaker: 'government-of-iraq',
    role: 'government',
    kind: 'paraphrase',
    cue: 'The Iraqi government in Baghdad has confirmed that',
    ...THIS_WEEK,
    anchor: {
      exact:
        'Qasem Soleimani, the head of the IRGC’s notorious Quds Force terror unit, is “advising” the\u00a0PMF in Kirkuk',
      prefix: 't in Baghdad has confirmed that ',
      suffix: '.\n\nBas News, a Kurdish outlet, r',
      start: 3259,
      end: 3364,
    },
  },
  'basnews-1': {
    speaker: 'bas-news',
    role: 'Kurdish news outlet',
    kind: 'paraphrase',
    cue: 'Bas News, a Kurdish outlet, reported on Wednesday that',
    saidOn: '2017-10-18',
    saidOnPrecision: 'day',
    anchor: {
      exact: 'the Quds Force has established at least five bases in Kirkuk so far',
      prefix: 'let, reported on Wednesday that ',
      suffix: '.\n\n“Iran has no role in Kirkuk o',
      start: 3422,
      end: 3489,
    },
  },
  'velayati-1': {
    speaker: 'velayati',
    role: 'adviser to Ayatollah Khamenei',
    kind: 'quote',
    cue: 'top Khamenei adviser Ali Akbar Velayati claimed on Tuesday',
    saidOn: '2017-10-17',
    saidOnPrecision: 'day',
    anchor: {
      exact:
        'Iran has no role in Kirkuk operation and most Iraqi Kurdish people are opposed to [KRG president] Masoud Barzani’s ambitions,',
      prefix: ' five bases in Kirkuk so far.\n\n“',
      suffix: '” top Khamenei adviser Ali Akbar',
      start: 3493,
      end: 3618,
    },
    tags: ['denial'],
  },
  'nauert-1': {
    speaker: 'nauert',
    role: 'State Department spokeswoman',
    kind: 'quote',
    cue: 'State Department spokeswoman Heather Nauert said in a press briefing on Tuesday',
    saidOn: '2017-10-17',
    saidOnPrecision: 'day',
    anchor: {
      exact:
        'As we watch the situation unfold in Iraq, we continue to call for calm, to call for calm on the part of the Kurds, on the part of the government in Baghdad as well,',
      prefix: 'e invasion of their territory. “',
      suffix: '” State Department spokeswoman H',
      start: 3917,
      end: 4081,
    },
  },
};
