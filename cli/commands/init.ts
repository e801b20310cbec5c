import { extname } from 'node:path';
import { parseCommandArgs } from '../args';
import type { Command } from '../command';
import { fileNameOf, workspaceNameProblem } from '../../core/api/workspace-file-name';
import { ParallaxError } from '../../core/errors';
import { createWorkspace, WORKSPACE_EXTENSION } from '../../db/workspace';

export const init: Command = {
  name: 'init',
  summary: 'Create a new, empty workspace file',
  usage: `Usage: parallax init FILE

Creates a new, empty workspace at FILE (by convention FILE ends in ${WORKSPACE_EXTENSION}).
Refuses to touch a file that already exists.

Options:
  -h, --help   Show this help
`,
  run(argv, io) {
    const { positionals } = parseCommandArgs('init', argv, {}, { names: ['FILE'] });
    const file = positionals[0]!;
    const problem = workspaceNameProblem(fileNameOf(file));
    if (problem) throw new ParallaxError('invalid_input', `Cannot create ${file}: ${problem}`);
    createWorkspace(file).close();
    io.out(`Created workspace ${file}\n`);
    if (extname(file) !== WORKSPACE_EXTENSION) {
      io.err(`parallax: note: workspace files usually end in ${WORKSPACE_EXTENSION}\n`);
    }
    return 0;
  },
};
