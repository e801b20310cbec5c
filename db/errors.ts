/** Why a file could not be used as a workspace. Each code has one plain-words message. */
export type WorkspaceErrorCode =
  | 'not_found'
  | 'already_exists'
  | 'not_sqlite'
  | 'not_a_workspace'
  | 'damaged'
  | 'newer_version'
  | 'io';

export class WorkspaceError extends Error {
  constructor(
    readonly code: WorkspaceErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'WorkspaceError';
  }
}
