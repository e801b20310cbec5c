import { readFileSync } from 'node:fs';
import { toParallaxError } from '../core/errors';
import { UsageError, wantsHelp } from './args';
import { processIo, type Command, type Io } from './command';
import { addComparison } from './commands/add-comparison';
import { addProposition } from './commands/add-proposition';
import { addStatement } from './commands/add-statement';
import { check } from './commands/check';
import { checkQuotes } from './commands/check-quotes';
import { conflicts } from './commands/conflicts';
import { extractCommand } from './commands/extract';
import { importCommand } from './commands/import';
import { init } from './commands/init';
import { mergeActors } from './commands/merge-actors';
import { propositions } from './commands/propositions';
import { renameComparison } from './commands/rename-comparison';
import { report } from './commands/report';
import { restore } from './commands/restore';
import { sample } from './commands/sample';
import { serve } from './commands/serve';
import { stance } from './commands/stance';
import { start } from './commands/start';
import { search } from './commands/search';
import { sources } from './commands/sources';
import { statements } from './commands/statements';

export const COMMANDS: readonly Command[] = [
  init,
  importCommand,
  sources,
  addStatement,
  statements,
  propositions,
  addProposition,
  stance,
  addComparison,
  renameComparison,
  mergeActors,
  search,
  conflicts,
  report,
  extractCommand,
  check,
  checkQuotes,
  restore,
  sample,
  serve,
  start,
];

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

function mainUsage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Usage: parallax <command> [arguments] [options]

Parallax keeps statements by officials, organisations and outlets in a workspace file.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Options:
  -h, --help     Show this help, or a command's help: parallax <command> --help
  -V, --version  Show the version

Exit status: 0 done, 1 the operation failed, 2 the command was mistyped.
`;
}

async function dispatch(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) throw new UsageError(null, 'no command given');
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    io.out(topic ? topic.usage : mainUsage());
    return 0;
  }
  if (name === '--version' || name === '-V') {
    io.out(`parallax ${version()}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    throw new UsageError(
      null,
      name.startsWith('-') ? `unknown option '${name}'` : `unknown command '${name}'`,
    );
  }
  if (wantsHelp(rest)) {
    io.out(command.usage);
    return 0;
  }
  return command.run(rest, io);
}

/**
 * Runs the command line `argv` (without node and script) and returns the exit status:
 * 0 done, 1 the operation failed (message on stderr), 2 a usage error.
 */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      const where = error.command ? `parallax ${error.command}` : 'parallax';
      io.err(`${where}: ${error.message}\nRun '${where} --help' for usage.\n`);
      return 2;
    }
    const failure = toParallaxError(error);
    io.err(`parallax: ${failure.message}\n`);
    if (failure.code === 'internal' && process.env.PARALLAX_DEBUG)
      io.err(`${(error as Error)?.stack ?? ''}\n`);
    return 1;
  }
}
