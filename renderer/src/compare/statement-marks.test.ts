import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../../core/diff';
import { markStatement } from './statement-marks';

const spelled = (m: ReturnType<typeof markStatement>) =>
  m ? m.open + m.runs.map((r) => r.text).join('') + m.close : null;
const only = (m: ReturnType<typeof markStatement>) =>
  m!.runs
    .filter((r) => r.only)
    .map((r) => r.text.trim())
    .filter(Boolean);

describe('marking a statement with the word diff', () => {
  const left = 'The ferry crossing will reopen on Monday morning.';
  const right = 'The ferry crossing will not reopen before the spring.';
  const diff = wordDiff(left, right);

  it('keeps every word of each side and marks the words the other side lacks', () => {
    const l = markStatement(left, 'paraphrase', diff, 'left');
    const r = markStatement(right, 'paraphrase', diff, 'right');
    expect(spelled(l)).toBe(left);
    expect(spelled(r)).toBe(right);
    expect(only(l).join(' ')).toContain('Monday');
    expect(only(r).join(' ')).toContain('spring');
    expect(only(l).join(' ')).not.toContain('spring');
    expect(r!.runs.some((run) => run.negation && run.text.includes('not'))).toBe(true);
  });

  it('prints a quotation in quotation marks, without the comma its span kept', () => {
    const text = 'We never closed the crossing,';
    const other = 'They closed the crossing twice.';
    const m = markStatement(text, 'quote', wordDiff(text, other), 'left');
    expect(spelled(m)).toBe('“We never closed the crossing”');
  });

  it('gives no marks when the diff found no alignment, or spells another text', () => {
    expect(
      markStatement(left, 'paraphrase', { status: 'no-alignment', reason: 'unrelated' }, 'left'),
    ).toBeNull();
    expect(markStatement('Something else entirely.', 'paraphrase', diff, 'left')).toBeNull();
  });
});
