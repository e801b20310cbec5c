import type { z } from 'zod';
import { WorkspaceError } from '../db/errors';
import type { ApiError, ApiErrorCode } from './api/errors';

/** An error meant for the person using Parallax: a code for programs, a message for people. */
export class ParallaxError extends Error implements ApiError {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ParallaxError';
  }

  toJSON(): ApiError {
    return { code: this.code, message: this.message };
  }
}

export function notFound(what: string, id: string): ParallaxError {
  return new ParallaxError('not_found', `There is no ${what} with id ${id}.`);
}

/** Turns zod's issues into one readable sentence naming each bad field. */
export function invalidInput(method: string, error: z.ZodError): ParallaxError {
  const parts = error.issues.slice(0, 5).map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : 'input';
    return `${field}: ${issue.message}`;
  });
  const more = error.issues.length > 5 ? ` (and ${error.issues.length - 5} more)` : '';
  return new ParallaxError(
    'invalid_input',
    `Invalid input to ${method} — ${parts.join('; ')}${more}.`,
  );
}

const WORKSPACE_CODES: Record<WorkspaceError['code'], ApiErrorCode> = {
  not_found: 'not_found',
  already_exists: 'conflict',
  not_sqlite: 'not_a_workspace',
  not_a_workspace: 'not_a_workspace',
  damaged: 'damaged',
  newer_version: 'newer_version',
  in_use: 'in_use',
  io: 'io',
};

/**
 * Any thrown value as a ParallaxError. SQLite's own messages are never shown: a constraint
 * the service did not foresee becomes a plain sentence, anything else an internal error.
 */
export function toParallaxError(error: unknown): ParallaxError {
  if (error instanceof ParallaxError) return error;
  if (error instanceof WorkspaceError)
    return new ParallaxError(WORKSPACE_CODES[error.code], error.message);
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE_')) {
    if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
      return new ParallaxError(
        'conflict',
        'That would duplicate something the workspace already has.',
      );
    }
    if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
      return new ParallaxError('in_use', 'That refers to, or is still used by, another record.');
    }
    if (code.startsWith('SQLITE_CONSTRAINT')) {
      return new ParallaxError('invalid_input', 'That value is not allowed here.');
    }
    // Extended codes too (SQLITE_BUSY_SNAPSHOT, SQLITE_BUSY_TIMEOUT, …): whatever the variant,
    // another connection held the write lock past the busy timeout, and nothing was written.
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
      return new ParallaxError(
        'in_use',
        'The workspace is busy: another Parallax is writing to it. Try again.',
      );
    }
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
      return new ParallaxError('damaged', 'The workspace file is damaged.');
    }
    if (
      code === 'SQLITE_FULL' ||
      code === 'SQLITE_IOERR' ||
      code.startsWith('SQLITE_IOERR') ||
      code === 'SQLITE_READONLY'
    ) {
      return new ParallaxError(
        'io',
        'The workspace file could not be written (disk full or read-only?).',
      );
    }
  }
  return new ParallaxError(
    'internal',
    `Something went wrong inside Parallax: ${(error as Error)?.message ?? String(error)}`,
  );
}
