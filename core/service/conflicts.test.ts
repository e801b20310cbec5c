import { describe, expect, it } from 'vitest';
import type { StanceValue } from '../api';
import { openWorkspace } from '../../db/workspace';
import { buildSample } from '../sample/build-sample';
import { createService } from '.';
import { expectError } from '../test/expect-error';
import { useTempWorkspace } from '../test/temp-workspace';

const ws = useTempWorkspace();

function fixture() {
  const { client } = ws;
  const actor = (name: string, kind: 'person' | 'organisation' = 'person') =>
    client.createActor({ name, kind }).id;
  const proposition = (text: string) => client.createProposition({ text }).id;
  const say = (
    speakerId: string,
    propositionId: string,
    stance: StanceValue,
    saidOn: string | null,
    text = `${stance} on ${saidOn ?? 'some day'}`,
  ) => {
    const id = client.createStatement({
      speakerId,
      text,
      kind: 'quote',
      saidOn,
      saidOnPrecision: saidOn ? 'day' : null,
    }).id;
    client.setStance({ statementId: id, propositionId, stance });
    return id;
  };
  return { client, actor, proposition, say };
}

describe('listConflicts', () => {
  it('pairs affirms against denies on the sample, a affirming and b denying', () => {
    const ids = buildSample(ws.client);
    const { items, total } = ws.client.listConflicts({});
    expect(total).toBe(items.length);
    expect(total).toBe(2 * 2 + 4 * 1);
    for (const c of items) {
      expect(c.a.stance).toBe('affirms');
      expect(c.b.stance).toBe('denies');
      expect(c.flip).toBe(false);
    }
    const pairs = items.map((c) => [c.a.statementId, c.b.statementId]);
    expect(pairs).toContainEqual([ids.statements['fighter-1'], ids.statements['dillon-2']]);
    const velayati = items.filter((c) => c.b.speaker === 'Ali Akbar Velayati');
    expect(velayati.map((c) => c.a.speaker)).toContain('Ministry of Peshmerga');
    // Iran (4 × 1 = 4 pairs) ties PMF (2 × 2 = 4): text breaks the tie.
    expect(items[0]!.proposition.text).toBe('Iran took part in directing the Kirkuk operation');

    const one = ws.client.listConflicts({
      propositionId:
        ids.propositions[Object.keys(ids.propositions)[0] as keyof typeof ids.propositions],
    });
    expect(new Set(one.items.map((c) => c.proposition.id)).size).toBe(1);
  });

  it('marks an actor contradicting himself on another date as a flip, not on the same day', () => {
    const { client, actor, proposition, say } = fixture();
    const p = proposition('The bridge was destroyed');
    const x = actor('Official X');
    const early = say(x, p, 'affirms', '2017-10-16');
    const late = say(x, p, 'denies', '2017-10-20');
    const sameDay = say(x, p, 'denies', '2017-10-16');
    const { items } = client.listConflicts({});
    const byB = new Map(items.map((c) => [c.b.statementId, c]));
    expect(byB.get(late)).toMatchObject({ flip: true, organisation: null });
    expect(byB.get(late)!.a.statementId).toBe(early);
    expect(byB.get(sameDay)).toMatchObject({ flip: false });
    const flips = client.listConflicts({ flipsOnly: true });
    expect(flips.total).toBe(1);
    expect(flips.items.map((c) => c.b.statementId)).toEqual([late]);
    expect(client.listConflicts({ flipsOnly: true, propositionId: p }).total).toBe(1);
  });

  it('finds an organisation flip through memberships current on each date', () => {
    const { client, actor, proposition, say } = fixture();
    const p = proposition('Troops crossed the border');
    const ministry = actor('Ministry of Defence', 'organisation');
    const old = actor('Spokesman Old');
    const current = actor('Spokesman New');
    const former = actor('Former Spokesman');
    client.addMembership({
      actorId: old,
      organisationId: ministry,
      startDate: '2017-01-01',
      endDate: '2017-10-17',
    });
    client.addMembership({ actorId: current, organisationId: ministry, startDate: '2017-10-18' });
    client.addMembership({
      actorId: former,
      organisationId: ministry,
      startDate: '2016-01-01',
      endDate: '2016-12-31',
    });
    const a = say(old, p, 'affirms', '2017-10-16');
    const b = say(current, p, 'denies', '2017-10-20');
    const c = say(former, p, 'denies', '2017-10-21');

    const { items, total } = client.listConflicts({});
    expect(total).toBe(2);
    const pair = (x: string, y: string) =>
      items.find((i) => i.a.statementId === x && i.b.statementId === y)!;
    expect(pair(a, b)).toMatchObject({
      flip: true,
      organisation: { id: ministry, name: 'Ministry of Defence' },
      a: { speaker: 'Spokesman Old' },
      b: { speaker: 'Spokesman New' },
    });
    // The former spokesman's membership had ended before he spoke: a conflict, not a flip.
    expect(pair(a, c)).toMatchObject({ flip: false, organisation: null });
    const flips = client.listConflicts({ flipsOnly: true });
    expect(flips.items.map((i) => [i.a.statementId, i.b.statementId])).toEqual([[a, b]]);
    expect(flips.total).toBe(1);
  });

  it('ranks propositions by count, different speakers first, then earliest, undated last', () => {
    const { client, actor, proposition, say } = fixture();
    const small = proposition('A small dispute');
    const big = proposition('Zebra dispute');
    const [x, y, z] = [actor('X'), actor('Y'), actor('Z')];
    say(x, small, 'affirms', '2017-01-01');
    say(y, small, 'denies', '2017-01-02');
    const xa = say(x, big, 'affirms', '2017-03-01');
    const xd = say(x, big, 'denies', '2017-03-05');
    const yd = say(y, big, 'denies', '2017-03-09');
    const za = say(z, big, 'affirms', '2017-02-01');
    const zu = say(z, big, 'denies', null);
    const { items } = client.listConflicts({});
    expect(items.map((c) => c.proposition.text)).toEqual([
      ...Array(6).fill('Zebra dispute'),
      'A small dispute',
    ]);
    expect(items.slice(0, 6).map((c) => [c.a.statementId, c.b.statementId])).toEqual([
      [za, xd], // different speakers, earliest first (02-01 … 03-05)
      [za, yd], // 02-01 … 03-09
      [xa, yd], // 03-01 … 03-09
      [xa, zu], // undated side: after the dated pairs
      [xa, xd], // same speaker last (a flip)
      [za, zu], // same speaker, undated
    ]);
    expect(items[4]!.flip).toBe(true);
    expect(items[5]!.flip).toBe(false);
  });

  it('pages consistently: limit, offset and total', () => {
    const { client, actor, proposition, say } = fixture();
    const speakers = Array.from({ length: 6 }, (_, i) => actor(`Speaker ${i}`));
    for (let p = 0; p < 4; p++) {
      const id = proposition(`Proposition ${p}`);
      for (let i = 0; i <= p + 1; i++)
        say(speakers[i]!, id, i % 2 ? 'denies' : 'affirms', `2017-0${i + 1}-01`);
    }
    const all = client.listConflicts({ limit: 1000 });
    expect(all.items).toHaveLength(all.total);
    const paged = [];
    for (let offset = 0; offset < all.total; offset += 3) {
      const page = client.listConflicts({ limit: 3, offset });
      expect(page.total).toBe(all.total);
      paged.push(...page.items);
    }
    expect(paged).toEqual(all.items);
    expect(client.listConflicts({ offset: all.total }).items).toEqual([]);
  });

  it('rejects bad input and unknown propositions', () => {
    expectError(() => ws.client.listConflicts({ limit: 0 }), 'invalid_input');
    expectError(() => ws.client.listConflicts({ limit: 1001 }), 'invalid_input');
    expectError(() => ws.client.listConflicts({ propositionId: 'nope' }), 'invalid_input');
    expectError(() => ws.service.call('listConflicts', { extra: 1 }), 'invalid_input');
    expectError(
      () => ws.client.listConflicts({ propositionId: '00000000-0000-4000-8000-000000000000' }),
      'not_found',
    );
  });

  it('recounts conflicts and flips after the workspace changes', () => {
    const { client, actor, proposition, say } = fixture();
    const p = proposition('Talks resumed');
    const x = actor('Envoy');
    say(x, p, 'affirms', '2018-01-01');
    expect(client.listConflicts({ flipsOnly: true }).total).toBe(0);
    expect(client.listConflicts({}).total).toBe(0);
    say(x, p, 'denies', '2018-02-01');
    expect(client.listConflicts({ flipsOnly: true }).total).toBe(1);
    expect(client.listConflicts({}).total).toBe(1);
    // Counts kept by another connection are recounted after this one writes.
    const other = createService(openWorkspace(ws.path));
    try {
      expect(other.client.listConflicts({}).total).toBe(1);
      expect(other.client.listConflicts({ flipsOnly: true }).total).toBe(1);
      say(actor('Other'), p, 'denies', '2018-03-01');
      expect(client.listConflicts({}).total).toBe(2);
      expect(other.client.listConflicts({}).total).toBe(2);
    } finally {
      other.close();
    }
  });
});
