/** Where a command writes: stdout for results (and nothing else under --json), stderr for the rest. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Whether stdout is a terminal (and so may be styled). */
  readonly tty: boolean;
}

export interface Command {
  readonly name: string;
  /** One line for `parallax --help`. */
  readonly summary: string;
  /** The whole of `parallax <name> --help`. */
  readonly usage: string;
  /** Runs with the arguments after the command name; returns the exit status. */
  run(argv: string[], io: Io): number | Promise<number>;
}

export const processIo: Io = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  tty: Boolean(process.stdout.isTTY),
};
