import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { WorkspaceError } from './errors';

/** "PRLX": written to the SQLite header's application_id so the file is recognisably ours. */
export const APPLICATION_ID = 0x50524c58;

const SQLITE_MAGIC = 'SQLite format 3\u0000';
const HEADER_SIZE = 100;

export interface SqliteHeader {
  pageSize: number;
  pageCount: number | null;
  userVersion: number;
  applicationId: number;
}

/**
 * Reads and checks the 100-byte SQLite header without opening the database, so a foreign,
 * truncated or newer file is refused before SQLite could write anything to it.
 * (Header layout: https://www.sqlite.org/fileformat.html#the_database_header)
 */
export function readSqliteHeader(path: string): SqliteHeader {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new WorkspaceError('not_sqlite', `${path} is not a file.`);
    size = stat.size;
  } catch (error) {
    if (error instanceof WorkspaceError) throw error;
    throw new WorkspaceError('not_found', `There is no file at ${path}.`);
  }
  if (size === 0) {
    throw new WorkspaceError('not_sqlite', `${path} is empty: it is not a Parallax workspace.`);
  }
  const header = Buffer.alloc(HEADER_SIZE);
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    readSync(fd, header, 0, HEADER_SIZE, 0);
  } catch (error) {
    throw new WorkspaceError('io', `Could not read ${path}: ${(error as Error).message}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (header.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
    throw new WorkspaceError(
      'not_sqlite',
      `${path} is not a Parallax workspace (it is not an SQLite database at all).`,
    );
  }
  if (size < HEADER_SIZE) {
    throw new WorkspaceError('damaged', `${path} is truncated: it ends inside its header.`);
  }
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  // The in-header page count is only trustworthy when the two change counters agree.
  const countValid = header.readUInt32BE(24) === header.readUInt32BE(92);
  const pageCount = countValid ? header.readUInt32BE(28) : null;
  if (pageCount !== null && size < pageCount * pageSize && !hasWriteAheadLog(path)) {
    throw new WorkspaceError(
      'damaged',
      `${path} is truncated: it holds ${size} bytes but its header promises ${pageCount * pageSize}.`,
    );
  }
  return {
    pageSize,
    pageCount,
    userVersion: header.readUInt32BE(60),
    applicationId: header.readUInt32BE(68),
  };
}

/**
 * Whether a non-empty -wal file lies beside `path`. A checkpoint copies the log's pages into
 * the file in page order, page 1 (the header) first, so a crash in the middle of one leaves a
 * header that promises pages only the log holds yet; SQLite replays the log on the next open,
 * and quick_check still finds real damage.
 */
function hasWriteAheadLog(path: string): boolean {
  const wal = `${path}-wal`;
  return existsSync(wal) && statSync(wal).size > 0;
}
