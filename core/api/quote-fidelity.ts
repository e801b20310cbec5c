import type { Anchor } from './types';

/**
 * How a statement's words stand against the span of the source they were anchored in:
 * `matches` (the same words, spacing aside, or an excerpt of them marked with ellipses),
 * `differs` (edited since), `lost` (the source's text no longer holds the span), `unanchored`.
 */
export type QuoteFidelity = 'matches' | 'differs' | 'lost' | 'unanchored';

/** An ellipsis where words were left out: "…", "...", or either in square brackets. */
const ELLIPSIS = /\s*(?:\[\s*(?:…|\.\.\.)\s*\]|…|\.\.\.)\s*/u;

const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Whether `text` is `span` whole, or an excerpt of it: its parts between ellipses found in the
 * span in order. An excerpt without its ellipsis is not faithful (words vanished unmarked).
 */
export function isFaithfulTo(text: string, span: string): boolean {
  const whole = spaced(span);
  if (spaced(text) === whole) return true;
  const parts = spaced(text)
    .split(ELLIPSIS)
    .filter((p) => p !== '');
  if (parts.length < 2 && !ELLIPSIS.test(text)) return false;
  let from = 0;
  for (const part of parts) {
    const at = whole.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return parts.length > 0;
}

/** See `QuoteFidelity`. */
export function quoteFidelity(s: { text: string; anchor: Anchor | null }): QuoteFidelity {
  if (!s.anchor) return 'unanchored';
  if (s.anchor.lost) return 'lost';
  return isFaithfulTo(s.text, s.anchor.exact) ? 'matches' : 'differs';
}
