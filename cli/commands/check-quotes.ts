import { quoteFidelity } from '../../core/api/quote-fidelity';
import { parseCommandArgs } from '../args';
import type { Command } from '../command';
import { oneLine, printJson } from '../format';
import { allPages, withClient } from '../workspace';

export const checkQuotes: Command = {
  name: 'check-quotes',
  summary: 'List quotations whose words differ from their source, or whose source lost them',
  usage: `Usage: parallax check-quotes FILE [--json]

Compares every quotation in the workspace FILE with the span of its source it is anchored in.
A quotation is faithful when its words are the span's (spacing aside), or an excerpt of them
whose left-out words are marked with an ellipsis (… or [...]). Lists the others: "differs"
(edited since it was anchored) or "lost" (the source's text no longer holds the span), with
both texts. Paraphrases and quotations anchored nowhere are not checked.
Exits 0 when every quotation is faithful, 1 when some are not.

Options:
  --json      Print {"quotes":[{"id","speaker","text","source_text","state"}]}
  -h, --help  Show this help
`,
  run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      'check-quotes',
      argv,
      { json: { type: 'boolean' } },
      { names: ['FILE'] },
    );
    const file = positionals[0]!;
    const statements = withClient(file, (client) =>
      allPages((page) => client.listStatements({ ...page, kind: 'quote' })),
    );
    const unfaithful = statements.flatMap((s) => {
      const state = quoteFidelity(s);
      if (state !== 'differs' && state !== 'lost') return [];
      return [
        { id: s.id, speaker: s.speakerName, text: s.text, source_text: s.anchor!.exact, state },
      ];
    });
    if (values.json) {
      printJson(io, { quotes: unfaithful });
    } else if (unfaithful.length === 0) {
      io.out(`All ${statements.length} quotations match their sources.\n`);
    } else {
      for (const q of unfaithful) {
        io.out(
          `${q.id}  ${q.state === 'lost' ? 'LOST   ' : 'DIFFERS'}  ${oneLine(q.speaker, 40)}\n` +
            `  quoted: “${oneLine(q.text, 200)}”\n` +
            `  source: “${oneLine(q.source_text, 200)}”${q.state === 'lost' ? ' (no longer in the source)' : ''}\n\n`,
        );
      }
      io.out(
        `${unfaithful.length} of ${statements.length} quotations do not match their sources.\n`,
      );
    }
    return unfaithful.length === 0 ? 0 : 1;
  },
};
