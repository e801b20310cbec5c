import { api, type StanceValue } from '../../core/api';
import { parseCommandArgs, requiredId, UsageError } from '../args';
import type { Command } from '../command';
import { oneLine, printJson } from '../format';
import { withClient } from '../workspace';

const STANCES: readonly StanceValue[] = ['affirms', 'denies', 'qualifies'];

/** Exactly one of --affirms, --denies, --qualifies. */
function chosenStance(values: Partial<Record<StanceValue, boolean>>): StanceValue {
  const chosen = STANCES.filter((s) => values[s] === true);
  if (chosen.length !== 1) {
    throw new UsageError(
      'stance',
      chosen.length === 0
        ? 'give one of --affirms, --denies or --qualifies'
        : `give only one of --affirms, --denies or --qualifies, not ${chosen.map((s) => `--${s}`).join(' and ')}`,
    );
  }
  return chosen[0]!;
}

export const stance: Command = {
  name: 'stance',
  summary: 'Record that a statement affirms, denies or qualifies a proposition',
  usage: `Usage: parallax stance FILE --statement ID --proposition ID (--affirms|--denies|--qualifies) [options]

Records the position a statement of the workspace FILE takes on a proposition, replacing the
one it had. Ids are those 'parallax statements --json' and 'parallax propositions' print.

Options:
  --statement ID    The statement (required)
  --proposition ID  The proposition (required)
  --affirms         The statement says the proposition is true
  --denies          The statement says it is false
  --qualifies       The statement agrees only in part, or with conditions
  --note N          Why (kept with the stance; an earlier note stays when none is given)
  --json            Print {"id","statementId","propositionId","stance","note"}
  -h, --help        Show this help
`,
  run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      'stance',
      argv,
      {
        statement: { type: 'string' },
        proposition: { type: 'string' },
        affirms: { type: 'boolean' },
        denies: { type: 'boolean' },
        qualifies: { type: 'boolean' },
        note: { type: 'string' },
        json: { type: 'boolean' },
      },
      { names: ['FILE'] },
    );
    const file = positionals[0]!;
    const statementId = requiredId('stance', 'statement', values.statement);
    const propositionId = requiredId('stance', 'proposition', values.proposition);
    const value = chosenStance(values);
    const input = { statementId, propositionId, stance: value, note: values.note };
    const checked = api.setStance.input.safeParse(input);
    if (!checked.success) {
      throw new UsageError('stance', `--note ${checked.error.issues[0]!.message}`);
    }
    const result = withClient(file, (client) => {
      const set = client.setStance(input);
      const statement = client.getStatement({ id: statementId });
      const proposition = client.getProposition({ id: propositionId });
      return { set, speaker: statement.speakerName, proposition: proposition.text };
    });
    if (values.json) {
      const { id, stance: s, note } = result.set;
      printJson(io, { id, statementId, propositionId, stance: s, note });
    } else {
      io.out(
        `${oneLine(result.speaker, 40)} ${result.set.stance} “${oneLine(result.proposition, 80)}”\n`,
      );
    }
    return 0;
  },
};
