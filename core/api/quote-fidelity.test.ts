import { describe, expect, it } from 'vitest';
import { isFaithfulTo } from './quote-fidelity';

const SPAN = 'We will not sign this agreement while the border posts stay closed to our traders.';

describe('a quotation against its anchored span', () => {
  it('is faithful when the words are the same, spacing aside', () => {
    expect(isFaithfulTo(SPAN, SPAN)).toBe(true);
    expect(isFaithfulTo(`  ${SPAN.replace(/ /g, '\n ')} `, SPAN)).toBe(true);
  });

  it('is faithful as an excerpt whose left-out words are marked by an ellipsis', () => {
    expect(isFaithfulTo('We will not sign this agreement … to our traders.', SPAN)).toBe(true);
    expect(isFaithfulTo('We will not sign [...] while the border posts stay closed', SPAN)).toBe(
      true,
    );
    expect(isFaithfulTo('… the border posts stay closed …', SPAN)).toBe(true);
  });

  it('is not faithful when words were changed, added, reordered or left out unmarked', () => {
    expect(
      isFaithfulTo(
        'We will sign this agreement while the border posts stay closed to our traders.',
        SPAN,
      ),
    ).toBe(false);
    expect(isFaithfulTo('We will not sign this agreement.', SPAN)).toBe(false);
    expect(isFaithfulTo('to our traders … We will not sign', SPAN)).toBe(false);
    expect(isFaithfulTo('We will not sign … with anyone', SPAN)).toBe(false);
    expect(isFaithfulTo('…', SPAN)).toBe(false);
  });
});
