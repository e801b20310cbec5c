import { parseCommandArgs } from '../args';
import type { Command } from '../command';
import { oneLine, printJson, table } from '../format';
import { allPages, withClient } from '../workspace';

export const propositions: Command = {
  name: 'propositions',
  summary: 'List propositions with how many statements affirm, deny or qualify each',
  usage: `Usage: parallax propositions FILE [--json]

Lists the propositions in the workspace FILE, by text, each with the number of statements
that affirm, deny and qualify it.

Options:
  --json      Print {"propositions":[{"id","text","counts":{"affirms","denies","qualifies"}}]}
  -h, --help  Show this help
`,
  run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      'propositions',
      argv,
      { json: { type: 'boolean' } },
      { names: ['FILE'] },
    );
    const file = positionals[0]!;
    const list = withClient(file, (client) => allPages((page) => client.listPropositions(page)));
    if (values.json) {
      printJson(io, {
        propositions: list.map(({ id, text, counts }) => ({
          id,
          text,
          counts: { affirms: counts.affirms, denies: counts.denies, qualifies: counts.qualifies },
        })),
      });
    } else if (list.length === 0) {
      io.out('No propositions.\n');
    } else {
      io.out(
        table(
          ['ID', 'AFFIRMS', 'DENIES', 'QUALIFIES', 'TEXT'],
          list.map((p) => [
            p.id,
            String(p.counts.affirms),
            String(p.counts.denies),
            String(p.counts.qualifies),
            oneLine(p.text, 80),
          ]),
        ),
      );
    }
    return 0;
  },
};
