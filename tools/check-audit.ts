// Runs `npm audit --omit=dev` (the packages the app ships) and fails on any advisory that
// tools/audit-allow.txt does not explain, or on an allowance no advisory matches any more.
// Where the registry cannot answer an audit (no network; or a mirror that does not serve the
// advisory endpoint, as on the build machine, which answers 405) it says so on one line and
// passes, unless PARALLAX_AUDIT_REQUIRED=1 asks for the audit to be a hard requirement.
//
// Usage: npx tsx tools/check-audit.ts                          (run npm audit and check)
//        npx tsx tools/check-audit.ts REPORT.json [ALLOW.txt]  (check a saved `npm audit --json`)

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const AUDIT_ALLOW_PATH = path.join(ROOT, 'tools/audit-allow.txt');

export interface Advisory {
  /** The vulnerable package, as `npm audit` keys it. */
  name: string;
  severity: string;
  /** The advisories' titles, or the packages through which it is vulnerable. */
  via: string[];
}

export type AuditOutcome =
  { kind: 'report'; advisories: Advisory[] } | { kind: 'unavailable'; reason: string };

interface ReportV2 {
  auditReportVersion: 2;
  vulnerabilities: Record<string, { name: string; severity: string; via: unknown[] }>;
}

/** Reads `npm audit --json` output: a version 2 report, or the registry's refusal. */
export function readAuditOutput(text: string): AuditOutcome {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { kind: 'unavailable', reason: `npm audit printed no JSON: ${text.slice(0, 200)}` };
  }
  const report = parsed as Partial<ReportV2> & { message?: string; error?: { summary?: string } };
  if (report.auditReportVersion === 2 && report.vulnerabilities) {
    const advisories = Object.values(report.vulnerabilities).map((v) => ({
      name: v.name,
      severity: v.severity,
      via: v.via.map((via) =>
        typeof via === 'string' ? via : String((via as { title?: string }).title ?? via),
      ),
    }));
    return { kind: 'report', advisories };
  }
  if (report.auditReportVersion !== undefined)
    throw new Error(`Unknown npm audit report version ${String(report.auditReportVersion)}.`);
  const reason = report.message || report.error?.summary || 'the registry gave no audit report';
  return { kind: 'unavailable', reason };
}

/** One allowance a line: `package  reason`; blank lines and `#` comments are skipped. */
export function parseAuditAllowList(text: string): Map<string, string> {
  const allowed = new Map<string, string>();
  text.split(/\r?\n/).forEach((raw, n) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const match = /^(\S+)\s+(.{10,})$/.exec(line);
    if (!match) throw new Error(`Allow-list line ${n + 1} needs a package and a reason: "${line}"`);
    allowed.set(match[1]!, match[2]!.trim());
  });
  return allowed;
}

/** Advisories nobody explained, and allowances that excuse nothing any more. */
export function unexplainedAdvisories(
  advisories: Advisory[],
  allowed: Map<string, string>,
): string[] {
  const problems = advisories
    .filter((a) => !allowed.has(a.name))
    .map((a) => `${a.severity} ${a.name}: ${a.via.join('; ')}`);
  for (const name of allowed.keys()) {
    if (!advisories.some((a) => a.name === name))
      problems.push(`the allow-list excuses ${name}, which no advisory names any more`);
  }
  return problems;
}

function runAudit(): string {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['audit', '--omit=dev', '--json'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (result.error) return JSON.stringify({ message: `npm audit: ${result.error.message}` });
  return result.stdout;
}

function main(): void {
  const [file, allowList = AUDIT_ALLOW_PATH] = process.argv.slice(2);
  const outcome = readAuditOutput(file ? readFileSync(file, 'utf8') : runAudit());
  if (outcome.kind === 'unavailable') {
    const line = `npm audit could not run here (${outcome.reason}); nothing was checked.`;
    if (process.env.PARALLAX_AUDIT_REQUIRED === '1') {
      console.error(line);
      process.exit(1);
    }
    console.log(line);
    return;
  }
  const problems = unexplainedAdvisories(
    outcome.advisories,
    parseAuditAllowList(readFileSync(allowList, 'utf8')),
  );
  if (problems.length > 0) {
    console.error(`npm audit: ${problems.length} problem(s) (see ${allowList}):`);
    for (const p of problems) console.error(`  - ${p}`);
    process.exit(1);
  }
  console.log(
    `npm audit: ${outcome.advisories.length} advisory(ies) in shipped packages, each explained.`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
