import { z } from 'zod';
import { ById, Id, OptionalDate, OptionalText, Paging, Text } from './common';
import { command, query } from './method';
import type {
  Actor,
  ActorDetail,
  ActorMergeResult,
  Alias,
  CloseActor,
  Deleted,
  LikelyDuplicate,
  Membership,
  Page,
} from './types';

export const ActorKind = z.enum([
  'person',
  'organisation',
  'government',
  'outlet',
  'armed_group',
  'other',
]);

export const actorMethods = {
  listActors: query<Page<Actor>>()(
    z.strictObject({
      query: z.string().max(300).optional(),
      kind: ActorKind.optional(),
      /** Any of these kinds, e.g. every kind of organisation for an affiliation. */
      kinds: z.array(ActorKind).min(1).max(ActorKind.options.length).optional(),
      ...Paging,
    }),
  ),
  getActor: query<ActorDetail>()(ById),
  /** Finds an actor whose name or one of whose aliases is `name`, ignoring case. */
  findActor: query<Actor | null>()(z.strictObject({ name: Text(300) })),
  createActor: command<Actor>()(
    z.strictObject({
      name: Text(300),
      kind: ActorKind.default('person'),
      description: OptionalText(5000),
      aliases: z.array(Text(300)).max(100).default([]),
    }),
  ),
  updateActor: command<Actor>()(
    z.strictObject({
      id: Id,
      name: Text(300).optional(),
      kind: ActorKind.optional(),
      description: OptionalText(5000),
      /**
       * A new name that another actor already has (folded: روحاني = روحانی) is refused, since
       * it usually means one actor recorded twice (merge them instead); true keeps both.
       */
      keepDuplicateName: z.boolean().optional(),
    }),
  ),
  /** Refused while statements still name the actor as speaker or relaying outlet. */
  deleteActor: command<Deleted>()(ById),
  addAlias: command<Alias>()(z.strictObject({ actorId: Id, alias: Text(300) })),
  removeAlias: command<Deleted>()(ById),
  addMembership: command<Membership>()(
    z.strictObject({
      actorId: Id,
      organisationId: Id,
      role: OptionalText(300),
      startDate: OptionalDate,
      endDate: OptionalDate,
    }),
  ),
  updateMembership: command<Membership>()(
    z.strictObject({
      id: Id,
      organisationId: Id.optional(),
      role: OptionalText(300),
      startDate: OptionalDate,
      endDate: OptionalDate,
    }),
  ),
  removeMembership: command<Deleted>()(ById),
  /**
   * Makes two actors one: the merged actor's statements (spoken and relayed), memberships (as
   * member and as organisation), aliases and notes move to the kept one, its name becomes an
   * alias there, and it is deleted. One change, so one step to undo.
   */
  mergeActors: command<ActorMergeResult>()(z.strictObject({ keepId: Id, mergeId: Id })),
  /**
   * Pairs of actors that are probably one (see `LikelyDuplicate`): those of `actorId` when
   * given, else of the whole workspace, names in alphabetical order.
   */
  /**
   * Known actors a speaker name not yet known probably means (a surname alone, a title, a
   * spelling a letter apart: "Saree" → "Yahya Sarea"), closest first; none when `name` already
   * finds an actor. For offering, never for applying unasked.
   */
  listCloseActors: query<CloseActor[]>()(
    z.strictObject({ name: Text(300), limit: z.number().int().min(1).max(20).default(3) }),
  ),
  listLikelyDuplicateActors: query<LikelyDuplicate[]>()(
    z.strictObject({
      actorId: Id.optional(),
      limit: z.number().int().min(1).max(500).default(100),
    }),
  ),
};
