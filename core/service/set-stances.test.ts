import { describe, expect, it } from 'vitest';
import { expectError } from '../test/expect-error';
import { snapshotTables } from '../test/snapshot';
import { useTempWorkspace } from '../test/temp-workspace';

describe('setStances', () => {
  const ws = useTempWorkspace();

  it('gives several statements one stance as one change, replacing stances they had', () => {
    const c = ws.client;
    const ministry = c.createActor({ name: 'Ministry of Peshmerga', kind: 'government' });
    const [a, b] = ['The IRGC led the assault.', 'Iranian advisers directed it.'].map((text) =>
      c.createStatement({ speakerId: ministry.id, text }),
    );
    const proposition = c.createProposition({ text: 'Iran took part in the Kirkuk operation' });
    c.setStance({
      statementId: b!.id,
      propositionId: proposition.id,
      stance: 'denies',
      note: 'Misread',
    });
    const before = snapshotTables(ws.db);

    expect(
      c.setStances({
        statementIds: [a!.id, b!.id],
        propositionId: proposition.id,
        stance: 'affirms',
      }),
    ).toEqual({ set: 2 });
    const stances = c.getProposition({ id: proposition.id }).stances;
    expect(stances.map((s) => [s.statementId, s.stance]).sort()).toEqual(
      [
        [a!.id, 'affirms'],
        [b!.id, 'affirms'],
      ].sort(),
    );
    expect(stances.find((s) => s.statementId === b!.id)!.note).toBe('Misread');
    expect(c.historyState().undoSummary).toMatch(/^Set stance: 2 statement\(s\) affirms/);

    c.undo();
    expect(snapshotTables(ws.db)).toEqual(before);
  });

  it('changes nothing when one of the statements does not exist', () => {
    const c = ws.client;
    const speaker = c.createActor({ name: 'Speaker' });
    const s = c.createStatement({ speakerId: speaker.id, text: 'Something.' });
    const proposition = c.createProposition({ text: 'Something happened' });
    const before = snapshotTables(ws.db);
    const absent = '0b5e7c1a-9d1e-4f7a-8c3b-2a6d5e4f3b21';
    expectError(
      () =>
        c.setStances({
          statementIds: [s.id, absent],
          propositionId: proposition.id,
          stance: 'denies',
        }),
      'not_found',
      new RegExp(absent),
    );
    expect(snapshotTables(ws.db)).toEqual(before);
  });
});
