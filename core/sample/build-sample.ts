import type { Input, MethodName, Output } from '../api';
import type { ServiceClient } from '../service';
import {
  KIRKUK_ACTORS,
  KIRKUK_COMPARISONS,
  KIRKUK_MEMBERSHIPS,
  KIRKUK_PROPOSITIONS,
  KIRKUK_SOURCE,
  KIRKUK_STATEMENTS,
  KIRKUK_TAGS,
  type ActorKey,
  type ComparisonKey,
  type PropositionKey,
  type StatementKey,
  type TagKey,
} from './kirkuk-2017';

/** The ids the sample's records got, by the sample's stable keys (the expected.json ids for statements). */
export interface SampleIds {
  sourceId: string;
  actors: Record<ActorKey, string>;
  statements: Record<StatementKey, string>;
  propositions: Record<PropositionKey, string>;
  comparisons: Record<ComparisonKey, string>;
  tags: Record<TagKey, string>;
}

function keysOf<K extends string>(record: Record<K, unknown>): K[] {
  return Object.keys(record) as K[];
}

/**
 * Builds the sample workspace "Kirkuk, October 2017" through the contract only (each step one
 * service call, so one undoable change), into an open workspace, normally a new one.
 */
export function buildSample(client: ServiceClient): SampleIds {
  // The client takes `unknown`; this keeps every call checked against the contract's input type.
  const call = <M extends MethodName>(method: M, input: Input<M>): Output<M> =>
    client[method](input) as Output<M>;

  const { note, ...source } = KIRKUK_SOURCE;
  const sourceId = call('createSource', source).id;
  call('createNote', { target: { type: 'source', id: sourceId }, body: note });

  const actors = {} as Record<ActorKey, string>;
  for (const key of keysOf(KIRKUK_ACTORS)) actors[key] = call('createActor', KIRKUK_ACTORS[key]).id;
  for (const { actor, organisation, role } of KIRKUK_MEMBERSHIPS) {
    call('addMembership', { actorId: actors[actor], organisationId: actors[organisation], role });
  }

  const tags = {} as Record<TagKey, string>;
  for (const key of keysOf(KIRKUK_TAGS)) tags[key] = call('createTag', KIRKUK_TAGS[key]).id;

  const statements = {} as Record<StatementKey, string>;
  for (const key of keysOf(KIRKUK_STATEMENTS)) {
    const s = KIRKUK_STATEMENTS[key];
    const id = call('createStatement', {
      speakerId: actors[s.speaker],
      sourceId,
      text: s.anchor.exact,
      kind: s.kind,
      language: 'en',
      saidOn: s.saidOn,
      saidOnPrecision: s.saidOnPrecision,
      role: s.role,
      reportedViaId: s.reportedVia ? actors[s.reportedVia] : null,
      cue: s.cue,
      anchor: s.anchor,
      tagIds: (s.tags ?? []).map((tag) => tags[tag]),
    }).id;
    statements[key] = id;
    if (s.note) call('createNote', { target: { type: 'statement', id }, body: s.note });
  }

  const propositions = {} as Record<PropositionKey, string>;
  for (const key of keysOf(KIRKUK_PROPOSITIONS)) {
    const { text, description, stances } = KIRKUK_PROPOSITIONS[key];
    const propositionId = call('createProposition', { text, description }).id;
    propositions[key] = propositionId;
    for (const [statement, { stance, note: stanceNote }] of Object.entries(stances)) {
      call('setStance', {
        statementId: statements[statement as StatementKey],
        propositionId,
        stance,
        note: stanceNote,
      });
    }
  }

  const comparisons = {} as Record<ComparisonKey, string>;
  for (const key of keysOf(KIRKUK_COMPARISONS)) {
    const { title, statements: keys, assessment } = KIRKUK_COMPARISONS[key];
    comparisons[key] = call('createComparison', {
      title,
      statementIds: keys.map((k) => statements[k]),
      assessment,
    }).id;
  }

  return { sourceId, actors, statements, propositions, comparisons, tags };
}
