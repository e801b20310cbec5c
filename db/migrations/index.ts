import type { Migration } from './migration';
import { model } from './0001-model';
import { search } from './0002-search';
import { changes } from './0003-changes';
import { capture } from './0004-capture';
import { searchLimit } from './0005-search-limit';
import { dateOrigin } from './0006-date-origin';

/** Every migration, in order. A workspace's `user_version` is the last one applied. */
export const MIGRATIONS: readonly Migration[] = [
  model,
  search,
  changes,
  capture,
  searchLimit,
  dateOrigin,
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
