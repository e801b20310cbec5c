import { api } from '../../core/api';
import { parseCommandArgs, required, UsageError } from '../args';
import type { Command } from '../command';
import { oneLine, printJson } from '../format';
import { withClient } from '../workspace';

export const addProposition: Command = {
  name: 'add-proposition',
  summary: 'Add a proposition that statements can affirm, deny or qualify',
  usage: `Usage: parallax add-proposition FILE --text T [--json]

Adds a proposition (a plain sentence, such as "PMF units entered Kirkuk city") to the
workspace FILE and prints its id, for 'parallax stance --proposition ID'.

Options:
  --text T    The proposition (required)
  --json      Print {"id","text"}
  -h, --help  Show this help
`,
  run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      'add-proposition',
      argv,
      { text: { type: 'string' }, json: { type: 'boolean' } },
      { names: ['FILE'] },
    );
    const file = positionals[0]!;
    const text = required('add-proposition', 'text', values.text);
    // Checked before the workspace is opened, so a refused text writes nothing.
    const checked = api.createProposition.input.shape.text.safeParse(text);
    if (!checked.success) {
      throw new UsageError('add-proposition', `--text ${checked.error.issues[0]!.message}`);
    }
    const proposition = withClient(file, (client) => client.createProposition({ text }));
    if (values.json) {
      printJson(io, { id: proposition.id, text: proposition.text });
    } else {
      io.out(`Added proposition ${proposition.id}: “${oneLine(proposition.text, 80)}”\n`);
    }
    return 0;
  },
};
