/**
 * Word lists the extractor reads English news with. Plain sets, looked up in lower case;
 * inflected forms are listed rather than stemmed so that a lookup is one hash probe.
 */

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

/** Verbs that introduce what someone said or wrote, in the forms news uses. */
export const SPEECH_VERBS = set(`
  say says said saying tell tells told telling add adds added adding note notes noted noting
  claim claims claimed claiming confirm confirms confirmed confirming deny denies denied denying
  warn warns warned warning report reports reported reporting state states stated stating
  announce announces announced announcing explain explains explained explaining insist insists
  insisted insisting argue argues argued arguing write writes wrote writing tweet tweets
  tweeted tweeting post posts posted ask asks asked asking reply replies replied replying
  respond responds responded responding continue continues continued remark remarks remarked
  comment comments commented commenting declare declares declared declaring describe describes
  described describing call calls called characterize characterizes characterized characterise
  characterises characterised acknowledge acknowledges acknowledged admit admits admitted
  allege alleges alleged assert asserts asserted suggest suggests suggested indicate indicates
  indicated decry decries decried criticize criticizes criticized criticise criticises criticised
  condemn condemns condemned denounce denounces denounced praise praises praised welcome welcomes
  welcomed accuse accuses accused blame blames blamed urge urges urged propose proposes proposed
  recall recalls recalled repeat repeats repeated reiterate reiterates reiterated stress stresses
  stressed emphasize emphasizes emphasized emphasise emphasises emphasised promise promises
  promised predict predicts predicted conclude concludes concluded agree agrees agreed maintain
  maintains maintained testify testifies testified speak speaks spoke speaking quote quotes
  quoted translate translates translated cite cites cited inform informs informed specify
  specifies specified suppose supposes supposed believe believes believed defend defends defended
  vow vows vowed pledge pledges pledged estimate estimates estimated wonder wonders wondered
  joke jokes joked shout shouts shouted chant chants chanted exclaim exclaims exclaimed
  retort retorts retorted counter counters countered concede concedes conceded boast boasts
  boasted complain complains complained lament laments lamented observe observes observed
  mention mentions mentioned disclose discloses disclosed reveal reveals revealed recount
  recounts recounted told read reads advise advises advised thank thanks thanked express
  expresses expressed rule rules ruled decide decides decided found finds elaborate elaborates
  elaborated shouting chanting shouted
`);

/** Speech verbs that usually introduce a clause ("X said that …", "X warned …"): paraphrase cues. */
export const REPORTING_VERBS = set(`
  say says said tell tells told add adds added note notes noted claim claims claimed confirm
  confirms confirmed deny denies denied warn warns warned report reports reported state states
  stated announce announces announced explain explains explained insist insists insisted argue
  argues argued write writes wrote acknowledge acknowledges acknowledged admit admits admitted
  allege alleges alleged assert asserts asserted suggest suggests suggested indicate indicates
  indicated reiterate reiterates reiterated stress stresses stressed emphasize emphasizes
  emphasized emphasise emphasises emphasised promise promises promised predict predicts predicted
  conclude concludes concluded maintain maintains maintained testify testifies testified
  specify specifies specified believe believes believed estimate estimates estimated
  disclose discloses disclosed reveal reveals revealed
`);

/** Verbs whose object is what was said ("X decried Iranian involvement …"), no "that" needed. */
export const OBJECT_SPEECH_VERBS = set(`
  decry decries decried condemn condemns condemned denounce denounces denounced criticize
  criticizes criticized criticise criticises criticised deny denies denied
`);

/** Things that carry slogans: a quotation they "read" or "say" is a slogan, not a statement. */
export const SLOGAN_CARRIERS = set(`
  sign signs placard placards banner banners poster posters t-shirt t-shirts shirt shirts
  billboard billboards graffiti sticker stickers
`);

/** Verbs that name something ("a programme called …"): a quotation right after them is a name. */
export const NAMING_WORDS = set(`
  called named dubbed nicknamed titled entitled labelled labeled designated designation term
  name word phrase slogan hashtag motto codenamed
`);

/** "X quoted / translates Y as saying": the speaker is Y. */
export const RELAY_VERBS = set(
  'quote quotes quoted translate translates translated cite cites cited paraphrase paraphrased',
);
export const RELAYED_SPEECH = set('saying stating telling asking adding writing');

/** Words between a subject and its verb that do not end the subject ("Dillon also said"). */
export const VERB_ADVERBS = set(`
  also later then reportedly repeatedly previously has had have was is were are would will again
  further itself himself herself themselves subsequently just recently publicly earlier once
  directly only first officially allegedly specifically quickly not already still both yesterday
  today tonight last night never often had been being even initially separately privately
  immediately promptly angrily flatly simply too himself
`);

/** Verbs that make a speech verb passive when they come right before it ("was told by"). */
export const PASSIVE_AUX = set('was were been be being is are');

export const DETERMINERS = set(`
  the a an its his her their our one some several two three four five many most other another
  this that these those each both any all no
`);

/** Words that may sit inside a name ("Ministry of Peshmerga", "Mayor of London Sadiq Khan"). */
export const CONNECTORS = set(
  'of the for to in on from and de da del della van von der den al bin ibn le la du des y &',
);

/** Lower-case nouns for people, groups and bodies that can say something. */
export const ROLE_NOUNS = set(`
  spokesman spokeswoman spokesperson spokespeople commander commanders adviser advisor advisers
  advisors official officials minister ministers president director chief secretary leader
  leaders governor mayor senator representative chairman chairwoman chair member members
  professor expert experts scientist scientists researcher researchers analyst analysts
  anthropologist doctor doctors prosecutor prosecutors attorney lawyer lawyers judge officer
  officers police fighter fighters protester protesters protestor protestors activist activists
  resident residents witness witnesses student students attendee attendees voter voters worker
  workers source sources report reports statement website government ministry office department
  agency army military outlet newspaper broadcaster journalist journalists reporter reporters
  correspondent editor writer author manager founder owner chef guard soldier soldiers diplomat
  diplomats ambassador envoy negotiator candidate nominee lawmaker lawmakers legislator mp mps
  councillor councilor commissioner inspector investigator investigators coroner paramedic
  firefighter rescuer rescuers victim survivor survivors mother father son daughter wife husband
  brother sister friend neighbour neighbor family relatives organisers organizers organiser
  organizer group party team company firm union council committee court authorities
  administration coalition campaign observers critics supporters opponents aide aides staff
  deputy head captain coach player teacher principal pastor priest bishop cleric imam rabbi
  monk economist historian psychologist biologist physicist epidemiologist virologist
  criminologist engineer pilot driver nurse surgeon physician officialdom user users
  commentator commentators pundit blogger tweet post interviewee interviewees assembly
  eyewitness eyewitnesses bystander bystanders passenger passengers spectator spectators
  summary ruling judgment judgement verdict decree document letter message notice release
  announcement publicist agent representatives lawyer attorneys counsel teammate colleague
  colleagues partner girlfriend boyfriend fiancée fiance fiancé actor actress singer musician
  artist director producer
  parliament legislature senate congress groups bodies organisation organization charity
`);

/** Role nouns that name bodies and documents rather than people (pronoun "it", not "he"). */
export const THING_NOUNS = set(`
  report reports statement website government ministry office department agency army military
  outlet newspaper group party team company firm union council committee court authorities
  administration coalition campaign source sources tweet post assembly parliament legislature police
  senate congress groups organisation organization charity summary ruling judgment judgement
  verdict decree document letter message notice release announcement
`);

/** Lower-case words that may qualify a role before it ("top Khamenei adviser", "former envoy"). */
export const MODIFIERS = set(`
  top senior former chief deputy local regional state federal national foreign acting then
  interim assistant associate general vice coalition police government military
  defence defense health security public medical criminology student army party campaign press
  communications emergency fire rescue presidential special junior leading prominent veteran
  longtime retired outgoing incoming new current elected opposition ruling republican democratic
  conservative liberal independent white house tour committee team union university hospital
  research lead principal co-founder internal victim victims advocacy rights worldwide global
  international pressure lobby environmental civil human religious nonprofit non-profit
  humanitarian aid
`);

/** Capitalised titles that come before a person's name ("Prime Minister Mateusz Morawiecki"). */
export const TITLES = set(`
  president vice prime minister secretary mayor governor senator sen. rep. representative
  represenative speaker leader whip chairman chairwoman chair director director-general chief
  commander ambassador attorney general judge justice chancellor king queen prince princess pope
  emperor sultan emir premier deputy assistant minority majority executive officer spokesman
  spokeswoman commissioner inspector sheriff coroner archbishop bishop cardinal broadcaster
  ex-prime ex-president former councillor councilor envoy prosecutor superintendent constable
  admiral marshal mp secretary-general
`);

/** Honorifics that belong to the name as written ("Col. Ryan Dillon", "Sheikh Jaafar Mustafa"). */
export const HONORIFICS = set(`
  col. colonel gen. lt. sgt. capt. maj. adm. dr. prof. mr. mrs. ms. miss sir dame lord lady
  sheikh shaikh sheik ayatollah swami rev. mullah
`);

/** Capitalised words that make a name an organisation ("Ministry", "News", "International"). */
export const ORG_WORDS = set(`
  ministry department office government council committee commission agency organization
  organisation forces army police party union university college institute center centre court
  parliament congress senate house assembly times news post journal press reuters association
  foundation international corporation company inc. ltd group bank fund authority administration
  service services network channel radio tv television guardian bureau board embassy consulate
  coalition movement front alliance brigade corps command hospital church museum archive
  federation league club society website magazine tribune herald telegraph daily agency ministry
  constitution guards
`);

/** Words written with a capital at the start of a sentence that never begin a name. */
export const SENTENCE_WORDS = set(`
  however meanwhile also earlier later then speaking after before when while although but and so
  yet still specifically reportedly instead thus this that these those it he she they we i there
  here yesterday today last next on in at for with by from during since despite unlike as if
  some one many most another both each all not following over under among amid according
  asked speaking addressing responding writing elsewhere separately additionally furthermore
  moreover nevertheless nonetheless overall previously recently currently initially finally
  similarly likewise indeed rather what who why how where which whose whom our his her their
  its my your an a the no nor or
`);

export const WEEKDAYS_MONTHS = set(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december jan. feb. mar. apr. jun. jul. aug. sep. sept.
  oct. nov. dec.
`);

export const PERSON_PRONOUNS = set('he she');
export const PLURAL_PRONOUNS = set('they');
export const THING_PRONOUNS = set('it');
export const RELATIVE_PRONOUNS = set('who');

/** Abbreviations whose full stop does not end a sentence. */
export const ABBREVIATIONS = set(`
  mr mrs ms dr prof col gen lt sgt capt maj adm rev st sen rep gov pres jr sr no vs etc inc co
  corp ltd mt ft approx dept univ est fig
`);
