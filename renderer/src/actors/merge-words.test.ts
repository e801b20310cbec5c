import { describe, expect, it } from 'vitest';
import type { Actor, LikelyDuplicate } from '../../../core/api';
import { duplicateReason, mergedMessage } from './merge-words';

const actor = (name: string, aliases: string[] = []): Actor => ({
  id: name,
  kind: 'person',
  name,
  description: null,
  aliases,
  statementCount: 1,
});

describe('duplicateReason', () => {
  const page = { name: 'Ali Akbar Velayati' };
  const pair = (other: Actor, reason: LikelyDuplicate['reason']): LikelyDuplicate => ({
    actor: actor(page.name),
    other,
    reason,
  });

  it('tells an identical name from one written differently', () => {
    expect(duplicateReason(page, pair(actor('Ali Akbar Velayati'), 'same_name'))).toEqual({
      before: 'Same name',
    });
    expect(duplicateReason(page, pair(actor('ali akbar velayati'), 'same_name'))).toEqual({
      before: 'Same name, written differently',
    });
  });

  it('says which of the two has the other’s name among its other names', () => {
    expect(
      duplicateReason(page, pair(actor('Velayati', ['ALI AKBAR VELAYATI']), 'name_is_alias')),
    ).toEqual({ before: 'Also known as ', name: 'Ali Akbar Velayati' });
    expect(duplicateReason(page, pair(actor('علی اکبر ولایتی'), 'name_is_alias'))).toEqual({
      before: '',
      name: 'علی اکبر ولایتی',
      after: ' is one of this actor’s other names',
    });
  });
});

describe('mergedMessage', () => {
  it('counts what moved, mentioning relayed statements only when there were some', () => {
    const moved = { statements: 1, relayed: 0, memberships: 2, aliases: 1, notes: 0 };
    expect(mergedMessage('Col. Ryan Dillon', { actor: actor('Ryan Dillon'), moved })).toBe(
      'Merged “Col. Ryan Dillon” into “Ryan Dillon”: 1 statement, 2 memberships, 1 other name moved. Undo takes it back.',
    );
    expect(
      mergedMessage('X', { actor: actor('Y'), moved: { ...moved, statements: 3, relayed: 1 } }),
    ).toContain('3 statements, 1 relayed statement, 2 memberships');
  });
});
