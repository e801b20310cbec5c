import { createHash } from 'node:crypto';
import { parseCommandArgs } from '../args';
import type { Command } from '../command';
import { oneLine, printJson, table } from '../format';
import { allPages, withClient } from '../workspace';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export const sources: Command = {
  name: 'sources',
  summary: 'List the sources in a workspace',
  usage: `Usage: parallax sources FILE [--json]

Lists the sources in the workspace FILE, by title.

Options:
  --json       Print {"sources":[{"id","title","outlet","url","published","language","sha256","text"}]}
               (sha256 is the hex SHA-256 of the UTF-8 text)
  -h, --help   Show this help
`,
  run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      'sources',
      argv,
      { json: { type: 'boolean' } },
      { names: ['FILE'] },
    );
    const file = positionals[0]!;
    withClient(file, (client) => {
      const list = allPages((page) => client.listSources(page));
      if (values.json) {
        const full = list.map((source) => {
          const { body } = client.getSource({ id: source.id });
          return {
            id: source.id,
            title: source.title,
            outlet: source.outlet,
            url: source.url,
            published: source.publishedOn,
            language: source.language,
            sha256: sha256(body),
            text: body,
          };
        });
        printJson(io, { sources: full });
        return;
      }
      if (list.length === 0) {
        io.out(`No sources in ${file} yet; add one with 'parallax import'.\n`);
        return;
      }
      io.out(
        table(
          ['ID', 'PUBLISHED', 'OUTLET', 'STATEMENTS', 'TITLE'],
          list.map((s) => [
            s.id,
            s.publishedOn ?? '-',
            oneLine(s.outlet ?? '-', 24),
            String(s.statementCount),
            oneLine(s.title, 70),
          ]),
        ),
      );
    });
    return 0;
  },
};
