import { describe, expect, it } from 'vitest';
import { mergedSpanText, unionOfSpans } from './merge-spans';

const BODY = 'The envoy said: “We are ready to talk without conditions.” Then he left.';
const at = (words: string) => {
  const start = BODY.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the body`);
  return { start, end: start + words.length };
};

describe('joining proposals’ spans', () => {
  it('keeps the words two overlapping spans share once', () => {
    const spans = [at('ready to talk without'), at('We are ready to talk')];
    expect(unionOfSpans(BODY, spans)).toEqual([at('We are ready to talk without')]);
    expect(mergedSpanText(BODY, spans)).toBe('We are ready to talk without');
  });

  it('joins spans that touch or stand one space apart into one run', () => {
    expect(mergedSpanText(BODY, [at('We are'), at(' ready to')])).toBe('We are ready to');
    expect(mergedSpanText(BODY, [at('talk without'), at('We are ready to')])).toBe(
      'We are ready to talk without',
    );
  });

  it('takes a span inside another as nothing more', () => {
    expect(mergedSpanText(BODY, [at('We are ready to talk'), at('ready')])).toBe(
      'We are ready to talk',
    );
  });

  it('marks the words left out between separate spans with an ellipsis', () => {
    expect(mergedSpanText(BODY, [at('Then he left.'), at('The envoy')])).toBe(
      'The envoy … Then he left.',
    );
  });
});
