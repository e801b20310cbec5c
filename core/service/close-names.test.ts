import { describe, expect, it } from 'vitest';
import { closeWords, editDistance, nameCloseness, nameTokens } from './close-names';

describe('editDistance', () => {
  it('counts letters to change, stopping once past the bound', () => {
    expect(editDistance('saree', 'sarea', 2)).toBe(1);
    expect(editDistance('nasrallah', 'nasrollah', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('closeWords', () => {
  it('takes a letter of difference in a longer word, none in a short one', () => {
    expect(closeWords('saree', 'sarea')).toBe(true);
    expect(closeWords('rouhani', 'rohani')).toBe(true);
    expect(closeWords('ali', 'aly')).toBe(false);
    expect(closeWords('zarif', 'zarqa')).toBe(false);
    expect(closeWords('y', 'yahya')).toBe(true);
    expect(closeWords('h', 'yahya')).toBe(false);
  });
});

describe('nameCloseness: a typed speaker name and a known actor’s name', () => {
  it('leaves titles out of the words it compares', () => {
    expect(nameTokens('Brigadier General Yahya Saree')).toEqual(['yahya', 'saree']);
    expect(nameTokens('President Hassan Rouhani')).toEqual(['hassan', 'rouhani']);
  });

  it('offers a surname alone, a respelled surname, a title and an initial', () => {
    expect(nameCloseness('Saree', 'Yahya Sarea')).toBeGreaterThan(0);
    expect(nameCloseness('Rouhani', 'Hassan Rouhani')).toBeGreaterThan(0);
    expect(nameCloseness('President Rohani', 'Hassan Rouhani')).toBeGreaterThan(0);
    expect(nameCloseness('Y. Saree', 'Yahya Sarea')).toBeGreaterThan(0);
    expect(nameCloseness('Hassan Rouhani', 'Rouhani')).toBeGreaterThan(0);
    // Arabic and Persian spellings of one surname, with the given name left out.
    expect(nameCloseness('روحاني', 'حسن روحانی')).toBeGreaterThan(0);
  });

  it('ranks a name that shares more words as closer', () => {
    expect(nameCloseness('Yahya Saree', 'Yahya Sarea')).toBeGreaterThan(
      nameCloseness('Saree', 'Yahya Sarea'),
    );
  });

  it('does not offer another person with the same surname, or another surname', () => {
    expect(nameCloseness('Ali Rouhani', 'Hassan Rouhani')).toBe(0);
    expect(nameCloseness('Hassan', 'Hassan Rouhani')).toBe(0);
    expect(nameCloseness('Zarif', 'Hassan Rouhani')).toBe(0);
    expect(nameCloseness('Ali Gul', 'Ali Gol')).toBe(0); // three letters: must be equal
    expect(nameCloseness('President', 'Hassan Rouhani')).toBe(0);
    expect(nameCloseness('', 'Hassan Rouhani')).toBe(0);
  });
});
