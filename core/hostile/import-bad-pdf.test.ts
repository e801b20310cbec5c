import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../import';
import { MAX_PDF_PAGES } from '../import/pdf';
import { makePdf } from '../import/test/make-pdf';
import { createTempWorkspace } from '../test/temp-workspace';
import { expectImportRefused } from './expect-import-refused';
import { measure } from './measure';
import { onePagePdf } from './raw-pdf';
import { useGuardedWorkspace } from './guarded-workspace';

/**
 * Malformed PDFs: each refused with a message naming the file and the problem, quickly and
 * without the workspace file changing. The hand-written ones (raw-pdf.ts) carry a correct
 * cross-reference table, so they reach pdf.js rather than the cheap checks before it.
 */

const SEED = 20_261_127;
const hex = (bytes: number) => `<${'ab'.repeat(bytes)}>`;
/** The page object listed `n` times: a tiny file that claims `n` pages. */
const repeatedPage = (n: number) =>
  onePagePdf({ pagesDict: `/Type /Pages /Kids [${'3 0 R '.repeat(n)}] /Count ${n}` });

describe('malformed PDFs', () => {
  const g = useGuardedWorkspace();
  const importPdf = (bytes: Uint8Array, name: string) =>
    measure(() => importBytes(g.ws.client.importSource, bytes, name));

  /** Imports into a throwaway workspace, for files that are meant to be read. */
  const importElsewhere = (bytes: Uint8Array, name: string) =>
    measure(async () => {
      const store = createTempWorkspace();
      try {
        return await importBytes(store.client.importSource, bytes, name);
      } finally {
        store.dispose();
      }
    });

  /** The import succeeded, reading the one line the hand-written page holds. */
  function expectReadsThePage(result: Awaited<ReturnType<typeof importElsewhere>>) {
    if (!result.outcome.ok) throw result.outcome.error;
    expect(result.outcome.value.source.title).toBe('The talks will resume.');
  }

  it('(control) the hand-written PDF imports when nothing is wrong with it', async () => {
    expectReadsThePage(await importElsewhere(onePagePdf(), 'fine.pdf'));
  });

  it('refuses a truncated PDF', async () => {
    const good = await makePdf({ pages: [[{ text: 'Cut short.', y: 700 }]] });
    const result = await importPdf(good.subarray(0, good.length >> 1), 'cut.pdf');
    expectImportRefused(result, 'cut.pdf', /incomplete/);
    expect(result.seconds).toBeLessThan(2);
  });

  it('refuses encrypted-looking PDFs: a password, and an unknown security handler', async () => {
    const standard = onePagePdf({
      trailerExtra: `/Encrypt 6 0 R /ID [${hex(16)} ${hex(16)}]`,
      extraObjects: [`<< /Filter /Standard /V 1 /R 2 /O ${hex(32)} /U ${hex(32)} /P -4 >>`],
    });
    expectImportRefused(await importPdf(standard, 'locked.pdf'), 'locked.pdf', /password/);
    const bogus = onePagePdf({
      trailerExtra: `/Encrypt 6 0 R /ID [${hex(16)} ${hex(16)}]`,
      extraObjects: ['<< /Filter /NoSuchHandler /V 9 >>'],
    });
    expectImportRefused(await importPdf(bogus, 'odd-lock.pdf'), 'odd-lock.pdf', /damaged/);
  });

  it('refuses page trees that lie: a loop, a negative count', async () => {
    const loop = onePagePdf({ pagesDict: '/Type /Pages /Kids [2 0 R 3 0 R] /Count 2' });
    expectImportRefused(await importPdf(loop, 'loop.pdf'), 'loop.pdf', /damaged/);
    const negative = onePagePdf({ pagesDict: '/Type /Pages /Kids [3 0 R] /Count -5' });
    expectImportRefused(await importPdf(negative, 'negative.pdf'), 'negative.pdf', /no text/);
  });

  it('reads the real pages of one claiming two billion (pdf.js counts the page tree)', async () => {
    const huge = onePagePdf({ pagesDict: '/Type /Pages /Kids [3 0 R] /Count 2147483647' });
    const result = await importElsewhere(huge, 'count.pdf');
    expectReadsThePage(result);
    expect(result.seconds).toBeLessThan(2);
  });

  it(`refuses one listing a page more than ${MAX_PDF_PAGES} times, without reading them`, async () => {
    const result = await importPdf(repeatedPage(200_000), 'pages.pdf');
    expectImportRefused(result, 'pages.pdf', /has 200,000 pages; .* up to 10,000 pages/);
    expect(result.seconds).toBeLessThan(2);
  });

  it('lets timers run while it reads many pages (pdf.js alone starves the event loop)', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    try {
      const result = await importElsewhere(repeatedPage(600), 'many.pdf');
      if (!result.outcome.ok) throw result.outcome.error;
    } finally {
      clearInterval(timer);
    }
    expect(ticks).toBeGreaterThan(5);
  });

  it('refuses nesting 100,000 deep', async () => {
    const deep = onePagePdf({ pageExtra: `/Deep ${'['.repeat(100_000)}${']'.repeat(100_000)}` });
    const result = await importPdf(deep, 'deep.pdf');
    expectImportRefused(result, 'deep.pdf', /damaged/);
    expect(result.seconds).toBeLessThan(2);
  });

  it('reads past a stream that claims a terabyte (pdf.js looks for endstream)', async () => {
    const long = onePagePdf({ streamLength: '999999999999' });
    const result = await importElsewhere(long, 'long.pdf');
    expectReadsThePage(result);
    expect(result.seconds).toBeLessThan(2);
    expect(result.peakGrowthMB).toBeLessThan(200);
  });

  it(`refuses random bytes between a PDF header and %%EOF (fast-check seed ${SEED})`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 0, maxLength: 4000 }), async (noise) => {
        const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), noise, Buffer.from('\n%%EOF\n')]);
        const result = await importPdf(bytes, 'noise.pdf');
        expectImportRefused(result, 'noise.pdf', /damaged|no text/);
        expect(result.seconds).toBeLessThan(5);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('wrote nothing to the workspace', () => {
    g.ws.close();
    expect(g.ws.fileSha256()).toBe(g.hashBefore);
  });
});
