import { checkWorkspaceFile } from '../../core/workspace-check';
import { parseCommandArgs } from '../args';
import type { Command } from '../command';

export const check: Command = {
  name: 'check',
  summary: 'Check a workspace file for damage (never changes it)',
  usage: `Usage: parallax check FILE

Checks the workspace FILE without changing it: SQLite's integrity and foreign-key checks,
and the search indexes against what they index. Prints 'ok' and exits 0, or prints one
line per damage found and exits 1.

Options:
  -h, --help   Show this help
`,
  run(argv, io) {
    const { positionals } = parseCommandArgs('check', argv, {}, { names: ['FILE'] });
    const result = checkWorkspaceFile(positionals[0]!);
    if (result.ok) {
      io.out('ok\n');
      return 0;
    }
    for (const problem of result.problems) io.out(`${problem}\n`);
    return 1;
  },
};
