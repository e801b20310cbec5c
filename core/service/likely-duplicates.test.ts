import { describe, expect, it } from 'vitest';
import { expectError } from '../test/expect-error';
import { useTempWorkspace } from '../test/temp-workspace';
import { foldActorName } from '../api/fold-actor-name';

describe('foldActorName', () => {
  it('folds Arabic and Persian spellings of one name together', () => {
    // Arabic yeh, kaf and hamzated alef against their Persian and bare forms.
    expect(foldActorName('علي أكبر ولايتي')).toBe(foldActorName('علی اکبر ولایتی'));
    // Vowel marks and the zero-width non-joiner do not make another name.
    expect(foldActorName('مُحَمَّد')).toBe(foldActorName('محمد'));
    expect(foldActorName('خامنه\u200Cای')).toBe(foldActorName('خامنهای'));
  });

  it('ignores case, accents, punctuation and spacing, but not the letters', () => {
    expect(foldActorName('Éric  Chevallier')).toBe('eric chevallier');
    expect(foldActorName('Haider al-Abadi')).toBe(foldActorName('haider al abadi'));
    expect(foldActorName('Col. Ryan Dillon')).toBe('col ryan dillon');
    expect(foldActorName('Ryan Dillon')).not.toBe(foldActorName('Ryan Dillion'));
  });
});

describe('listLikelyDuplicateActors', () => {
  const ws = useTempWorkspace();

  it('pairs actors with the same folded name, or whose name is the other one’s alias', () => {
    const c = ws.client;
    const arabic = c.createActor({ name: 'علي أكبر ولايتي' });
    const persian = c.createActor({ name: 'علی اکبر ولایتی' });
    const velayati = c.createActor({ name: 'Ali Akbar Velayati', aliases: ['Velayati'] });
    const bare = c.createActor({ name: 'VELAYATI' });
    const eric = c.createActor({ name: 'Éric Chevallier' });
    const plainEric = c.createActor({ name: 'Eric Chevallier', kind: 'outlet' });
    c.createActor({ name: 'Ryan Dillon', aliases: ['Dillon'] });
    c.createActor({ name: 'Ryan Dillion' });

    // Each pair once, in either order, with why it is listed.
    const pairs = c
      .listLikelyDuplicateActors({})
      .map((d) => [...[d.actor.id, d.other.id].sort(), d.reason]);
    const pair = (x: string, y: string, reason: string) => [...[x, y].sort(), reason];
    expect(pairs).toHaveLength(3);
    expect(pairs).toEqual(
      expect.arrayContaining([
        pair(arabic.id, persian.id, 'same_name'),
        pair(velayati.id, bare.id, 'name_is_alias'),
        pair(eric.id, plainEric.id, 'same_name'),
      ]),
    );
  });

  it('lists one actor’s likely duplicates with that actor first', () => {
    const c = ws.client;
    const velayati = c.createActor({ name: 'Ali Akbar Velayati', aliases: ['Velayati'] });
    const bare = c.createActor({ name: 'velayati' });
    const persian = c.createActor({ name: 'علی اکبر ولایتی', aliases: ['Velayati'] });
    c.createActor({ name: 'Someone else' });

    const ofBare = c.listLikelyDuplicateActors({ actorId: bare.id });
    expect(ofBare.map((d) => [d.actor.name, d.other.name, d.reason])).toEqual([
      ['velayati', 'Ali Akbar Velayati', 'name_is_alias'],
      ['velayati', 'علی اکبر ولایتی', 'name_is_alias'],
    ]);
    // Sharing an alias alone is no sign: two people can both be called "Velayati".
    expect(c.listLikelyDuplicateActors({ actorId: velayati.id }).map((d) => d.other.id)).toEqual([
      bare.id,
    ]);
    expect(c.listLikelyDuplicateActors({ actorId: persian.id }).map((d) => d.other.id)).toEqual([
      bare.id,
    ]);
    expectError(
      () => c.listLikelyDuplicateActors({ actorId: '0b5e7c1a-9d1e-4f7a-8c3b-2a6d5e4f3b21' }),
      'not_found',
    );
  });

  it('finds nothing to merge once a pair has been merged', () => {
    const c = ws.client;
    const a = c.createActor({ name: 'Ministry of Peshmerga', kind: 'government' });
    const b = c.createActor({ name: 'ministry of peshmerga' });
    expect(c.listLikelyDuplicateActors({ actorId: a.id })).toHaveLength(1);
    c.mergeActors({ keepId: a.id, mergeId: b.id });
    expect(c.listLikelyDuplicateActors({})).toEqual([]);
  });
});
