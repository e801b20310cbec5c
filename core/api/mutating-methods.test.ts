import { describe, expect, it } from 'vitest';
import { api } from '../api';
import { appApi } from '../app-api';
import { MUTATING_METHODS } from './mutating-methods';

describe('MUTATING_METHODS', () => {
  it('names exactly the methods the contracts mark as changing something', () => {
    const marked = [...Object.entries(api), ...Object.entries(appApi)]
      .filter(([, spec]) => spec.mutates)
      .map(([name]) => name)
      .sort();
    expect([...MUTATING_METHODS].sort()).toEqual(marked);
  });
});
