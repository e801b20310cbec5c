import { expect } from 'vitest';
import type { ApiErrorCode } from '../api/errors';
import { ParallaxError } from '../errors';

/**
 * Runs `fn`, which must throw a ParallaxError with `code`, and returns it. Every error is also
 * checked to be what the contract promises: exactly `{code, message}` once serialised, and a
 * message for people (no SQLite wording).
 */
export function expectError(
  fn: () => unknown,
  code: ApiErrorCode,
  message?: RegExp,
): ParallaxError {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, `expected a ${code} error`).toBeInstanceOf(ParallaxError);
  const error = thrown as ParallaxError;
  expect(error.code, error.message).toBe(code);
  expectPlainError(error);
  if (message) expect(error.message).toMatch(message);
  return error;
}

/** The error crosses the contract as plain `{code, message}` and speaks plainly. */
export function expectPlainError(error: ParallaxError): void {
  expect(Object.keys(JSON.parse(JSON.stringify(error)) as object).sort()).toEqual([
    'code',
    'message',
  ]);
  expect(typeof error.message).toBe('string');
  expect(error.message.length).toBeGreaterThan(0);
  expect(error.message).not.toMatch(/SQLITE/i);
  expect(error.message).not.toMatch(/constraint/i);
}
