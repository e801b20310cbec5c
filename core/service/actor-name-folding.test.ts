import { describe, expect, it } from 'vitest';
import { expectError } from '../test/expect-error';
import { snapshotTables } from '../test/snapshot';
import { useTempWorkspace } from '../test/temp-workspace';
import { foldActorName } from '../api/fold-actor-name';

const names = (page: { items: Array<{ name: string }> }) => page.items.map((a) => a.name);

describe('foldActorName: the letters a name may be spelled with', () => {
  it('treats teh marbuta and heh with yeh above as heh, as Persian writes a name', () => {
    expect(foldActorName('فاطمة')).toBe(foldActorName('فاطمه'));
    expect(foldActorName('خانۀ ملت')).toBe(foldActorName('خانه ملت'));
    expect(foldActorName('روحاني')).toBe(foldActorName('روحانی'));
    expect(foldActorName('ولايتي')).toBe('ولایتی');
  });
});

describe('actors by folded name (list, pickers, lookups)', () => {
  const ws = useTempWorkspace();

  it('lists an actor for any spelling of a part of its name or alias', () => {
    const c = ws.client;
    c.createActor({ name: 'حسن روحانی', aliases: ['Hassan Rouhani'] });
    c.createActor({ name: 'علی‌اکبر ولایتی' });
    c.createActor({ name: 'Éric Dupond-Moretti' });
    c.createActor({ name: 'Someone Unrelated' });

    // Arabic yeh for Persian yeh, with a kasra and a tatweel thrown in.
    expect(names(c.listActors({ query: 'روحاني' }))).toEqual(['حسن روحانی']);
    expect(names(c.listActors({ query: 'روحـانِي' }))).toEqual(['حسن روحانی']);
    // Arabic kaf for Persian kaf, alef with hamza for alef; the zero-width non-joiner ignored.
    expect(names(c.listActors({ query: 'علياكبر' }))).toEqual(['علی‌اکبر ولایتی']);
    expect(names(c.listActors({ query: 'أكبر' }))).toEqual(['علی‌اکبر ولایتی']);
    // Case and accents, on the name and on an alias.
    expect(names(c.listActors({ query: 'rouhani' }))).toEqual(['حسن روحانی']);
    expect(names(c.listActors({ query: 'ERIC dupond moretti' }))).toEqual(['Éric Dupond-Moretti']);
    expect(c.listActors({ query: 'rouhanis' }).total).toBe(0);
  });

  it('keeps LIKE wildcards literal, and matches a query of punctuation as typed', () => {
    const c = ws.client;
    c.createActor({ name: 'Group 100%' });
    c.createActor({ name: 'Group 1000' });
    expect(names(c.listActors({ query: '%' }))).toEqual(['Group 100%']);
    expect(names(c.listActors({ query: '100%' }))).toEqual(['Group 100%', 'Group 1000']);
    expect(c.listActors({ query: '_' }).total).toBe(0);
  });

  it('finds an actor by a variant spelling, exact names first', () => {
    const c = ws.client;
    const rouhani = c.createActor({ name: 'حسن روحانی', aliases: ['Rouhani'] });
    expect(c.findActor({ name: 'حسن روحاني' })?.id).toBe(rouhani.id);
    expect(c.findActor({ name: 'rouhani' })?.id).toBe(rouhani.id);
    expect(c.findActor({ name: 'Rouhanî' })?.id).toBe(rouhani.id);
    expect(c.findActor({ name: 'Rohani' })).toBeNull();

    // Two actors that fold alike: the one spelled exactly as asked wins.
    const arabic = c.createActor({ name: 'حسن روحاني' });
    expect(c.findActor({ name: 'حسن روحاني' })?.id).toBe(arabic.id);
    expect(c.findActor({ name: 'حسن روحانی' })?.id).toBe(rouhani.id);
  });
});

describe('renaming an actor to another actor’s name', () => {
  const ws = useTempWorkspace();

  it('is refused, naming the other actor and its id, and changes nothing', () => {
    const c = ws.client;
    const sarea = c.createActor({ name: 'Yahya Sarea', aliases: ['Yahya Saree'] });
    const typo = c.createActor({ name: 'Yahia Sarea' });
    const before = snapshotTables(ws.db);

    const clash = expectError(
      () => c.updateActor({ id: typo.id, name: 'yahya saree' }),
      'conflict',
      /already a name of the actor “Yahya Sarea”/,
    );
    expect(clash.message).toContain(sarea.id);
    expectError(() => c.updateActor({ id: typo.id, name: 'YAHYA SAREA.' }), 'conflict');
    expect(snapshotTables(ws.db)).toEqual(before);
  });

  it('folds Arabic and Persian spellings when it looks for the clash', () => {
    const c = ws.client;
    const persian = c.createActor({ name: 'حسن روحانی' });
    const other = c.createActor({ name: 'Rouhani, H.' });
    const error = expectError(
      () => c.updateActor({ id: other.id, name: 'حسن روحاني' }),
      'conflict',
    );
    expect(error.message).toContain(persian.id);
  });

  it('allows keeping both when the researcher says they are different actors', () => {
    const c = ws.client;
    c.createActor({ name: 'Ali Mohammadi' });
    const namesake = c.createActor({ name: 'A. Mohammadi' });
    const renamed = c.updateActor({
      id: namesake.id,
      name: 'Ali Mohammadi',
      keepDuplicateName: true,
    });
    expect(renamed.name).toBe('Ali Mohammadi');
    expect(c.listActors({ query: 'ali mohammadi' }).total).toBe(2);
  });

  it('lets an actor take its own alias or keep its name while other fields change', () => {
    const c = ws.client;
    const zarif = c.createActor({ name: 'Javad Zarif', aliases: ['Mohammad Javad Zarif'] });
    // An earlier duplicate under a folded-alike name does not block saving other fields.
    c.createActor({ name: 'javad zarif' });
    expect(c.updateActor({ id: zarif.id, description: 'Foreign minister' }).description).toBe(
      'Foreign minister',
    );
    expect(c.updateActor({ id: zarif.id, name: 'Mohammad Javad Zarif' }).name).toBe(
      'Mohammad Javad Zarif',
    );
  });

  it('merging instead keeps one actor and is undone in one step', () => {
    const c = ws.client;
    const kept = c.createActor({ name: 'Government of Iran' });
    const twin = c.createActor({ name: 'Iranian government' });
    expectError(() => c.updateActor({ id: twin.id, name: 'government of iran' }), 'conflict');
    c.mergeActors({ keepId: kept.id, mergeId: twin.id });
    expect(names(c.listActors({ query: 'iran' }))).toEqual(['Government of Iran']);
    expect(c.getActor({ id: kept.id }).aliases.map((a) => a.alias)).toEqual(['Iranian government']);
    c.undo();
    expect(names(c.listActors({ query: 'iran' }))).toEqual([
      'Government of Iran',
      'Iranian government',
    ]);
  });
});
