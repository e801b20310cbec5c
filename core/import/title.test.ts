import { describe, expect, it } from 'vitest';
import { firstLine } from './title';

describe('the title an imported text gets', () => {
  it('is the first non-empty line, trimmed and at most 200 characters', () => {
    expect(firstLine('\n\n  ## Only a subheading  \n')).toBe('## Only a subheading');
    expect(firstLine('\r\n \r\n  Statement of the ministry \r\nbody\r\n')).toBe(
      'Statement of the ministry',
    );
    expect(firstLine('# Not markdown here\n')).toBe('# Not markdown here');
    const long = firstLine('x'.repeat(500))!;
    expect([...long]).toHaveLength(200);
    expect(long.endsWith('…')).toBe(true);
  });

  it('is none when the text is blank (the importer falls back to the file name)', () => {
    expect(firstLine('')).toBeNull();
    expect(firstLine(' \n\t\n')).toBeNull();
  });
});
