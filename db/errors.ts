/** Why a file could not be used as a workspace. Each code has one plain-words message. */
export type WorkspaceErrorCode =
  | 'not_found'
  | 'already_exists'
  | 'not_sqlite'
  | 'not_a_workspace'
  | 'damaged'
  | 'newer_version'
  /** Another connection (the app, a host, a command) has the file open. */
  | 'in_use'
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

/** SQLite's account of a damaged file can list hundreds of pages; a person needs the first. */
const PROBLEM_CHARS = 160;

/** `<path> is damaged: <the first fault SQLite names>.` */
export function damagedError(path: string, problem: string): WorkspaceError {
  const first = problem.split('\n')[0]!.trim();
  const cut =
    first.length <= PROBLEM_CHARS
      ? first
      : `${first.slice(0, first.lastIndexOf(' ', PROBLEM_CHARS)).replace(/[:,;]$/, '')} …`;
  return new WorkspaceError('damaged', `${path} is damaged: ${cut.replace(/\.$/, '')}.`);
}
