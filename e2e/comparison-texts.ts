/**
 * Three long statements on one made-up dispute (was the Varn dam's spillway opened before the
 * flood warning?), about 400 words each, for the comparison layout spec. The first two share
 * much of their wording, so the word diff can align them; the third goes its own way.
 */

export const PROPOSITION = 'The Varn dam spillway was opened before the flood warning';

export const LONG_URL =
  'https://archive.example.org/regional/lower-varn/2024/03/04/transcripts/press-briefing-on-the-spillway-release-and-the-flooding-of-the-lower-valley-farms-full-unedited-recording?session=morning&speaker=all&format=text';

export const LONG_SOURCE_TITLE =
  'Transcript of the joint press briefing on the Lower Varn spillway release, the evacuation of the valley farms and the compensation scheme, as recorded by the regional assembly’s press office';

const AFFIRMING = `Openingword: our members were standing in the lower fields at half past eleven on Sunday night when the water began to rise, and nobody had warned them. The spillway gates at the Varn dam were opened at eleven, a full two hours before the authority sent its flood warning to the valley. We know this because three of our members live beside the gauge at Harrow Bridge, and they watched the level climb by forty centimetres in less than an hour. The authority's own logbook, which we have now seen, records the gates opening at eleven. The warning text messages arrived after one in the morning. By then the barns at Ellery and the lower farms at Mossgate were already under water, and the families had to carry their children out through the flood in the dark. We do not say that the gates should never have been opened. The reservoir was full, the rain had not stopped for four days, and we understand that a dam must be protected. What we say is simple: the spillway was opened before the flood warning was sent, and the people of the valley paid for that delay. The authority has said in public that its warning went out on time. That is not true. The timing in its own records shows the opposite, and the gauge readings at Harrow Bridge show the opposite. Our members lost livestock, stored grain and machinery that cannot be replaced this season. Some of them lost the houses their grandparents built. We have asked the authority for the full release schedule, the minutes of the night meeting and the names of the officers who decided to delay the warning. We have had no answer, not even a letter of receipt. We are asking the regional assembly to open an inquiry, and we are asking the authority to stop telling the valley that the warning came first. The cooperative will keep every record, every photograph and every message our members received that night, and we will give them to any inquiry that asks. We want compensation for the families, but above all we want the truth about the timing told plainly, so that the next time the reservoir is full the valley hears the warning before the water reaches its fields, and nobody has to wade through a flooded yard at midnight with a child on their shoulders again. Lastwordaffirming`;

const DENYING = `Firstworddenying: our officers were standing at the control room of the Varn dam at half past eleven on Sunday night when the water began to rise, and the valley had been warned. The spillway gates at the Varn dam were not opened at eleven, and they were not opened before the authority sent its flood warning to the valley. We know this because the release log, the telemetry from the gates and the message system all carry the same time stamps. The authority's own logbook, which has been misread, records the gates being prepared at eleven, not opened. The warning text messages were sent at a quarter to one in the morning, and the first gate opened at five past one. The gauge at Harrow Bridge rose that night because of the rain on the hills above Ellery, not because of the dam. We do not say that the valley did not suffer. The reservoir was full, the rain had not stopped for four days, and the flooding at Ellery and Mossgate was severe. What we say is simple: the spillway was never opened before the flood warning was sent, and the records show it. The cooperative has said in public that the gates opened first. That is not true. The timing in our records shows the opposite, and the telemetry shows the opposite. We regret, deeply and without reservation, the losses of livestock, grain and machinery, and we regret above all the fear of the families who left their homes in the dark. We understand the anger in the valley, and we do not ask anyone to take our word for the timing alone. The authority has offered to meet the cooperative, to walk its members through the release schedule line by line, and to publish the telemetry for that night in full. We welcome an inquiry by the regional assembly and will give it every record we hold, including the minutes of the night meeting. We would ask only that the valley is not told that the dam was opened without warning while the records say otherwise. The authority will keep improving how its warnings reach the valley, with sirens at Harrow Bridge and Mossgate and a second message channel, so that the next time the reservoir is full every household hears the warning in good time, whatever the cause of the water in its fields. Lastworddenying`;

const QUALIFYING = `Beginningword: I have looked at both sets of records, and the honest answer is that each side is describing a different moment. A spillway is not a door that opens at one instant, and the records use words like opened and released loosely. At the Varn dam, the operators first raise the crest gates a few centimetres to test the hoists, then hold them, then open them in stages over roughly an hour. The authority's logbook entry at eleven describes that first lift. In hydraulic terms, water did begin to pass over the spillway at that point, although the flow was small compared with what came later. So the cooperative is right that some water was released before the warning, and the authority is right that the main release followed the warning. Neither statement is the whole picture. The gauge at Harrow Bridge is eleven kilometres downstream. Even a modest release takes about forty minutes to reach it, and the rain on the hills above Ellery was heavy enough on its own to lift the river that night. From the readings I have, I would estimate that perhaps a fifth of the rise at the bridge before one in the morning came from the dam, and the rest from the catchment. That estimate has wide margins, because the telemetry has gaps between midnight and half past twelve. What worries me more than the disputed hour is the procedure itself. The warning rules for the valley are tied to the main release, not to the test lift, and they assume that the river below the dam is calm. On a night of four days of rain neither assumption held, and nobody on either side seems to have noticed in time. The rules should be changed so that any movement of the gates, and any forecast of heavy rain on a full reservoir, sends a warning to the valley at once. I would also ask that the telemetry gaps are explained, that the gauge at Harrow Bridge is given a second sensor, and that both the cooperative and the authority agree on one public timeline before the inquiry begins, so that the argument is about what should change rather than about the clock. Households at Mossgate and Ellery deserve a system that warns them early on every such night, whatever the exact share of the water that came from the dam. Endwordqualifying`;

export const STATEMENTS = [
  {
    speaker: 'Marta Quell',
    role: 'chair of the Lower Varn Farmers’ Cooperative',
    text: AFFIRMING,
    first: 'Openingword',
    last: 'Lastwordaffirming',
    stance: 'affirms',
  },
  {
    speaker: 'Varn Water Authority',
    role: 'press office',
    text: DENYING,
    first: 'Firstworddenying',
    last: 'Lastworddenying',
    stance: 'denies',
  },
  {
    speaker: 'Tomas Berg',
    role: 'regional hydrologist',
    text: QUALIFYING,
    first: 'Beginningword',
    last: 'Endwordqualifying',
    stance: 'qualifies',
  },
] as const;
