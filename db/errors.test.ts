import { describe, expect, it } from 'vitest';
import { damagedError } from './errors';

describe('damagedError', () => {
  it('names the file and SQLite’s problem', () => {
    const error = damagedError('/w/a.parallax', 'database disk image is malformed');
    expect(error.code).toBe('damaged');
    expect(error.message).toBe('/w/a.parallax is damaged: database disk image is malformed.');
  });

  it('keeps only the first fault of a long report, cut at a word', () => {
    const report = Array.from(
      { length: 300 },
      (_, i) => `Tree 19 page ${12_000 + i}: btreeInitPage() returns error code 11`,
    ).join(' ');
    const { message } = damagedError('/w/a.parallax', `${report}\nrow 7 missing from index`);
    expect(message.length).toBeLessThan(220);
    expect(message).toMatch(/^\/w\/a\.parallax is damaged: Tree 19 page 12000: btreeInitPage\(\)/);
    expect(message).toMatch(/ …\.$/);
    expect(message).not.toContain('row 7');
  });
});
