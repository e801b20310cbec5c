import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  BUILDER_CONFIG_PATH,
  checkBuilderConfig,
  validateBuilderConfig,
} from './check-builder-config.js';

const realConfig = () =>
  parse(readFileSync(BUILDER_CONFIG_PATH, 'utf8')) as Record<string, unknown>;

describe('electron-builder.yml', () => {
  it('passes the electron-builder schema', () => {
    expect(checkBuilderConfig()).toEqual({ ok: true, errors: [] });
  });

  it('keeps the settings the app relies on', () => {
    const config = realConfig();
    expect(config.appId).toBe('org.parallax.workbench');
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'parallax', mimeType: 'application/x-parallax-workspace' }),
    ]);
    expect(config.asarUnpack).toEqual(
      expect.arrayContaining([expect.stringMatching(/better-sqlite3.*\.node$/)]),
    );
  });
});

describe('checkBuilderConfig', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('rejects a wrongly typed field', () => {
    const result = validateBuilderConfig({ ...realConfig(), fileAssociations: 5 });
    expect(result.ok).toBe(false);
    expect(result.errors.some((e) => e.startsWith('/fileAssociations'))).toBe(true);
  });

  it('rejects an unknown top-level key (a typo)', () => {
    const result = validateBuilderConfig({ ...realConfig(), appID: 'x' });
    expect(result.ok).toBe(false);
    expect(result.errors).toContain("(root): must NOT have additional properties 'appID'");
  });

  it('reports YAML that does not parse', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'parallax-builder-'));
    const file = path.join(dir, 'electron-builder.yml');
    writeFileSync(file, 'appId: [unclosed\n');
    const result = checkBuilderConfig(file);
    expect(result.ok).toBe(false);
    expect(result.errors[0]).toContain(file);
  });
});
