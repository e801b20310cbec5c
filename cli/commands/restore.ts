import { resolve } from 'node:path';
import { backupFolder, listBackups } from '../../db/backups';
import { restoreWorkspace } from '../../db/restore';
import { parseCommandArgs, UsageError } from '../args';
import type { Command } from '../command';
import { table } from '../format';

/** `2026-11-25 21:40:05 UTC`: the backup's time as people read it, unambiguous across zones. */
function when(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export const restore: Command = {
  name: 'restore',
  summary: 'Put back an automatic backup of a workspace, or list them',
  usage: `Usage: parallax restore FILE [--from BACKUP]
       parallax restore FILE --list

Parallax backs up a workspace by itself into the folder FILE.backups beside it: when it is
opened and while changes are made (at most one backup every 5 minutes, and one when the app
closes it after changes). The last 10 backups are kept.

Replaces FILE with a copy of a backup: the newest one that opens as a healthy workspace, or
the one --from names. FILE itself is never deleted nor written (it may be damaged): it is
renamed to FILE.before-restore-<time>.parallax, with its -wal and -shm files. Close FILE in
Parallax first: while the app, a 'parallax serve' host or another command has it open,
restore refuses and changes nothing.

Options:
  --from BACKUP  A backup's name from --list (e.g. 2026-11-25T21-40-05Z.parallax), or the path
                 of any workspace file to restore from
  --list         List the backups, newest first, with their time (UTC) and size; change nothing
  -h, --help     Show this help

Exit status: 0 done, 1 no backup to restore, FILE open elsewhere, or it could not be put in
place, 2 mistyped.
`,
  run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      'restore',
      argv,
      { from: { type: 'string' }, list: { type: 'boolean' } },
      { names: ['FILE'] },
    );
    const file = resolve(positionals[0]!);
    if (values.list && values.from !== undefined) {
      throw new UsageError('restore', '--list and --from cannot be used together');
    }
    if (values.list) {
      const backups = listBackups(file);
      if (backups.length === 0) {
        io.out(`No backups of ${file} yet (they would be in ${backupFolder(file)}).\n`);
        return 0;
      }
      io.out(
        table(
          ['TIME', 'SIZE', 'BACKUP'],
          backups.map((b) => [when(b.at), size(b.bytes), b.name]),
        ),
      );
      return 0;
    }
    // Refused with in_use while another Parallax has the file open (db/exclusive-lock.ts).
    const { restored, keptAside } = restoreWorkspace(file, values.from);
    io.out(`Restored ${file} from ${restored.path} (${when(restored.at)}).\n`);
    if (keptAside) io.out(`The file as it was is kept as ${keptAside}.\n`);
    return 0;
  },
};
