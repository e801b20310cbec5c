import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { WORKSPACE_EXTENSION } from '../db/workspace';
import type { FolderListing } from './app-api';
import { ParallaxError } from './errors';

/** Folders and workspaces in one folder, for the browser host's open/new dialog. */
export function listFolder(path: string): FolderListing {
  const folder = resolve(path);
  let names: string[];
  try {
    if (!statSync(folder).isDirectory()) throw new Error('not a folder');
    names = readdirSync(folder);
  } catch {
    throw new ParallaxError('not_found', `${folder} is not a folder that can be read.`);
  }
  const entries: FolderListing['entries'] = [];
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const full = join(folder, name);
    try {
      const stat = statSync(full);
      if (stat.isDirectory()) entries.push({ name, path: full, kind: 'folder' });
      else if (stat.isFile() && name.endsWith(WORKSPACE_EXTENSION))
        entries.push({ name, path: full, kind: 'workspace' });
    } catch {
      // Unreadable entries (broken links, permissions) are simply not offered.
    }
  }
  entries.sort((a, b) =>
    a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'folder' ? -1 : 1,
  );
  const parent = dirname(folder);
  return { path: folder, parent: parent === folder ? null : parent, entries };
}
