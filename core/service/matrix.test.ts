import { describe, expect, it } from 'vitest';
import { buildSample } from '../sample/build-sample';
import { useTempWorkspace } from '../test/temp-workspace';

describe('position matrix', () => {
  const ws = useTempWorkspace();

  it('shows each actor’s stances on each proposition, with dates', () => {
    const c = ws.client;
    expect(c.positionMatrix({})).toEqual({ actors: [], propositions: [], cells: [] });
    buildSample(c);
    const matrix = c.positionMatrix({});
    expect(matrix.propositions.map((p) => p.text)).toEqual([
      'Iran took part in directing the Kirkuk operation',
      'PMF units entered Kirkuk city',
    ]);
    const dillon = matrix.actors.find((a) => a.name === 'Col. Ryan Dillon')!;
    const pmf = matrix.propositions.find((p) => p.text.startsWith('PMF'))!;
    const cell = matrix.cells.find((x) => x.actorId === dillon.id && x.propositionId === pmf.id)!;
    expect(cell.stances.map((s) => [s.stance, s.date, s.datePrecision])).toEqual([
      ['denies', '2017-10-16', 'week'],
      ['denies', '2017-10-16', 'week'],
    ]);
    const velayati = matrix.actors.find((a) => a.name === 'Ali Akbar Velayati')!;
    expect(
      matrix.cells.filter((x) => x.actorId === velayati.id).map((x) => x.stances[0]!.stance),
    ).toEqual(['denies']);
    expect(c.positionMatrix({ actors: 2, propositions: 1 }).actors).toHaveLength(2);
  });
});
