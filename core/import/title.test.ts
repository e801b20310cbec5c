import { describe, expect, it } from 'vitest';
import { sourceTitle } from './title';

describe('the title an imported source gets', () => {
  it("is a Markdown file's first level-one heading outside code", () => {
    expect(sourceTitle('a.md', 'intro\n```\n# code\n```\n## Sub\n# Real title #\n# Later\n')).toBe(
      'Real title',
    );
    expect(sourceTitle('a.MD', '  # Indented heading\n')).toBe('Indented heading');
  });

  it('is otherwise the first non-empty line, trimmed and at most 200 characters', () => {
    expect(sourceTitle('a.md', '\n\n  ## Only a subheading  \n')).toBe('## Only a subheading');
    expect(sourceTitle('a.txt', '\r\n \r\n  Statement of the ministry \r\nbody\r\n')).toBe(
      'Statement of the ministry',
    );
    expect(sourceTitle('a.txt', '# Not markdown here\n')).toBe('# Not markdown here');
    const long = sourceTitle('a.txt', 'x'.repeat(500));
    expect([...long]).toHaveLength(200);
    expect(long.endsWith('…')).toBe(true);
  });

  it('is the file name when the file has no text', () => {
    expect(sourceTitle('empty.txt', '')).toBe('empty.txt');
    expect(sourceTitle('blank.md', ' \n\t\n')).toBe('blank.md');
  });
});
