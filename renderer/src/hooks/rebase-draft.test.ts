import { describe, expect, it } from 'vitest';
import { rebaseDraft } from './rebase-draft';

describe('a draft when its record is read again', () => {
  const before = { venue: 'Press room', role: 'Spokesman', tags: ['a'] };

  it('takes the new values of the fields the person has not touched', () => {
    const after = { venue: 'Briefing room', role: 'Envoy', tags: ['a', 'b'] };
    expect(rebaseDraft({ ...before }, before, after)).toEqual(after);
  });

  it('keeps what the person typed in the fields they changed', () => {
    const typed = { ...before, venue: 'Video link' };
    const after = { venue: 'Press room', role: 'Envoy', tags: ['b'] };
    expect(rebaseDraft(typed, before, after)).toEqual({
      venue: 'Video link',
      role: 'Envoy',
      tags: ['b'],
    });
  });

  it('keeps an edited list whole rather than mixing it with the new one', () => {
    const typed = { ...before, tags: ['a', 'c'] };
    expect(rebaseDraft(typed, before, { ...before, tags: ['b'] }).tags).toEqual(['a', 'c']);
  });
});
