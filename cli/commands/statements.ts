import type { DatePrecision } from '../../core/api';
import { ParallaxError } from '../../core/errors';
import { parseCommandArgs } from '../args';
import type { Command } from '../command';
import { oneLine, printJson, table } from '../format';
import { allPages, withClient } from '../workspace';

/** A date as precise as it is known: `2017-10-17`, `week of 2017-10-16`, `2017-10`, `2017`. */
function dateLabel(date: string | null, precision: DatePrecision | null): string {
  if (!date) return '-';
  if (precision === 'week') return `week of ${date}`;
  if (precision === 'month') return date.slice(0, 7);
  if (precision === 'year') return date.slice(0, 4);
  return date;
}

export const statements: Command = {
  name: 'statements',
  summary: 'List statements, optionally by one actor',
  usage: `Usage: parallax statements FILE [--actor NAME] [--json]

Lists the statements in the workspace FILE, oldest first (undated ones first).

Options:
  --actor NAME  Only statements by this actor (name or alias, ignoring case)
  --json        Print {"statements":[{"id","speaker","text","kind","date","sourceId"}]}
  -h, --help    Show this help
`,
  run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      'statements',
      argv,
      { actor: { type: 'string' }, json: { type: 'boolean' } },
      { names: ['FILE'] },
    );
    const file = positionals[0]!;
    const list = withClient(file, (client) => {
      let speakerId: string | undefined;
      if (values.actor !== undefined) {
        const actor = client.findActor({ name: values.actor });
        if (!actor) {
          throw new ParallaxError(
            'not_found',
            `No actor is named or also known as “${values.actor}” in ${file}.`,
          );
        }
        speakerId = actor.id;
      }
      return allPages((page) => client.listStatements({ speakerId, ...page }));
    });
    if (values.json) {
      printJson(io, {
        statements: list.map((s) => ({
          id: s.id,
          speaker: s.speakerName,
          text: s.text,
          kind: s.kind,
          date: s.saidOn,
          sourceId: s.sourceId,
        })),
      });
    } else if (list.length === 0) {
      io.out('No statements.\n');
    } else {
      io.out(
        table(
          ['DATE', 'SPEAKER', 'KIND', 'TEXT'],
          list.map((s) => [
            dateLabel(s.saidOn, s.saidOnPrecision),
            oneLine(s.speakerName, 28),
            s.kind,
            oneLine(s.text, 90),
          ]),
        ),
      );
    }
    return 0;
  },
};
