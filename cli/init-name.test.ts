import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectFailure, parallax, useTempDir } from './test/harness';

const temp = useTempDir();

describe('parallax init', () => {
  it('refuses a file name Windows or macOS could not store, and creates nothing', async () => {
    const reserved = temp.file('NUL.parallax');
    expectFailure(await parallax('init', reserved), /“NUL” is a name Windows keeps for a device/);
    expect(existsSync(reserved)).toBe(false);
    const colon = temp.file('Kirkuk: October.parallax');
    expectFailure(await parallax('init', colon), /Cannot create .*: A file name cannot hold “:”/);
    expect(existsSync(colon)).toBe(false);
  });
});
