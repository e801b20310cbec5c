import { api } from '../../core/api';
import { idArgument, parseCommandArgs, required, UsageError } from '../args';
import type { Command } from '../command';
import { oneLine, printJson } from '../format';
import { withClient } from '../workspace';

export const renameComparison: Command = {
  name: 'rename-comparison',
  summary: "Change a comparison's title",
  usage: `Usage: parallax rename-comparison FILE ID --title T [--json]

Gives the comparison ID of the workspace FILE the title T, the heading reports print for it.

Options:
  --title T   The new title (required)
  --json      Print {"id","title"}
  -h, --help  Show this help
`,
  run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      'rename-comparison',
      argv,
      { title: { type: 'string' }, json: { type: 'boolean' } },
      { names: ['FILE', 'ID'] },
    );
    const file = positionals[0]!;
    const id = idArgument('rename-comparison', 'ID', positionals[1]!);
    const title = required('rename-comparison', 'title', values.title);
    const checked = api.updateComparison.input.safeParse({ id, title });
    if (!checked.success) {
      throw new UsageError('rename-comparison', `--title ${checked.error.issues[0]!.message}`);
    }
    const comparison = withClient(file, (client) => client.updateComparison({ id, title }));
    if (values.json) {
      printJson(io, { id: comparison.id, title: comparison.title });
    } else {
      io.out(`Renamed comparison ${comparison.id} to “${oneLine(comparison.title, 80)}”\n`);
    }
    return 0;
  },
};
