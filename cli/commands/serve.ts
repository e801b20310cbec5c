import { existsSync } from 'node:fs';
import { intOption, parseCommandArgs } from '../args';
import type { Command } from '../command';
import { ParallaxError } from '../../core/errors';
import { runHost } from '../host-runner';

export const serve: Command = {
  name: 'serve',
  summary: 'Open a workspace in your browser (a private server on 127.0.0.1)',
  usage: `Usage: parallax serve [FILE] [--port N] [--no-open]

Serves the Parallax interface and FILE's workspace on 127.0.0.1 only, prints one line
  http://127.0.0.1:PORT/?token=TOKEN
and opens it in your browser. Without FILE it shows the start screen. The token changes
at every launch; requests without it are refused. Stop with Ctrl+C.

Options:
  --port N     Listen on port N (default: any free port)
  --no-open    Print the address but do not open a browser
  -h, --help   Show this help
`,
  async run(argv, io) {
    const { positionals, values } = parseCommandArgs(
      'serve',
      argv,
      { port: { type: 'string' }, 'no-open': { type: 'boolean' } },
      { names: ['FILE'], min: 0 },
    );
    const file = positionals[0] ?? null;
    if (file && !existsSync(file)) {
      throw new ParallaxError(
        'not_found',
        `There is no workspace at ${file}. Create one with: parallax init ${file}`,
      );
    }
    const port = intOption('serve', 'port', values.port, 0, 65535) ?? 0;
    return runHost({ file, port, open: !values['no-open'] }, io);
  },
};
