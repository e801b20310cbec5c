import { describe, expect, it } from 'vitest';
import { readHeadDetails } from './dateline';

const lines = (...rows: string[]) => rows.join('\n');

describe('readHeadDetails: datelines', () => {
  it('reads a date line in its usual forms, as written', () => {
    const forms: Array<[string, string]> = [
      ['Monday, September 23, 2019', '2019-09-23'],
      ['23 September 2019', '2019-09-23'],
      ['Sept. 23, 2019', '2019-09-23'],
      ['2019-09-23', '2019-09-23'],
      ['Published 23 September 2019 10:45 GMT', '2019-09-23'],
      ['Posted on: Tue 8 Jan 2020', '2020-01-08'],
      // Late at night east of Greenwich: still the day the publisher wrote.
      ['Thursday 9 January 2020 23:50 +0330', '2020-01-09'],
    ];
    for (const [line, date] of forms) {
      const text = lines(
        'Ministry rejects claim over drone strike',
        line,
        '',
        'The ministry said.',
      );
      expect(readHeadDetails(text).publishedOn, line).toBe(date);
    }
  });

  it('reads a wire dateline that has its year, not one without', () => {
    const withYear = lines(
      'Port reopens after storm',
      'ADEN, Jan. 6, 2020 (Harbour Wire) - The port authority said on Saturday that ships could dock.',
    );
    expect(readHeadDetails(withYear).publishedOn).toBe('2020-01-06');
    const noYear = lines(
      'Port reopens after storm',
      'ADEN, Jan 6 (Harbour Wire) - The port authority said in 2019 that ships could not dock.',
    );
    // The year could only be guessed; the researcher gives it in the import dialog.
    expect(readHeadDetails(noYear).publishedOn).toBeNull();
  });

  it('prefers the publication date to an update date, whichever comes first', () => {
    const text = lines('Talks resume', 'Updated: 12 March 2021', 'Published: 10 March 2021');
    expect(readHeadDetails(text).publishedOn).toBe('2021-03-10');
    expect(readHeadDetails(lines('Talks resume', 'Last updated 12 March 2021')).publishedOn).toBe(
      '2021-03-12',
    );
  });

  it('does not take a date from a sentence of the article', () => {
    const text = lines(
      'Airport closed after blast',
      'On 23 September 2019 the transport minister said the airport would stay shut.',
      'Officials met again on Monday, September 30, 2019, to review the damage.',
    );
    expect(readHeadDetails(text).publishedOn).toBeNull();
  });

  it('does not take a date from deep in the text', () => {
    const body = Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1} of the report.`);
    const text = lines('Annual review', ...body, '14 February 2018');
    expect(readHeadDetails(text).publishedOn).toBeNull();
  });

  it('does not read numeric dates that mean different days in different countries', () => {
    expect(readHeadDetails(lines('Budget vote', '03/04/2019')).publishedOn).toBeNull();
  });

  it('does not take a sentence opening with a comma for a wire dateline', () => {
    const text = lines('Ceasefire holds', 'But, Jan. 6, 2020 (the day after) - was quieter.');
    expect(readHeadDetails(text).publishedOn).toBeNull();
  });
});

describe('readHeadDetails: bylines', () => {
  it('reads the names of a byline', () => {
    const forms: Array<[string, string]> = [
      ['By Jane Roe', 'Jane Roe'],
      ['by Jane Roe in Dubai', 'Jane Roe'],
      ['By JANE ROE, Staff Writer', 'Jane Roe'],
      ['By Jane Roe and Karim al-Hashimi', 'Jane Roe and Karim al-Hashimi'],
      ['By Jane Roe, Omar Saleh and Lina Haddad', 'Jane Roe, Omar Saleh and Lina Haddad'],
      ['Author: Mariam bin Rashid', 'Mariam bin Rashid'],
      ['Reporting by Omar Saleh for Harbour Wire', 'Omar Saleh'],
    ];
    for (const [line, author] of forms) {
      expect(readHeadDetails(lines('Storm hits coast', line, 'Rain fell.')).author, line).toBe(
        author,
      );
    }
  });

  it('reads a byline and a date sharing a line', () => {
    const text = lines(
      'Storm hits coast',
      'By Jane Roe | Monday, September 23, 2019',
      'Rain fell.',
    );
    expect(readHeadDetails(text)).toEqual({
      publishedOn: '2019-09-23',
      author: 'Jane Roe',
      titleLine: 'Storm hits coast',
    });
  });

  it('does not take a sentence that opens with "By" for a byline', () => {
    for (const sentence of [
      'By the time the talks ended, nothing had been agreed.',
      'By Monday, the ministry had withdrawn its statement.',
      'By Omar Saleh, who spoke to reporters at the port on Tuesday, the claim was denied.',
      'By Then',
    ]) {
      expect(readHeadDetails(lines('Talks stall', sentence)).author, sentence).toBeNull();
    }
  });
});

describe('readHeadDetails: title line', () => {
  it('skips datelines and bylines above the headline', () => {
    const text = lines('Monday, September 23, 2019', 'By Jane Roe', 'Storm hits coast', 'Rain.');
    expect(readHeadDetails(text).titleLine).toBe('Storm hits coast');
  });

  it('finds nothing in a text without a head', () => {
    expect(readHeadDetails('Just one line of notes.')).toEqual({
      publishedOn: null,
      author: null,
      titleLine: 'Just one line of notes.',
    });
  });
});
