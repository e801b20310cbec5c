import { rmSync } from 'node:fs';
import { buildSample } from '../../core/sample/build-sample';
import { KIRKUK_SOURCE } from '../../core/sample/kirkuk-2017';
import { createService } from '../../core/service';
import { createWorkspace } from '../../db/workspace';
import { parseCommandArgs } from '../args';
import type { Command } from '../command';

export const sample: Command = {
  name: 'sample',
  summary: 'Create the sample workspace "Kirkuk, October 2017"',
  usage: `Usage: parallax sample FILE

Creates a new workspace at FILE holding the sample "Kirkuk, October 2017": the statements
quoted in one news report on Kirkuk, with their speakers, two propositions and two saved
comparisons. The article itself is not included. Refuses to touch a file that already exists.

Options:
  -h, --help   Show this help
`,
  run(argv, io) {
    const { positionals } = parseCommandArgs('sample', argv, {}, { names: ['FILE'] });
    const file = positionals[0]!;
    const service = createService(createWorkspace(file));
    let ids;
    try {
      ids = buildSample(service.client);
    } catch (error) {
      // Half a sample is no use: remove the file this command created.
      service.close();
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
      throw error;
    }
    service.close();
    io.out(
      `Created sample workspace ${file}: ${Object.keys(ids.statements).length} statements from “${KIRKUK_SOURCE.title}”,\n` +
        `${Object.keys(ids.propositions).length} propositions and ${Object.keys(ids.comparisons).length} comparisons.\n`,
    );
    return 0;
  },
};
