// Validates electron-builder.yml offline against the JSON schema that ships with
// app-builder-lib, so a typo in the packaging config fails `npm test` instead of a release.
//
// Usage: npx tsx tools/check-builder-config.ts [path/to/electron-builder.yml]

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BUILDER_CONFIG_PATH = path.join(ROOT, 'electron-builder.yml');
export const BUILDER_SCHEMA_PATH = path.join(ROOT, 'node_modules/app-builder-lib/scheme.json');

export interface BuilderConfigCheck {
  ok: boolean;
  errors: string[];
}

let cachedValidator: { schemaPath: string; validate: ValidateFunction } | undefined;

function validatorFor(schemaPath: string): ValidateFunction {
  if (cachedValidator?.schemaPath !== schemaPath) {
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object;
    const ajv = new Ajv({ strict: false, allowUnionTypes: true, allErrors: true });
    cachedValidator = { schemaPath, validate: ajv.compile(schema) };
  }
  return cachedValidator.validate;
}

function describeError(error: ErrorObject): string {
  const where = error.instancePath === '' ? '(root)' : error.instancePath;
  const extra =
    error.keyword === 'additionalProperties'
      ? ` '${String((error.params as { additionalProperty: string }).additionalProperty)}'`
      : '';
  return `${where}: ${error.message ?? error.keyword}${extra}`;
}

/** Checks an already-parsed configuration object against the electron-builder schema. */
export function validateBuilderConfig(
  config: unknown,
  schemaPath: string = BUILDER_SCHEMA_PATH,
): BuilderConfigCheck {
  const validate = validatorFor(schemaPath);
  if (validate(config)) return { ok: true, errors: [] };
  const errors = [...new Set((validate.errors ?? []).map(describeError))];
  return { ok: false, errors };
}

/** Reads, parses and validates an electron-builder YAML file. */
export function checkBuilderConfig(
  configPath: string = BUILDER_CONFIG_PATH,
  schemaPath: string = BUILDER_SCHEMA_PATH,
): BuilderConfigCheck {
  let config: unknown;
  try {
    config = parse(readFileSync(configPath, 'utf8'));
  } catch (error) {
    return { ok: false, errors: [`${configPath}: ${(error as Error).message}`] };
  }
  return validateBuilderConfig(config, schemaPath);
}

function main(argv: string[]): number {
  const configPath = path.resolve(argv[0] ?? BUILDER_CONFIG_PATH);
  const result = checkBuilderConfig(configPath);
  const shown = path.relative(process.cwd(), configPath) || configPath;
  if (result.ok) {
    console.log(`${shown}: valid electron-builder configuration`);
    return 0;
  }
  console.error(`${shown}: invalid electron-builder configuration`);
  for (const error of result.errors) console.error(`  ${error}`);
  return 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
