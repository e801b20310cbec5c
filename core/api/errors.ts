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
  | 'internal';

export interface ApiError {
  code: ApiErrorCode;
  message: string;
}
