import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { expectError } from '../test/expect-error';
import { snapshotTables } from '../test/snapshot';
import { useTempWorkspace } from '../test/temp-workspace';

describe('actors, aliases and memberships', () => {
  const ws = useTempWorkspace();

  it('finds an actor by name or alias, ignoring case', () => {
    const c = ws.client;
    const zarif = c.createActor({ name: 'Mohammad Javad Zarif', aliases: ['Zarif', 'MJZ'] });
    c.createActor({ name: 'Someone Else' });

    expect(c.findActor({ name: 'mohammad javad zarif' })?.id).toBe(zarif.id);
    expect(c.findActor({ name: 'ZARIF' })?.id).toBe(zarif.id);
    expect(c.findActor({ name: '  mjz  ' })?.id).toBe(zarif.id);
    expect(c.findActor({ name: 'Zari' })).toBeNull();
    expect(c.findActor({ name: 'Nobody' })).toBeNull();

    const alias = c.addAlias({ actorId: zarif.id, alias: 'Javad' });
    expect(c.findActor({ name: 'javad' })?.id).toBe(zarif.id);
    c.removeAlias({ id: alias.id });
    expect(c.findActor({ name: 'javad' })).toBeNull();
  });

  it('finds non-ASCII names and aliases ignoring case (Лавров / лавров, Éric / éric)', () => {
    const c = ws.client;
    const lavrov = c.createActor({ name: 'Сергей Лавров', aliases: ['Лавров'] });
    const eric = c.createActor({ name: 'Éric Chevallier' });
    expect(c.findActor({ name: 'лавров' })?.id).toBe(lavrov.id);
    expect(c.findActor({ name: 'СЕРГЕЙ ЛАВРОВ' })?.id).toBe(lavrov.id);
    expect(c.findActor({ name: 'éric chevallier' })?.id).toBe(eric.id);
    expect(c.findActor({ name: 'Лаврова' })).toBeNull();
  });

  it('prefers an actor named so over one merely aliased so', () => {
    const c = ws.client;
    c.createActor({ name: 'The Leader Himself', aliases: ['Leader'] });
    const named = c.createActor({ name: 'leader' });
    expect(c.findActor({ name: 'LEADER' })?.id).toBe(named.id);
  });

  it('keeps aliases sorted and unique, and refuses a duplicate alias', () => {
    const c = ws.client;
    const actor = c.createActor({
      name: 'Rouhani',
      aliases: ['Hassan', 'Dr Rouhani', 'Hassan', 'Rouhani'],
    });
    expect(actor.aliases).toEqual(['Dr Rouhani', 'Hassan']);
    expectError(() => c.addAlias({ actorId: actor.id, alias: 'Hassan' }), 'conflict', /Hassan/);
    expect(c.getActor({ id: actor.id }).aliases.map((a) => a.alias)).toEqual([
      'Dr Rouhani',
      'Hassan',
    ]);
  });

  it('refuses to delete an actor who still speaks or relays statements, changing nothing', () => {
    const c = ws.client;
    const speaker = c.createActor({ name: 'Speaker' });
    const outlet = c.createActor({ name: 'Outlet', kind: 'outlet' });
    const statement = c.createStatement({
      speakerId: speaker.id,
      text: 'Hi.',
      reportedViaId: outlet.id,
    });
    const before = snapshotTables(ws.db);

    expectError(() => c.deleteActor({ id: speaker.id }), 'in_use', /Speaker/);
    expectError(() => c.deleteActor({ id: outlet.id }), 'in_use', /Outlet/);
    expect(snapshotTables(ws.db)).toEqual(before);

    c.deleteStatement({ id: statement.id });
    c.deleteActor({ id: outlet.id });
    c.deleteActor({ id: speaker.id });
    expect(c.listActors({}).total).toBe(0);
  });

  it('deletes an unused actor with its aliases and memberships', () => {
    const c = ws.client;
    const org = c.createActor({ name: 'Council', kind: 'organisation' });
    const person = c.createActor({ name: 'Member', aliases: ['M'] });
    c.addMembership({ actorId: person.id, organisationId: org.id });
    c.deleteActor({ id: person.id });
    expect(c.getActor({ id: org.id }).members).toEqual([]);
    expect(ws.db.prepare('SELECT count(*) AS n FROM actor_aliases').get()).toEqual({ n: 0 });
  });

  it('refuses a membership that ends before it starts', () => {
    const c = ws.client;
    const org = c.createActor({ name: 'Parliament', kind: 'organisation' });
    const person = c.createActor({ name: 'MP' });
    expectError(
      () =>
        c.addMembership({
          actorId: person.id,
          organisationId: org.id,
          startDate: '2020-05-01',
          endDate: '2020-04-30',
        }),
      'invalid_input',
      /end before it starts/,
    );
    const m = c.addMembership({
      actorId: person.id,
      organisationId: org.id,
      startDate: '2020-05-01',
      endDate: '2020-05-01',
    });
    expectError(() => c.updateMembership({ id: m.id, endDate: '2019-01-01' }), 'invalid_input');
    expectError(() => c.updateMembership({ id: m.id, startDate: '2021-01-01' }), 'invalid_input');
    expect(c.updateMembership({ id: m.id, startDate: null, endDate: '2019-01-01' })).toMatchObject({
      startDate: null,
      endDate: '2019-01-01',
    });
  });

  it('refuses a membership of an actor in itself', () => {
    const c = ws.client;
    const org = c.createActor({ name: 'Party', kind: 'organisation' });
    const other = c.createActor({ name: 'Other Party', kind: 'organisation' });
    expectError(
      () => c.addMembership({ actorId: org.id, organisationId: org.id }),
      'invalid_input',
    );
    const m = c.addMembership({ actorId: org.id, organisationId: other.id });
    expectError(() => c.updateMembership({ id: m.id, organisationId: org.id }), 'invalid_input');
    expectError(() => c.updateMembership({ id: m.id, organisationId: randomUUID() }), 'not_found');
  });

  it('shows memberships from both sides', () => {
    const c = ws.client;
    const org = c.createActor({ name: 'Cabinet', kind: 'government' });
    const a = c.createActor({ name: 'Bijan' });
    const b = c.createActor({ name: 'Abbas' });
    c.addMembership({
      actorId: a.id,
      organisationId: org.id,
      role: 'Oil',
      startDate: '2013-08-15',
    });
    c.addMembership({ actorId: b.id, organisationId: org.id, role: 'Roads' });
    expect(c.getActor({ id: org.id }).members.map((m) => [m.actorName, m.role])).toEqual([
      ['Abbas', 'Roads'],
      ['Bijan', 'Oil'],
    ]);
    expect(c.getActor({ id: a.id }).memberships).toEqual([
      expect.objectContaining({ organisationId: org.id, organisationName: 'Cabinet', role: 'Oil' }),
    ]);
  });

  it('lists actors by name or alias and kind, with a total and statement counts', () => {
    const c = ws.client;
    const a = c.createActor({ name: 'Zahra', aliases: ['Z. Example'] });
    c.createActor({ name: 'Ahmad' });
    c.createActor({ name: 'Ministry of Oil', kind: 'government' });
    c.createStatement({ speakerId: a.id, text: 'One.' });

    const all = c.listActors({});
    expect(all.total).toBe(3);
    expect(all.items.map((x) => x.name)).toEqual(['Ahmad', 'Ministry of Oil', 'Zahra']);
    expect(all.items.find((x) => x.id === a.id)).toMatchObject({
      statementCount: 1,
      aliases: ['Z. Example'],
    });
    expect(c.listActors({ query: 'example' }).items.map((x) => x.name)).toEqual(['Zahra']);
    expect(c.listActors({ kind: 'government' }).items.map((x) => x.name)).toEqual([
      'Ministry of Oil',
    ]);
    const page = c.listActors({ limit: 1, offset: 1 });
    expect(page).toMatchObject({ total: 3, items: [{ name: 'Ministry of Oil' }] });
  });

  it('lists actors of any of several kinds, in one page with one total', () => {
    const c = ws.client;
    c.createActor({ name: 'Ahmad' });
    c.createActor({ name: 'Ministry of Oil', kind: 'government' });
    c.createActor({ name: 'Badr Organisation', kind: 'armed_group' });
    c.createActor({ name: 'Rudaw', kind: 'outlet' });
    const organisations = c.listActors({ kinds: ['government', 'armed_group', 'outlet'] });
    expect(organisations.total).toBe(3);
    expect(organisations.items.map((x) => x.name)).toEqual([
      'Badr Organisation',
      'Ministry of Oil',
      'Rudaw',
    ]);
    expect(c.listActors({ kinds: ['outlet'], query: 'ministry' }).total).toBe(0);
    expect(() => c.listActors({ kinds: [] })).toThrow(/kinds/);
  });

  it('edits only the fields given', () => {
    const c = ws.client;
    const actor = c.createActor({ name: 'Original', description: 'Kept', kind: 'organisation' });
    expect(c.updateActor({ id: actor.id, name: 'Renamed' })).toMatchObject({
      name: 'Renamed',
      description: 'Kept',
      kind: 'organisation',
    });
    expect(c.updateActor({ id: actor.id, description: null })).toMatchObject({
      name: 'Renamed',
      description: null,
    });
  });
});

describe('finding actors by a spelling of their name', () => {
  const ws = useTempWorkspace();

  it('folds letter variants, vowel marks, accents, case and punctuation, in names and aliases', () => {
    const c = ws.client;
    const rouhani = c.createActor({
      name: 'حسن روحانی',
      kind: 'person',
      aliases: ['Hassan Rouhani'],
    });
    const abadi = c.createActor({ name: 'Haider al-Abadi', kind: 'person', aliases: [] });
    const eric = c.createActor({ name: 'Éric Chevallier', kind: 'person', aliases: [] });
    c.createActor({ name: 'Ministry of Peshmerga', kind: 'government', aliases: [] });
    const found = (query: string) => c.listActors({ query }).items.map((a) => a.id);
    expect(found('روحاني')).toEqual([rouhani.id]); // Arabic yeh, the actor written with Persian yeh
    expect(found('رُوحانی')).toEqual([rouhani.id]); // with a damma
    expect(found('ROUHANI')).toEqual([rouhani.id]); // through the alias
    expect(found('al abadi')).toEqual([abadi.id]);
    expect(found('eric')).toEqual([eric.id]);
    expect(c.listActors({ query: 'abadi' }).total).toBe(1);
    expect(found('Nobody')).toEqual([]);
    // LIKE's own wildcards are words like any other.
    expect(found('100%')).toEqual([]);
  });
});

describe('finding one actor by a name', () => {
  const ws = useTempWorkspace();

  it('takes the same name spelled another way as that actor, names before aliases', () => {
    const c = ws.client;
    const ali = c.createActor({ name: 'علي السيستاني', kind: 'person', aliases: [] });
    const abadi = c.createActor({ name: 'Haider al-Abadi', kind: 'person', aliases: ['Abadi'] });
    expect(c.findActor({ name: 'علی السیستانی' })?.id).toBe(ali.id); // Persian yeh
    expect(c.findActor({ name: 'Haider Al Abadi' })?.id).toBe(abadi.id);
    expect(c.findActor({ name: 'abadi.' })?.id).toBe(abadi.id); // the alias
    expect(c.findActor({ name: 'Haider' })).toBeNull(); // part of a name is another name
  });
});
