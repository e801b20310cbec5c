/** The only shape of error that crosses the contract. `message` is written for a person. */
export type ApiErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'in_use'
  | 'nothing_to_undo'
  | 'nothing_to_redo'
  | 'no_workspace'
  | 'not_a_workspace'
  | 'damaged'
  | 'newer_version'
  | 'io'
  /** A tool Parallax needs on this machine (such as a Chromium for PDF) is not there. */
  | 'unavailable'
  | 'internal';

export interface ApiError {
  code: ApiErrorCode;
  message: string;
}
