import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ServiceClient } from '.';
import { ParallaxError } from '../errors';
import { expectSearchIndexInSync, snapshotTables, type TableSnapshot } from '../test/snapshot';
import { useTempWorkspace } from '../test/temp-workspace';

/**
 * A long, seeded random mix of changes, undos, redos and restarts, checked against a model:
 * the list of states the workspace went through. Undo must land exactly on the previous state,
 * redo on the next, and a new change must end the redo branch.
 */

/** A small deterministic PRNG (mulberry32), so a failure can be replayed. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T | undefined =>
    list.length ? list[int(list.length)] : undefined;
  return { next, int, pick };
}

type Rng = ReturnType<typeof prng>;

const ids = (db: Database, table: string) =>
  (db.prepare(`SELECT id FROM ${table} ORDER BY id`).all() as Array<{ id: string }>).map(
    (r) => r.id,
  );

/** Makes one random change the current state allows; false when the service refused it. */
function randomChange(c: ServiceClient, db: Database, r: Rng, step: number) {
  const actors = ids(db, 'actors');
  const statements = ids(db, 'statements');
  const tags = ids(db, 'tags');
  const sources = ids(db, 'sources');
  const propositions = ids(db, 'propositions');
  const comparisons = ids(db, 'comparisons');
  const aliases = ids(db, 'actor_aliases');
  const notes = ids(db, 'notes');
  // Deletes are offered now and then only, so the workspace grows enough to be interesting.
  const maybe = (change: () => unknown) => (r.next() < 0.3 ? [change] : []);
  const date = () => `20${10 + r.int(15)}-0${1 + r.int(9)}-1${r.int(9)}`;
  const choices: Array<() => unknown> = [
    () =>
      c.createActor({ name: `Actor ${step}`, aliases: r.next() < 0.5 ? [`Alias ${step}`] : [] }),
    () => c.createSource({ title: `Source ${step}`, body: `Body number ${step}` }),
    () => c.createTag({ name: `tag ${step}` }),
    () => c.createProposition({ text: `Proposition ${step}` }),
  ];
  const actor = r.pick(actors);
  const statement = r.pick(statements);
  const tag = r.pick(tags);
  const source = r.pick(sources);
  const proposition = r.pick(propositions);
  const comparison = r.pick(comparisons);
  if (actor) {
    choices.push(
      () =>
        c.createStatement({
          speakerId: actor,
          text: `Statement ${step} about oil`,
          saidOn: r.next() < 0.7 ? date() : null,
          sourceId: r.next() < 0.5 ? (source ?? null) : null,
          tagIds: tag && r.next() < 0.5 ? [tag] : [],
        }),
      () => c.updateActor({ id: actor, name: `Renamed ${step}` }),
      () => c.addAlias({ actorId: actor, alias: `Alias ${step}` }),
      () => c.createNote({ target: { type: 'actor', id: actor }, body: `Note ${step}` }),
      ...maybe(() => c.deleteActor({ id: actor })),
    );
    const other = r.pick(actors.filter((a) => a !== actor));
    if (other)
      choices.push(() =>
        c.addMembership({ actorId: actor, organisationId: other, startDate: date() }),
      );
  }
  if (statement) {
    choices.push(
      () => c.updateStatement({ id: statement, text: `Edited ${step}`, saidOn: date() }),
      ...maybe(() => c.deleteStatement({ id: statement })),
      () => c.createNote({ target: { type: 'statement', id: statement }, body: `Note ${step}` }),
    );
    if (tag) choices.push(() => c.tagStatement({ statementId: statement, tagId: tag }));
    if (proposition) {
      choices.push(() =>
        c.setStance({
          statementId: statement,
          propositionId: proposition,
          stance: r.pick(['affirms', 'denies', 'qualifies'] as const)!,
        }),
      );
    }
    if (statements.length >= 3) {
      const chosen = [...new Set([statement, r.pick(statements)!, r.pick(statements)!])];
      if (chosen.length >= 2)
        choices.push(() =>
          c.createComparison({ title: `Comparison ${step}`, statementIds: chosen }),
        );
    }
  }
  if (comparison) {
    choices.push(
      () => c.updateComparison({ id: comparison, assessment: `Assessment ${step}` }),
      ...maybe(() => c.deleteComparison({ id: comparison })),
    );
    if (statement) {
      choices.push(
        () =>
          c.addComparisonItem({
            comparisonId: comparison,
            statementId: statement,
            position: r.int(4),
          }),
        () => c.removeComparisonItem({ comparisonId: comparison, statementId: statement }),
      );
    }
  }
  if (tag)
    choices.push(
      () => c.updateTag({ id: tag, name: `tag renamed ${step}` }),
      ...maybe(() => c.deleteTag({ id: tag })),
    );
  if (source) {
    choices.push(
      () => c.updateSource({ id: source, body: `New body ${step}` }),
      ...maybe(() => c.deleteSource({ id: source })),
    );
  }
  if (proposition) choices.push(...maybe(() => c.deleteProposition({ id: proposition })));
  const alias = r.pick(aliases);
  if (alias) choices.push(...maybe(() => c.removeAlias({ id: alias })));
  const note = r.pick(notes);
  if (note)
    choices.push(
      () => c.updateNote({ id: note, body: `Edited note ${step}` }),
      ...maybe(() => c.deleteNote({ id: note })),
    );

  try {
    r.pick(choices)!();
    return true;
  } catch (error) {
    // Refusals (in use, limits, duplicates) are part of the mix; anything else is a failure.
    if (!(error instanceof ParallaxError) || error.code === 'internal') throw error;
    return false;
  }
}

describe('undo and redo under a random mix of changes', () => {
  const ws = useTempWorkspace();

  it.each([1, 2, 3])('seed %i', (seed) => {
    const r = prng(seed);
    let c = ws.client;
    const done: TableSnapshot[] = [snapshotTables(ws.db)];
    let redoable: TableSnapshot[] = [];

    for (let step = 0; step < 250; step++) {
      const roll = r.next();
      if (roll < 0.2 && done.length > 1) {
        c.undo();
        redoable.push(done.pop()!);
        expect(snapshotTables(ws.db), `undo at step ${step}`).toEqual(done[done.length - 1]);
      } else if (roll < 0.3 && redoable.length > 0) {
        c.redo();
        done.push(redoable.pop()!);
        expect(snapshotTables(ws.db), `redo at step ${step}`).toEqual(done[done.length - 1]);
      } else if (roll < 0.32) {
        c = ws.reopen();
        expect(snapshotTables(ws.db)).toEqual(done[done.length - 1]);
      } else {
        const before = snapshotTables(ws.db);
        const changed = randomChange(c, ws.db, r, step);
        const after = snapshotTables(ws.db);
        if (changed && JSON.stringify(after) !== JSON.stringify(before)) {
          done.push(after);
          redoable = [];
        } else {
          expect(after).toEqual(before);
        }
      }
      expect(c.historyState()).toMatchObject({
        canUndo: done.length > 1,
        canRedo: redoable.length > 0,
      });
      if (step % 25 === 0) expectSearchIndexInSync(ws.db);
    }
    expectSearchIndexInSync(ws.db);

    // All the way back, then all the way forward again.
    while (done.length > 1) {
      c.undo();
      redoable.push(done.pop()!);
      expect(snapshotTables(ws.db)).toEqual(done[done.length - 1]);
    }
    expectSearchIndexInSync(ws.db);
    while (redoable.length > 0) {
      c.redo();
      done.push(redoable.pop()!);
      expect(snapshotTables(ws.db)).toEqual(done[done.length - 1]);
    }
    expectSearchIndexInSync(ws.db);
    expect(ws.db.pragma('foreign_key_check')).toEqual([]);
  });
});
