import { parseCommandArgs, requiredId } from '../args';
import type { Command } from '../command';
import { printJson } from '../format';
import { withClient } from '../workspace';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const mergeActors: Command = {
  name: 'merge-actors',
  summary: 'Make two actors one (statements, memberships and names move to the one kept)',
  usage: `Usage: parallax merge-actors FILE --keep ID --merge ID [--json]

Merges the actor --merge into the actor --keep, in the workspace FILE: the statements it
spoke and relayed, its memberships (as member and as organisation), its other names and its
notes move to the kept actor, its own name becomes one of the kept actor's other names, and
it is deleted. The app's Undo takes the whole merge back in one step.

Options:
  --keep ID   The actor that stays (required)
  --merge ID  The actor merged into it and deleted (required)
  --json      Print {"id","name","aliases","moved":{"statements","relayed","memberships",
              "aliases","notes"}}
  -h, --help  Show this help
`,
  run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      'merge-actors',
      argv,
      { keep: { type: 'string' }, merge: { type: 'string' }, json: { type: 'boolean' } },
      { names: ['FILE'] },
    );
    const file = positionals[0]!;
    const keepId = requiredId('merge-actors', 'keep', values.keep);
    const mergeId = requiredId('merge-actors', 'merge', values.merge);
    const { merged, result } = withClient(file, (client) => {
      const name = client.getActor({ id: mergeId }).name;
      return { merged: name, result: client.mergeActors({ keepId, mergeId }) };
    });
    const { actor, moved } = result;
    if (values.json) {
      printJson(io, { id: actor.id, name: actor.name, aliases: actor.aliases, moved });
    } else {
      io.out(
        `Merged “${merged}” into “${actor.name}”: moved ${plural(moved.statements, 'statement')}, ` +
          `${plural(moved.relayed, 'relayed statement')}, ${plural(moved.memberships, 'membership')}, ` +
          `${plural(moved.aliases, 'other name')}, ${plural(moved.notes, 'note')}\n`,
      );
    }
    return 0;
  },
};
