import { expect } from 'vitest';
import { ParallaxError } from '../../errors';
import { expectPlainError } from '../../test/expect-error';
import { importFile } from '../import-file';

/** `importFile` must refuse these bytes with an invalid_input error matching `message`. */
export async function expectRejected(
  bytes: Uint8Array,
  fileName: string,
  message: RegExp,
): Promise<ParallaxError> {
  const error = await importFile(bytes, fileName).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `${fileName} should have been refused`).toBeInstanceOf(ParallaxError);
  const failure = error as ParallaxError;
  expect(failure.code, failure.message).toBe('invalid_input');
  expectPlainError(failure);
  expect(failure.message).toMatch(message);
  return failure;
}
