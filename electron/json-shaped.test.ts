import { describe, expect, it } from 'vitest';
import { isJsonShaped } from './json-shaped';

describe('isJsonShaped', () => {
  it('accepts what JSON carries, nested', () => {
    for (const value of [
      undefined,
      null,
      true,
      0,
      'كركوك',
      [],
      {},
      { path: '/tmp/a.parallax', ids: ['a', 'b'], nested: { n: 1, none: null, gone: undefined } },
      Object.create(null) as object,
    ]) {
      expect(isJsonShaped(value), JSON.stringify(value)).toBe(true);
    }
  });

  it('refuses what only structured clone carries', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    for (const value of [
      new Map([['path', '/tmp/a.parallax']]),
      new Set(['a']),
      new Date(0),
      /x/,
      new Uint8Array(2),
      new ArrayBuffer(2),
      10n,
      new Error('x'),
      { ids: [new Map()] },
      cycle,
    ]) {
      expect(isJsonShaped(value), String(value)).toBe(false);
    }
  });

  it('refuses nesting deeper than the limit, and accepts a shared (non-cyclic) child', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 70; i++) deep = [deep];
    expect(isJsonShaped(deep)).toBe(false);
    const shared = { a: 1 };
    expect(isJsonShaped({ x: shared, y: [shared, shared] })).toBe(true);
  });
});
