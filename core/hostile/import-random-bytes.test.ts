import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParallaxError } from '../errors';
import { IMPORTABLE_EXTENSIONS, importFile } from '../import';
import { expectPlainError } from '../test/expect-error';

/**
 * Random bytes under every importable name, bare or behind the first bytes of the format the
 * name claims: each file is either read (a source with text) or refused with a plain
 * invalid_input error naming it, within a few seconds. Nothing else: no crash, no TypeError.
 */

const SEED = 20_261_128;

/** First bytes that get random data past the sniffing, into each format's own reader. */
const PREFIXES: Record<string, readonly string[]> = {
  '.txt': ['', '\uFEFF', '\xFF\xFE'],
  '.md': ['', '# ', '\uFEFF'],
  '.html': ['<!doctype html><html><body>', '<meta charset="shift_jis">'],
  '.htm': ['<html>', ''],
  '.pdf': ['%PDF-1.4\n'],
  '.docx': ['PK\x03\x04', 'PK\x05\x06'],
};

async function checkOne(bytes: Uint8Array, fileName: string): Promise<void> {
  const started = performance.now();
  try {
    const source = await importFile(bytes, fileName);
    expect(typeof source.title).toBe('string');
    expect(source.body.trim()).not.toBe('');
  } catch (error) {
    if (!(error instanceof ParallaxError)) throw error;
    expect(error.code, error.message).toBe('invalid_input');
    expectPlainError(error);
    expect(error.message).toContain(fileName);
  }
  expect(performance.now() - started).toBeLessThan(5000);
}

describe(`random bytes for every importer (fast-check seed ${SEED})`, () => {
  it('has a prefix list for every importable extension', () => {
    expect(Object.keys(PREFIXES).sort()).toEqual([...IMPORTABLE_EXTENSIONS].sort());
  });

  it.each(IMPORTABLE_EXTENSIONS)('%s: is read or refused plainly', async (extension) => {
    const prefixes = PREFIXES[extension]!.map((p) => Buffer.from(p, 'latin1'));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...prefixes),
        fc.uint8Array({ minLength: 0, maxLength: 3000 }),
        (prefix, noise) => checkOne(Buffer.concat([prefix, noise]), `random${extension}`),
      ),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('refuses text with invalid UTF-8 anywhere in it, naming the file', async () => {
    const invalid = fc.constantFrom(
      [0x80],
      [0xc0, 0xaf],
      [0xe0, 0x80, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xfe],
      [0xe2, 0x82],
    );
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 200, unit: 'grapheme' }),
        fc.nat(),
        invalid,
        fc.constantFrom('notes.txt', 'notes.md'),
        async (text, at, bad, fileName) => {
          const good = Buffer.from(`x${text}`);
          // Cut only between characters, so the one invalid sequence is the one inserted.
          let cut = 1 + (at % good.length);
          while (cut < good.length && (good[cut]! & 0xc0) === 0x80) cut++;
          const bytes = Buffer.concat([
            good.subarray(0, cut),
            Buffer.from(bad),
            good.subarray(cut),
          ]);
          const error = await importFile(bytes, fileName).then(
            () => null,
            (e: unknown) => e,
          );
          expect(error).toBeInstanceOf(ParallaxError);
          expect((error as ParallaxError).message).toMatch(
            new RegExp(`^${fileName.replace('.', '\\.')} (is not valid UTF-8|contains NUL)`),
          );
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('an HTML file with no elements at all', () => {
  it('is read as text, not failed with a TypeError from linkedom', async () => {
    const source = await importFile(Buffer.from('Plain words saved as a web page.'), 'plain.htm');
    expect(source.body).toBe('Plain words saved as a web page.');
    const blank = await importFile(Buffer.from(' \n '), 'blank.html').then(
      () => null,
      (e: unknown) => e,
    );
    expect(blank).toBeInstanceOf(ParallaxError);
    expect((blank as ParallaxError).message).toMatch(/blank\.html (is empty|has no text)/);
  });
});
