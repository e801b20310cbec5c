import { readFileSync, statSync, type Stats } from 'node:fs';
import { basename } from 'node:path';
import { ParallaxError } from '../core/errors';
import { MAX_IMPORT_FILE_BYTES, tooBigError } from '../core/import';

function statFile(path: string): Stats {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new ParallaxError('not_found', `There is no file at ${path}.`);
    }
    throw new ParallaxError('io', `Could not read ${path}: ${(error as Error).message}`);
  }
}

/** A file's bytes for an importer, its size checked first so that a huge file is never read whole. */
export function readBytes(path: string): Uint8Array {
  const stats = statFile(path);
  if (stats.isDirectory())
    throw new ParallaxError('invalid_input', `${path} is a folder, not a file.`);
  if (stats.size > MAX_IMPORT_FILE_BYTES) throw tooBigError(basename(path), stats.size);
  try {
    return readFileSync(path);
  } catch (error) {
    throw new ParallaxError('io', `Could not read ${path}: ${(error as Error).message}`);
  }
}
