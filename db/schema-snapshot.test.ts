import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION } from './migrations';
import { schemaSnapshot } from './schema-snapshot';

const committedPath = fileURLToPath(new URL('./schema.sql', import.meta.url));

describe('db/schema.sql', () => {
  it('matches the schema the migrations produce', () => {
    const committed = readFileSync(committedPath, 'utf8');
    expect(
      committed,
      'db/schema.sql is out of date with db/migrations: run `npm run schema` and commit the result.',
    ).toBe(schemaSnapshot());
  });

  it('is for the latest version', () => {
    expect(schemaSnapshot()).toContain(`version ${LATEST_VERSION}.`);
  });
});
