import { parseArgs, type ParseArgsConfig } from 'node:util';
import { Id, IsoDate } from '../core/api/common';

/** A mistake in how the command was typed: reported with a pointer to --help, exit status 2. */
export class UsageError extends Error {
  constructor(
    /** The command whose help to point at, or null for `parallax --help`. */
    readonly command: string | null,
    message: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

export type Options = NonNullable<ParseArgsConfig['options']>;

export interface Arity {
  /** Names shown in "missing" messages, in order; the last one repeats when `variadic`. */
  names: string[];
  /** How many are required (default: all of `names`). */
  min?: number;
  variadic?: boolean;
}

/** True when `--help` or `-h` appears before a `--` separator: help wins over any other mistake. */
export function wantsHelp(argv: readonly string[]): boolean {
  for (const arg of argv) {
    if (arg === '--') return false;
    if (arg === '--help' || arg === '-h') return true;
  }
  return false;
}

/** node's parseArgs messages carry advice about `--` that only confuses here: keep the first sentence. */
function shortMessage(error: unknown): string {
  const message = (error as Error).message ?? String(error);
  const unknown = /^Unknown option '([^']+)'/.exec(message);
  if (unknown) return `unknown option '${unknown[1]}'`;
  const first = message.split(/\.\s/)[0] ?? message;
  return first.replace(/\.$/, '').replace(/^./, (c) => c.toLowerCase());
}

/**
 * Parses `argv` strictly: unknown options, options missing their value and the wrong number of
 * positionals are usage errors.
 */
export function parseCommandArgs<const O extends Options>(
  command: string,
  argv: string[],
  options: O,
  arity: Arity,
) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(command, shortMessage(error));
  }
  const { names, variadic = false } = arity;
  const min = arity.min ?? names.length;
  const count = parsed.positionals.length;
  if (count < min) {
    throw new UsageError(command, `missing ${names[count] ?? names[names.length - 1]}`);
  }
  if (!variadic && count > names.length) {
    throw new UsageError(command, `unexpected argument '${parsed.positionals[names.length]}'`);
  }
  return parsed;
}

/** A required option: parseArgs has no notion of one. */
export function required(command: string, name: string, value: string | undefined): string {
  if (value === undefined) throw new UsageError(command, `missing --${name}`);
  return value;
}

/** A whole number in [min, max]. */
export function intOption(
  command: string,
  name: string,
  value: string | undefined,
  min: number,
  max: number,
) {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) < min || Number(value) > max) {
    throw new UsageError(
      command,
      `--${name} must be a whole number from ${min} to ${max}, not '${value}'`,
    );
  }
  return Number(value);
}

/** One of a fixed set of words. */
export function choiceOption<const C extends string>(
  command: string,
  name: string,
  value: string | undefined,
  choices: readonly C[],
): C | undefined {
  if (value === undefined) return undefined;
  if (!(choices as readonly string[]).includes(value)) {
    throw new UsageError(command, `--${name} must be ${choices.join(' or ')}, not '${value}'`);
  }
  return value as C;
}

/** A real calendar date written YYYY-MM-DD (the contract's own check). */
export function dateOption(
  command: string,
  name: string,
  value: string | undefined,
): string | undefined {
  if (value === undefined) return undefined;
  if (!IsoDate.safeParse(value).success) {
    throw new UsageError(
      command,
      `--${name} must be a real date written YYYY-MM-DD, not '${value}'`,
    );
  }
  return value;
}

/**
 * A record's id (a UUID, as `--json` output prints it), `what` naming where it was given
 * (`--statement`, `ID`). A malformed one is a typing mistake;
 * a well-formed id the workspace lacks is reported by the service as not found.
 */
export function idArgument(command: string, what: string, value: string): string {
  if (!Id.safeParse(value).success) {
    throw new UsageError(command, `${what} must be an id (a UUID), not '${value}'`);
  }
  return value;
}

/** A required option holding an id: `--name ID`, checked as `idArgument` checks one. */
export function requiredId(command: string, name: string, value: string | undefined): string {
  return idArgument(command, `--${name}`, required(command, name, value));
}
