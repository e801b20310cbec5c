import type { z } from 'zod';
import { api } from '../../core/api';
import { choiceOption, dateOption, parseCommandArgs, required, UsageError } from '../args';
import type { Command } from '../command';
import { printJson } from '../format';
import { withClient } from '../workspace';
import { anchorAt, type TextAnchor } from '../../core/anchor/text-quote';

/** Stands in for the speaker's id while the rest of the statement is checked. */
const PLACEHOLDER_ID = '00000000-0000-4000-8000-000000000000';
const OPTION_OF: Record<string, string> = {
  text: '--text',
  sourceId: '--source',
  kind: '--kind',
  saidOn: '--date',
  saidOnPrecision: '--precision',
  name: '--speaker',
};

function usageFromZod(error: z.ZodError): UsageError {
  const issue = error.issues[0]!;
  const key = String(issue.path[0] ?? '');
  return new UsageError('add-statement', `${OPTION_OF[key] ?? key} ${issue.message}`);
}

/** Anchors `text` in the source's body when it occurs there exactly once. */
export function anchorIn(body: string, text: string): TextAnchor | null {
  const start = body.indexOf(text);
  if (start < 0 || body.indexOf(text, start + 1) >= 0) return null;
  return anchorAt(body, start, start + text.length);
}

export const addStatement: Command = {
  name: 'add-statement',
  summary: 'Add a statement, creating its speaker if needed',
  usage: `Usage: parallax add-statement FILE --speaker NAME --text TEXT [options]

Adds a statement to the workspace FILE. The speaker is the actor with that name or alias
(ignoring case); a new actor (a person) is created when there is none. When the text occurs
exactly once in the --source's text, the statement is anchored there.

Options:
  --speaker NAME          Who said it (required)
  --text TEXT             What was said (required)
  --source ID             The source it comes from (see 'parallax sources')
  --kind quote|paraphrase Quoted words or reported speech (default: quote)
  --date YYYY-MM-DD       When it was said
  --precision day|week|month|year
                          How precisely the date is known (default: day); a week is
                          stored as its Monday
  --json                  Print {"id"}
  -h, --help              Show this help
`,
  run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      'add-statement',
      argv,
      {
        speaker: { type: 'string' },
        text: { type: 'string' },
        source: { type: 'string' },
        kind: { type: 'string' },
        date: { type: 'string' },
        precision: { type: 'string' },
        json: { type: 'boolean' },
      },
      { names: ['FILE'] },
    );
    const file = positionals[0]!;
    const speaker = required('add-statement', 'speaker', values.speaker);
    const text = required('add-statement', 'text', values.text);
    const kind = choiceOption('add-statement', 'kind', values.kind, ['quote', 'paraphrase']);
    const saidOn = dateOption('add-statement', 'date', values.date);
    const saidOnPrecision = choiceOption('add-statement', 'precision', values.precision, [
      'day',
      'week',
      'month',
      'year',
    ]);
    if (saidOnPrecision && !saidOn)
      throw new UsageError('add-statement', '--precision needs a --date');

    // Check the statement before creating its speaker, so a refused statement leaves no orphan actor.
    const name = api.findActor.input.safeParse({ name: speaker });
    if (!name.success) throw usageFromZod(name.error);
    const draft = {
      speakerId: PLACEHOLDER_ID,
      text,
      kind,
      sourceId: values.source,
      saidOn,
      saidOnPrecision,
    };
    const checked = api.createStatement.input.safeParse(draft);
    if (!checked.success) throw usageFromZod(checked.error);

    const result = withClient(file, (client) => {
      const source = values.source === undefined ? null : client.getSource({ id: values.source });
      const found = client.findActor({ name: speaker });
      const actor = found ?? client.createActor({ name: speaker, kind: 'person' });
      const anchor = source ? anchorIn(source.body, checked.data.text) : null;
      const statement = client.createStatement({ ...draft, speakerId: actor.id, anchor });
      return { statement, actor, newActor: found === null };
    });
    if (values.json) {
      printJson(io, { id: result.statement.id });
    } else {
      io.out(
        `Added statement ${result.statement.id} by ${result.actor.name}${result.newActor ? ' (new actor)' : ''}\n`,
      );
    }
    return 0;
  },
};
