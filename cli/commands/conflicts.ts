import type { Conflict, ConflictSide } from '../../core/api';
import { formatSaidOn } from '../../core/api/said-on';
import { PARAPHRASE_LABEL, printedWords } from '../../core/api/statement-words';
import { intOption, parseCommandArgs } from '../args';
import type { Command } from '../command';
import { oneLine, printJson } from '../format';
import { withClient } from '../workspace';

function sideJson(s: ConflictSide) {
  return {
    statementId: s.statementId,
    speaker: s.speaker,
    text: s.text,
    kind: s.kind,
    stance: s.stance,
    date: s.date,
    datePrecision: s.datePrecision,
    dateFrom: s.dateFrom,
  };
}

/** One side on one line: a quotation in quotation marks, a paraphrase labelled, as reports print them. */
function sideLine(s: ConflictSide): string {
  const date = formatSaidOn(s.date, s.datePrecision, 'iso');
  const words = printedWords({ kind: s.kind, text: oneLine(s.text, 90) });
  const label = s.kind === 'quote' ? '' : `${PARAPHRASE_LABEL}: `;
  return `${s.stance.padEnd(7)}  ${date.padEnd(18)}  ${oneLine(s.speaker, 32)}: ${label}${words}`;
}

function flipLabel(c: Conflict): string {
  if (!c.flip) return '';
  return c.organisation ? `  [flip: ${c.organisation.name}]` : '  [flip]';
}

export const conflicts: Command = {
  name: 'conflicts',
  summary: 'List statements that contradict each other, and flips',
  usage: `Usage: parallax conflicts FILE [--proposition ID] [--flips] [--limit N] [--offset N] [--json]

Lists the conflicts in the workspace FILE: pairs of statements where one affirms and the other
denies the same proposition ("a" affirms, "b" denies). Propositions with the most conflicts come
first; within one, pairs by different speakers first, then the earliest. A flip is one actor, or
one organisation through members who belonged to it on the days they spoke, taking both stances
on different dates.

Options:
  --proposition ID  Only conflicts on this proposition (its id)
  --flips           Only flips
  --limit N         At most N conflicts, 1 to 1000 (default 200)
  --offset N        Skip the first N conflicts (default 0)
  --json            Print {"conflicts":[{"proposition":{"id","text"},"a":{"statementId",
                    "speaker","text","kind","stance","date","datePrecision","dateFrom"},
                    "b":{…},"flip",
                    "organisation"}],"total"}
  -h, --help        Show this help
`,
  run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      'conflicts',
      argv,
      {
        proposition: { type: 'string' },
        flips: { type: 'boolean' },
        limit: { type: 'string' },
        offset: { type: 'string' },
        json: { type: 'boolean' },
      },
      { names: ['FILE'] },
    );
    const file = positionals[0]!;
    const limit = intOption('conflicts', 'limit', values.limit, 1, 1000) ?? 200;
    const offset = intOption('conflicts', 'offset', values.offset, 0, Number.MAX_SAFE_INTEGER) ?? 0;
    const { items, total } = withClient(file, (client) =>
      client.listConflicts({
        propositionId: values.proposition,
        flipsOnly: values.flips === true,
        limit,
        offset,
      }),
    );
    if (values.json) {
      printJson(io, {
        conflicts: items.map((c) => ({
          proposition: c.proposition,
          a: sideJson(c.a),
          b: sideJson(c.b),
          flip: c.flip,
          organisation: c.organisation,
        })),
        total,
      });
      return 0;
    }
    if (items.length === 0) {
      io.out(values.flips ? 'No flips.\n' : 'No conflicts.\n');
      return 0;
    }
    let heading: string | null = null;
    for (const c of items) {
      if (c.proposition.id !== heading) {
        heading = c.proposition.id;
        io.out(`${oneLine(c.proposition.text, 100)}\n`);
      }
      io.out(`  ${sideLine(c.a)}\n  ${sideLine(c.b)}${flipLabel(c)}\n\n`);
    }
    io.out(
      `${offset + 1}–${offset + items.length} of ${total} ${values.flips ? 'flips' : 'conflicts'}\n`,
    );
    return 0;
  },
};
