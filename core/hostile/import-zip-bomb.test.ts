import { describe, expect, it } from 'vitest';
import { importBytes } from '../import';
import { MAX_ZIP_ENTRIES, MAX_ZIP_INFLATED_BYTES } from '../import/zip-limits';
import { expectImportRefused } from './expect-import-refused';
import { measure } from './measure';
import { makeDocxBomb } from './zip-bomb';
import { useGuardedWorkspace } from './guarded-workspace';

/**
 * DOCX zip bombs, built at test time (see zip-bomb.ts): each is refused with a message naming
 * the file, within seconds and a bounded rise in memory, and the workspace is not touched.
 * Before the limits, the 4 GiB bomb took 37 s and 4.3 GB of RSS to be refused.
 */

const LIMIT_MIB = MAX_ZIP_INFLATED_BYTES / (1024 * 1024);

describe('DOCX zip bombs', () => {
  const g = useGuardedWorkspace();
  const importDocx = (bytes: Uint8Array, name: string) =>
    measure(() => importBytes(g.ws.client.importSource, bytes, name));

  // Ordered by expected memory: `measure` reads the process's peak, so a bigger test first
  // would inflate the figures of the ones after it.
  it('refuses a 4 GiB bomb whose headers tell the truth, without inflating it', async () => {
    const bomb = makeDocxBomb({ inflatedMiB: 4096 });
    expect(bomb.length).toBeLessThan(10 * 1024 * 1024);
    const result = await importDocx(bomb, 'honest-bomb.docx');
    expectImportRefused(result, 'honest-bomb.docx', /unpacks to more than 256 MB.*ZIP bomb/);
    expect(result.seconds).toBeLessThan(2);
    expect(result.peakGrowthMB).toBeLessThan(100);
  });

  it('refuses a 4 GiB bomb whose headers lie, stopping at the limit', async () => {
    const bomb = makeDocxBomb({ inflatedMiB: 4096, declaredSize: 1000 });
    const result = await importDocx(bomb, 'lying-bomb.docx');
    expectImportRefused(result, 'lying-bomb.docx', /unpacks to more than 256 MB/);
    expect(result.seconds).toBeLessThan(10);
    expect(result.peakGrowthMB).toBeLessThan(200);
  });

  it('refuses one just over the limit, declared honestly or not', async () => {
    for (const declaredSize of [undefined, 1000]) {
      const bomb = makeDocxBomb({ inflatedMiB: LIMIT_MIB + 1, declaredSize });
      const result = await importDocx(bomb, 'just-over.docx');
      expectImportRefused(result, 'just-over.docx', /unpacks to more than/);
      expect(result.seconds).toBeLessThan(10);
    }
  });

  it(`refuses an archive of more than ${MAX_ZIP_ENTRIES} members`, async () => {
    const bomb = makeDocxBomb({ inflatedMiB: 1, extraEntries: MAX_ZIP_ENTRIES });
    const result = await importDocx(bomb, 'many.docx');
    expectImportRefused(result, 'many.docx', /holds 10,003 files.*at most 10,000/);
    expect(result.seconds).toBeLessThan(5);
  });

  it('refuses malformed XML at once (the XML parser reports errors in quadratic time)', async () => {
    // One megabyte of sibling root elements: mammoth alone spent minutes on this, blocking.
    const bomb = makeDocxBomb({ inflatedMiB: 1 });
    const result = await importDocx(bomb, 'roots.docx');
    expectImportRefused(result, 'roots.docx', /word\/document\.xml is not well-formed XML/);
    expect(result.seconds).toBeLessThan(2);
  });

  it('handles one just under the limit within 20 s and 1.5 GB', async () => {
    const bomb = makeDocxBomb({ inflatedMiB: LIMIT_MIB - 6 });
    const result = await importDocx(bomb, 'just-under.docx');
    // Inflated in full (it is within the limit), then refused: its XML is not well formed.
    expectImportRefused(result, 'just-under.docx', /not well-formed XML/);
    expect(result.seconds).toBeLessThan(20);
    expect(result.peakGrowthMB).toBeLessThan(1536);
  });

  it('wrote nothing to the workspace', () => {
    g.ws.close();
    expect(g.ws.fileSha256()).toBe(g.hashBefore);
  });
});
