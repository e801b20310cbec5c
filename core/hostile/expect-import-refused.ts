import { expect } from 'vitest';
import { ParallaxError } from '../errors';
import { expectPlainError } from '../test/expect-error';
import type { Measured } from './measure';

/** The import failed with a plain invalid_input ParallaxError naming the file and matching `problem`. */
export function expectImportRefused(
  result: Measured<unknown>,
  fileName: string,
  problem: RegExp,
): ParallaxError {
  if (result.outcome.ok) throw new Error(`${fileName} was imported, not refused`);
  const error = result.outcome.error;
  expect(error, String(error)).toBeInstanceOf(ParallaxError);
  const failure = error as ParallaxError;
  expect(failure.code, failure.message).toBe('invalid_input');
  expectPlainError(failure);
  expect(failure.message).toContain(fileName);
  expect(failure.message).toMatch(problem);
  return failure;
}
