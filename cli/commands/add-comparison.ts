import { api } from '../../core/api';
import { idArgument, parseCommandArgs, UsageError } from '../args';
import type { Command } from '../command';
import { oneLine, printJson } from '../format';
import { withClient } from '../workspace';

const OPTION_OF: Record<string, string> = {
  title: '--title',
  statementIds: '--statement',
  propositionId: '--proposition',
  assessment: '--assessment',
};

export const addComparison: Command = {
  name: 'add-comparison',
  summary: 'Set two to six statements side by side as a saved comparison',
  usage: `Usage: parallax add-comparison FILE --statement ID --statement ID [--statement ID...] [options]

Saves a comparison of two to six statements of the workspace FILE, in the order given (the
first one leftmost), and prints its id. Statement ids are those 'parallax statements --json'
prints.

Options:
  --statement ID    A statement to compare (two to six, each once)
  --title T         The comparison's heading in reports (default: the speakers and the
                    proposition they disagree on, as the app names a new comparison)
  --proposition ID  The proposition the default title names (default: the one most of
                    the statements take a stance on)
  --assessment A    The analyst's assessment
  --json            Print {"id","title","statementIds"}
  -h, --help        Show this help
`,
  run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      'add-comparison',
      argv,
      {
        statement: { type: 'string', multiple: true },
        title: { type: 'string' },
        proposition: { type: 'string' },
        assessment: { type: 'string' },
        json: { type: 'boolean' },
      },
      { names: ['FILE'] },
    );
    const file = positionals[0]!;
    const statementIds = (values.statement ?? []).map((id) =>
      idArgument('add-comparison', '--statement', id),
    );
    const propositionId =
      values.proposition === undefined
        ? undefined
        : idArgument('add-comparison', '--proposition', values.proposition);
    const input = {
      title: values.title,
      statementIds,
      propositionId,
      assessment: values.assessment,
    };
    const checked = api.createComparison.input.safeParse(input);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      const option = OPTION_OF[String(issue.path[0])] ?? String(issue.path[0]);
      throw new UsageError('add-comparison', `${option}: ${issue.message}`);
    }
    const comparison = withClient(file, (client) => client.createComparison(input));
    if (values.json) {
      printJson(io, { id: comparison.id, title: comparison.title, statementIds });
    } else {
      io.out(
        `Added comparison ${comparison.id} of ${statementIds.length} statements: “${oneLine(comparison.title, 80)}”\n`,
      );
    }
    return 0;
  },
};
