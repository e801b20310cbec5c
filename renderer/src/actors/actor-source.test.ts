import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../core/api';
import { matchedAlias } from './actor-source';

const actor = (name: string, aliases: string[]): Actor => ({
  id: 'a',
  kind: 'person',
  name,
  description: null,
  aliases,
  statementCount: 0,
});

describe('matchedAlias: the other name a folded search found', () => {
  it('names the alias that holds what was typed, however spelled', () => {
    const rouhani = actor('Hassan Rouhani', ['حسن روحانی']);
    expect(matchedAlias(rouhani, 'روحاني')).toBe('حسن روحانی');
    expect(matchedAlias(rouhani, 'ROUHANI')).toBeUndefined(); // the name itself holds it
    expect(matchedAlias(actor('حسن روحانی', ['Hassan Rouhani']), 'rouhani')).toBe('Hassan Rouhani');
    expect(matchedAlias(rouhani, '')).toBeUndefined();
  });
});
