/** What the contract's methods return. Dates are `YYYY-MM-DD`; timestamps ISO 8601 UTC. */

export type DatePrecision = 'day' | 'week' | 'month' | 'year';
/**
 * Where a statement's date came from: the words of the text (`text`), the source's publication
 * date standing in because the text gives none (`source`), or a person (`user`).
 */
export type DateOrigin = 'text' | 'source' | 'user';
export type StatementKind = 'quote' | 'paraphrase';
export type StanceValue = 'affirms' | 'denies' | 'qualifies';
export type SourceKind =
  'article' | 'transcript' | 'video' | 'press_release' | 'social_post' | 'document' | 'other';
export type ActorKind =
  'person' | 'organisation' | 'government' | 'outlet' | 'armed_group' | 'other';

export interface Page<T> {
  items: T[];
  total: number;
}

export interface Source {
  id: string;
  kind: SourceKind;
  title: string;
  outlet: string | null;
  author: string | null;
  url: string | null;
  publishedOn: string | null;
  retrievedAt: string | null;
  language: string | null;
  fileName: string | null;
  bodySha256: string;
  bodyLength: number;
  statementCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface SourceDetail extends Source {
  body: string;
  versionCount: number;
}

/** What `importSource` did: made a new source, replaced a changed text, or found it the same. */
export type ImportOutcome = 'created' | 'updated' | 'unchanged';

export interface ImportResult {
  source: Source;
  outcome: ImportOutcome;
  /** With `accept`: how many statements the import accepted from the extractor's findings. */
  accepted?: number;
  /**
   * For a new source: the source already in the workspace with exactly the same text (same
   * SHA-256), which the researcher may have meant to open instead.
   */
  duplicateOf?: { id: string; title: string };
}

export interface SourceVersion {
  id: string;
  sourceId: string;
  body: string;
  bodySha256: string;
  retrievedAt: string | null;
  createdAt: string;
}

export interface Actor {
  id: string;
  kind: ActorKind;
  name: string;
  description: string | null;
  aliases: string[];
  statementCount: number;
}

export interface Alias {
  id: string;
  actorId: string;
  alias: string;
}

/** What `mergeActors` moved from the merged actor to the one kept. */
export interface ActorMergeResult {
  /** The kept actor, as it is after the merge. */
  actor: Actor;
  moved: {
    /** Statements it spoke. */
    statements: number;
    /** Statements it relayed, as the outlet. */
    relayed: number;
    /** Memberships, as member or as organisation (ones the kept actor already had are dropped). */
    memberships: number;
    /** Other names, its own name included. */
    aliases: number;
    notes: number;
  };
}

/**
 * Two actors that are probably one: their names are the same once case, accents and
 * Arabic/Persian letter variants are folded (`same_name`), or one's name is the other's alias
 * (`name_is_alias`).
 */
/** A known actor a typed speaker name probably means, and which of its names was close. */
export interface CloseActor {
  actor: Actor;
  matchedName: string;
}

export interface LikelyDuplicate {
  actor: Actor;
  other: Actor;
  reason: 'same_name' | 'name_is_alias';
}

export interface Membership {
  id: string;
  actorId: string;
  actorName: string;
  organisationId: string;
  organisationName: string;
  role: string | null;
  startDate: string | null;
  endDate: string | null;
}

export interface ActorDetail extends Omit<Actor, 'aliases'> {
  aliases: Alias[];
  /** Organisations this actor belonged to. */
  memberships: Membership[];
  /** For an organisation: who belonged to it. */
  members: Membership[];
  createdAt: string;
  updatedAt: string;
}

export interface Anchor {
  exact: string;
  prefix: string | null;
  suffix: string | null;
  start: number | null;
  end: number | null;
  /** The source's text changed and these words could not be found again in it. */
  lost: boolean;
}

export interface Statement {
  id: string;
  speakerId: string;
  speakerName: string;
  /** The speaker's kind (person, government, armed group…), as the actor has it now. */
  speakerKind: ActorKind;
  sourceId: string | null;
  sourceTitle: string | null;
  sourceOutlet: string | null;
  sourceUrl: string | null;
  text: string;
  kind: StatementKind;
  language: string | null;
  translation: string | null;
  translationLanguage: string | null;
  saidOn: string | null;
  saidOnPrecision: DatePrecision | null;
  /** Null exactly when `saidOn` is. */
  saidOnFrom: DateOrigin | null;
  role: string | null;
  venue: string | null;
  reportedViaId: string | null;
  reportedViaName: string | null;
  cue: string | null;
  anchor: Anchor | null;
  createdAt: string;
  updatedAt: string;
}

export interface StanceOnStatement {
  id: string;
  propositionId: string;
  propositionText: string;
  stance: StanceValue;
  note: string | null;
}

export interface Tag {
  id: string;
  name: string;
  color: string | null;
  statementCount: number;
}

export type NoteTargetType = 'statement' | 'source' | 'actor' | 'proposition' | 'comparison';

export interface Note {
  id: string;
  target: { type: NoteTargetType; id: string };
  body: string;
  createdAt: string;
  updatedAt: string;
}

export interface StatementDetail extends Statement {
  stances: StanceOnStatement[];
  tags: Tag[];
  notes: Note[];
  /** The speaker's memberships that were current on the statement's date. */
  affiliations: Membership[];
}

export interface StanceCounts {
  affirms: number;
  denies: number;
  qualifies: number;
}

export interface Proposition {
  id: string;
  text: string;
  description: string | null;
  counts: StanceCounts;
  createdAt: string;
  updatedAt: string;
}

export interface Stance {
  id: string;
  statementId: string;
  propositionId: string;
  stance: StanceValue;
  note: string | null;
}

export interface PropositionDetail extends Proposition {
  stances: Array<Stance & { statement: Statement }>;
}

/** One side of a conflict: a statement and the stance it takes. */
export interface ConflictSide {
  statementId: string;
  speakerId: string;
  speaker: string;
  text: string;
  /** A quotation (printed in quotation marks) or a paraphrase. */
  kind: StatementKind;
  stance: StanceValue;
  date: string | null;
  datePrecision: DatePrecision | null;
  /** Where the date came from: null exactly when `date` is. */
  dateFrom: DateOrigin | null;
}

/**
 * Two statements taking opposed stances on one proposition: `a` always affirms, `b` always
 * denies. `flip`: the same actor said both on different (known) dates, or two members of one
 * organisation did, each a member on the day they spoke — `organisation` then names it (null for
 * an actor's own flip and for pairs that are no flip).
 */
export interface Conflict {
  proposition: { id: string; text: string };
  a: ConflictSide;
  b: ConflictSide;
  flip: boolean;
  organisation: { id: string; name: string } | null;
}

export interface Comparison {
  id: string;
  title: string;
  assessment: string;
  itemCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface ComparisonDetail extends Comparison {
  items: Array<{ id: string; position: number; statement: Statement }>;
}

export interface SearchResult {
  statementId: string;
  speaker: string;
  text: string;
  kind: StatementKind;
  saidOn: string | null;
  saidOnPrecision: DatePrecision | null;
  /** Where the date came from: null exactly when `saidOn` is. */
  saidOnFrom: DateOrigin | null;
  sourceTitle: string | null;
  /** HTML-escaped text with matches wrapped in <mark>…</mark>. */
  snippet: string;
}

export interface SourceSearchResult {
  sourceId: string;
  title: string;
  snippet: string;
}

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  undoSummary: string | null;
  redoSummary: string | null;
}

export interface Change {
  seq: number;
  id: string;
  at: string;
  author: string;
  action: 'do' | 'undo' | 'redo';
  command: string;
  summary: string;
  targetSeq: number | null;
}

export interface WorkspaceInfo {
  path: string;
  schemaVersion: number;
  counts: {
    sources: number;
    actors: number;
    statements: number;
    propositions: number;
    comparisons: number;
    tags: number;
  };
}

export interface Deleted {
  id: string;
}

export type CandidateStatus = 'pending' | 'accepted' | 'rejected' | 'merged';

/** A statement the extractor proposes, waiting in a source's review queue. */
export interface ReviewCandidate {
  id: string;
  sourceId: string;
  start: number;
  end: number;
  text: string;
  kind: StatementKind;
  speaker: string | null;
  role: string | null;
  cue: string | null;
  saidOn: string | null;
  saidOnPrecision: DatePrecision | null;
  confidence: number;
  status: CandidateStatus;
  statementId: string | null;
}

export interface StatementSuggestion {
  speaker: string | null;
  role: string | null;
  kind: StatementKind;
  saidOn: string | null;
  saidOnPrecision: DatePrecision | null;
  cue: string | null;
}

export interface PositionMatrix {
  actors: Array<{ id: string; name: string }>;
  propositions: Array<{ id: string; text: string }>;
  cells: Array<{
    actorId: string;
    propositionId: string;
    stances: Array<{
      statementId: string;
      stance: StanceValue;
      date: string | null;
      datePrecision: DatePrecision | null;
      /** Where the date came from: null exactly when `date` is. */
      dateFrom: DateOrigin | null;
    }>;
  }>;
}
