import { describe, expect, it } from 'vitest';
import { expectError } from '../test/expect-error';
import { useTempWorkspace } from '../test/temp-workspace';

describe('listCloseActors: known actors a typed speaker name probably means', () => {
  const ws = useTempWorkspace();

  function seed() {
    const c = ws.client;
    const sarea = c.createActor({ name: 'Yahya Sarea' });
    const rouhani = c.createActor({ name: 'Hassan Rouhani', aliases: ['حسن روحانی'] });
    const other = c.createActor({ name: 'Ali Rouhani' });
    c.createActor({ name: 'Government of Yemen', kind: 'government' });
    c.createStatement({ speakerId: rouhani.id, text: 'We are ready to talk.' });
    return { c, sarea, rouhani, other };
  }

  it('offers the actor a surname, a respelling or a title points to, saying which name matched', () => {
    const { c, sarea, rouhani } = seed();
    expect(c.listCloseActors({ name: 'Saree' })).toEqual([
      { actor: expect.objectContaining({ id: sarea.id }), matchedName: 'Yahya Sarea' },
    ]);
    expect(c.listCloseActors({ name: 'Brigadier General Yahya Saree' })[0]?.actor.id).toBe(
      sarea.id,
    );
    // Either Rouhani may be meant; the one with statements comes first.
    expect(c.listCloseActors({ name: 'President Rohani' }).map((x) => x.actor.name)).toEqual([
      'Hassan Rouhani',
      'Ali Rouhani',
    ]);
    // A Persian surname with Arabic letters finds the Persian alias.
    expect(c.listCloseActors({ name: 'روحاني' })[0]).toMatchObject({
      actor: { id: rouhani.id },
      matchedName: 'حسن روحانی',
    });
  });

  it('lists both namesakes for a bare surname, the one with statements first', () => {
    const { c, rouhani, other } = seed();
    expect(c.listCloseActors({ name: 'Rouhani' }).map((x) => x.actor.id)).toEqual([
      rouhani.id,
      other.id,
    ]);
    expect(c.listCloseActors({ name: 'Rouhani', limit: 1 })).toHaveLength(1);
  });

  it('offers nothing for a name that already finds an actor, or that is no one known', () => {
    const { c } = seed();
    expect(c.listCloseActors({ name: 'yahya sarea' })).toEqual([]);
    expect(c.listCloseActors({ name: 'حسن روحاني' })).toEqual([]); // folded: the alias itself
    expect(c.listCloseActors({ name: 'Mohammad Zarif' })).toEqual([]);
    expect(c.listCloseActors({ name: 'Mohammad Rouhani' })).toEqual([]);
    expect(c.listCloseActors({ name: 'President' })).toEqual([]);
  });

  it('refuses a blank name', () => {
    seed();
    expectError(() => ws.client.listCloseActors({ name: '  ' }), 'invalid_input');
  });
});
