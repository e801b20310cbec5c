import { dateOriginNote } from '../../core/api/date-origin';
import { formatSaidOn } from '../../core/api/said-on';
import type { Statement } from '../../core/api';
import { ParallaxError } from '../../core/errors';
import { parseCommandArgs } from '../args';
import type { Command } from '../command';
import { oneLine, printJson, table } from '../format';
import { allPages, withClient } from '../workspace';
import { statementsJson } from './statement-json';

/** "17 October 2017", or "5 March 2020 (date of the source)" when the text gave no date. */
function dateLabel(s: Statement): string {
  const note = dateOriginNote(s.saidOnFrom);
  const date = formatSaidOn(s.saidOn, s.saidOnPrecision);
  return note ? `${date} (${note})` : date;
}

export const statements: Command = {
  name: 'statements',
  summary: 'List statements, optionally by one actor',
  usage: `Usage: parallax statements FILE [--actor NAME] [--json]

Lists the statements in the workspace FILE, oldest first (undated ones first).

Options:
  --actor NAME  Only statements by this actor: its name or an alias, spelled
                exactly or in a variant (case, accents, punctuation, Arabic and
                Persian letter forms: روحاني finds روحانی)
  --json        Print {"statements":[{"id","speaker","speakerKind","text","kind","date",
                "datePrecision","dateFrom","sourceId","stances"}]}: date is ISO
                (YYYY-MM-DD; a week's Monday, a month's first day) or null,
                datePrecision day|week|month|year, dateFrom where the date came from
                (text: the statement's words; source: the source's publication date,
                the text giving none; user: typed by a person), speakerKind person,
                organisation, government, outlet, armed_group or other, and stances
                [{"propositionId","proposition","stance"}]
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
    const { list, json } = withClient(file, (client) => {
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
      const list = allPages((page) => client.listStatements({ speakerId, ...page }));
      return values.json ? { list, json: statementsJson(client, list) } : { list };
    });
    if (json) {
      printJson(io, { statements: json });
    } else if (list.length === 0) {
      io.out('No statements.\n');
    } else {
      io.out(
        table(
          ['DATE', 'SPEAKER', 'KIND', 'TEXT'],
          list.map((s) => [dateLabel(s), oneLine(s.speakerName, 28), s.kind, oneLine(s.text, 90)]),
        ),
      );
    }
    return 0;
  },
};
