import type { ApiErrorCode } from '../api/errors';

/** Every code the contract knows; `satisfies` makes a new code a compile error here. */
const CODES = {
  invalid_input: true,
  not_found: true,
  conflict: true,
  in_use: true,
  nothing_to_undo: true,
  nothing_to_redo: true,
  no_workspace: true,
  not_a_workspace: true,
  damaged: true,
  newer_version: true,
  io: true,
  unavailable: true,
  internal: true,
} satisfies Record<ApiErrorCode, true>;

export const API_ERROR_CODES = Object.keys(CODES) as ApiErrorCode[];

/**
 * Why `error` is not a contract error fit to show a person, or null if it is: exactly
 * `{ code, message }`, a known code, a non-empty message with no stack trace and none of
 * the `secrets` (the project folder, the workspace's folder) in it.
 */
export function errorProblem(error: unknown, secrets: readonly string[]): string | null {
  if (typeof error !== 'object' || error === null) return `not an object: ${String(error)}`;
  const keys = Object.keys(error).sort().join(',');
  if (keys !== 'code,message') return `has keys ${keys}, not code,message`;
  const { code, message } = error as { code: unknown; message: unknown };
  if (typeof code !== 'string' || !Object.hasOwn(CODES, code))
    return `unknown code ${String(code)}`;
  if (typeof message !== 'string' || message.trim() === '') return 'empty message';
  if (/\n\s*at\s/.test(message)) return 'message carries a stack trace';
  if (/node_modules|\.[cm]?[jt]s:\d+/.test(message)) return 'message names a source file';
  for (const secret of secrets) {
    if (message.includes(secret)) return `message leaks ${secret}`;
  }
  return null;
}
