import { describe, expect, it } from 'vitest';
import { capacityOf } from './capacity';

describe('the capacity a statement is printed with', () => {
  it('says a role once when a membership at the time already names it', () => {
    expect(
      capacityOf('President', [{ role: 'President', organisationName: 'Government of Iran' }]),
    ).toEqual(['President, Government of Iran']);
    expect(
      capacityOf('  president ', [{ role: 'President', organisationName: 'Government of Iran' }]),
    ).toEqual(['President, Government of Iran']);
    // A fuller role given with the statement that holds the membership's role adds nothing.
    expect(
      capacityOf('coalition spokesman', [
        { role: 'spokesman', organisationName: 'U.S.-led coalition' },
      ]),
    ).toEqual(['spokesman, U.S.-led coalition']);
  });

  it('keeps a role the memberships do not name, first', () => {
    expect(
      capacityOf('Chief negotiator', [{ role: 'Minister', organisationName: 'Foreign Ministry' }]),
    ).toEqual(['Chief negotiator', 'Minister, Foreign Ministry']);
    expect(capacityOf('Envoy', [])).toEqual(['Envoy']);
  });

  it('names an organisation alone when the membership has no role, and nothing from nothing', () => {
    expect(capacityOf(null, [{ role: null, organisationName: 'Peshmerga' }])).toEqual([
      'Peshmerga',
    ]);
    expect(capacityOf('  ', [])).toEqual([]);
  });
});
