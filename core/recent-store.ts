import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { RecentWorkspace } from './app-api';

const MAX_RECENT = 10;

/** The recently opened workspaces, kept in `<dataDir>/recent.json`, newest first. */
export class RecentStore {
  private readonly file: string;

  constructor(private readonly dataDir: string) {
    this.file = join(dataDir, 'recent.json');
  }

  list(): RecentWorkspace[] {
    try {
      const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as { recent?: unknown };
      if (!Array.isArray(parsed.recent)) return [];
      return parsed.recent.filter(
        (r): r is RecentWorkspace =>
          typeof r?.path === 'string' &&
          typeof r?.name === 'string' &&
          typeof r?.openedAt === 'string',
      );
    } catch {
      // A missing or unreadable list is an empty one; it is only a convenience.
      return [];
    }
  }

  add(path: string, at = new Date().toISOString()): void {
    const entry = { path, name: basename(path).replace(/\.parallax$/, ''), openedAt: at };
    this.save([entry, ...this.list().filter((r) => r.path !== path)].slice(0, MAX_RECENT));
  }

  remove(path: string): void {
    this.save(this.list().filter((r) => r.path !== path));
  }

  private save(recent: RecentWorkspace[]): void {
    mkdirSync(this.dataDir, { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify({ recent }, null, 2));
    renameSync(temp, this.file);
  }
}
