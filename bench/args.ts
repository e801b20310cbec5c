/** Command line shared by the benchmarks that build a workspace: --statements, --runs, --json, --keep, --help. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface BenchArgsSpec {
  /** Printed after any error, and for --help. */
  usage: string;
  /** --statements when not given. */
  statements: number;
  /** --runs when not given. */
  runs: number;
  /** Further string options this benchmark takes (e.g. `workspace`). */
  strings?: string[];
}

export interface BenchArgs {
  statements: number;
  runs: number;
  json: boolean;
  keep: boolean;
  /** The further string options, by name (undefined when not given). */
  strings: Record<string, string | undefined>;
}

/**
 * Parses `args`: the parsed options, or the exit code to return at once (2 after an unknown
 * option or a count that is not a positive whole number, 0 after --help), the reason written
 * to stderr with the usage.
 */
export function parseBenchArgs(args: string[], spec: BenchArgsSpec): BenchArgs | number {
  const options: NonNullable<ParseArgsConfig['options']> = {
    statements: { type: 'string' },
    runs: { type: 'string' },
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    ...Object.fromEntries((spec.strings ?? []).map((name) => [name, { type: 'string' as const }])),
    help: { type: 'boolean', short: 'h', default: false },
  };
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args, options, strict: true, allowPositionals: false }) as {
      values: Record<string, string | boolean | undefined>;
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${spec.usage}\n`);
    return 2;
  }
  if (values.help) {
    process.stderr.write(`${spec.usage}\n`);
    return 0;
  }
  const count = (raw: string | undefined, fallback: number, name: string): number | null => {
    if (raw === undefined) return fallback;
    const n = Number(raw.replace(/[_,]/g, ''));
    if (!Number.isInteger(n) || n < 1) {
      process.stderr.write(
        `--${name} must be a positive whole number, not ${raw}\n${spec.usage}\n`,
      );
      return null;
    }
    return n;
  };
  const statements = count(values.statements as string | undefined, spec.statements, 'statements');
  const runs = count(values.runs as string | undefined, spec.runs, 'runs');
  if (statements === null || runs === null) return 2;
  return {
    statements,
    runs,
    json: values.json === true,
    keep: values.keep === true,
    strings: Object.fromEntries(
      (spec.strings ?? []).map((name) => [name, values[name] as string | undefined]),
    ),
  };
}
