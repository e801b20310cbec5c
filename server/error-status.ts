import type { ApiErrorCode } from '../core/api/errors';

/** HTTP status for each contract error; the body always carries the same `{ code, message }`. */
export const ERROR_STATUS: Record<ApiErrorCode, number> = {
  invalid_input: 400,
  not_found: 404,
  conflict: 409,
  in_use: 409,
  nothing_to_undo: 409,
  nothing_to_redo: 409,
  no_workspace: 409,
  not_a_workspace: 422,
  damaged: 422,
  newer_version: 422,
  io: 500,
  unavailable: 503,
  internal: 500,
};
