// Runs Electronegativity (Doyensec's Electron security linter) over electron/ and fails when it
// finds anything that tools/electronegativity-allow.txt does not explain. Electronegativity
// itself exits 0 whatever it finds, so this script is what makes `npm run security` fail.
//
// Usage: npx tsx tools/check-electronegativity.ts            (scan electron/ and check)
//        npx tsx tools/check-electronegativity.ts FILE.csv   (check a CSV written earlier)

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ALLOW_LIST_PATH = path.join(ROOT, 'tools/electronegativity-allow.txt');

/**
 * Needs the network (it downloads Electron's release list from GitHub) and only says "upgrade
 * Electron"; Dependabot-style upgrades are not what this check is for. Electronegativity names
 * checks by class name here, not by the ID it prints.
 */
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Finding {
  check: string;
  severity: Severity;
  confidence: string;
  file: string;
  location: string;
  sample: string;
}

export interface Allowance {
  check: string;
  file: string;
  reason: string;
}

/** Splits CSV text into rows of fields: double-quoted fields may hold commas, "" and newlines. */
export function parseCsvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (quoted) throw new Error('The CSV ends inside a quoted field.');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

const HEADER = ['issue', 'severity', 'confidence', 'filename', 'location', 'sample'];

/** Reads Electronegativity's CSV report. Anything unexpected throws rather than passing. */
export function parseFindings(text: string): Finding[] {
  const [header, ...rows] = parseCsvRows(text);
  const names = (header ?? []).map((h) => h.trim().toLowerCase());
  if (HEADER.some((name, i) => names[i] !== name))
    throw new Error(`Not an Electronegativity CSV report (header: ${names.join(', ')}).`);
  return rows.map((fields, n) => {
    const [check = '', severity = '', confidence = '', file = '', location = '', sample = ''] =
      fields.map((f) => f.trim());
    if (!/^[A-Z0-9_]+$/.test(check)) throw new Error(`Row ${n + 2}: no check ID in "${check}".`);
    if (!(SEVERITIES as readonly string[]).includes(severity))
      throw new Error(`Row ${n + 2}: unknown severity "${severity}".`);
    return { check, severity: severity as Severity, confidence, file, location, sample };
  });
}

/** One allowance a line: `CHECK_ID  file  reason`; blank lines and `#` comments are skipped. */
export function parseAllowList(text: string): Allowance[] {
  const allowances: Allowance[] = [];
  text.split(/\r?\n/).forEach((raw, n) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const match = /^(\S+)\s+(\S+)\s+(.+)$/.exec(line);
    if (!match || match[3]!.trim().length < 10)
      throw new Error(`Allow-list line ${n + 1} needs a check ID, a file and a reason: "${line}"`);
    allowances.push({ check: match[1]!, file: match[2]!, reason: match[3]!.trim() });
  });
  return allowances;
}

/**
 * Every finding must be explained by an allowance (check and file; lines move, so they are not
 * part of the key), and every allowance must still match a finding, so the list cannot go stale
 * and quietly excuse a new finding later.
 */
export function unexplained(findings: Finding[], allowances: Allowance[]): string[] {
  const problems: string[] = [];
  for (const f of findings) {
    if (!allowances.some((a) => a.check === f.check && a.file === f.file))
      problems.push(`${f.severity} ${f.check} in ${f.file}:${f.location}: ${f.sample}`);
  }
  for (const a of allowances) {
    if (!findings.some((f) => a.check === f.check && a.file === f.file))
      problems.push(`the allow-list excuses ${a.check} in ${a.file}, which is no longer found`);
  }
  return problems;
}

function electronVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  const version = pkg.devDependencies['electron'];
  if (!version || !/^\d+\.\d+\.\d+$/.test(version))
    throw new Error('package.json must pin electron to an exact version.');
  return version;
}

interface ScanResult {
  issues: unknown[];
  errors: Array<{ file: string; message: string; tolerable: boolean }>;
}

type Runner = (options: Record<string, unknown>, forCli: boolean) => Promise<ScanResult>;

/**
 * Runs the scanner over electron/ and returns its CSV report. It is driven as a library rather
 * than through its CLI because, when writing a file, the CLI prints nothing: not the files it
 * failed to parse (which are then missing from the report), nor how many findings it wrote.
 * The report is written by two fs.writeFile calls nobody waits for, the header (flag 'w') and
 * the rows (flag 'a'): now and then the rows land first and the header then overwrites the
 * start of the first row. Such a report never comes right, so the scan is run again.
 */
async function scan(): Promise<string> {
  const attempts = 3;
  let last = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const report = await scanOnce();
    if (report.complete) return report.text;
    last = report.text;
  }
  throw new Error(`${attempts} scans wrote a CSV report without all their findings:\n${last}`);
}

async function scanOnce(): Promise<{ complete: boolean; text: string }> {
  const dist = path.join(ROOT, 'node_modules/@doyensec/electronegativity/dist');
  const require = createRequire(import.meta.url);
  // Installs the global `__` its messages use (it tries to fetch translations, then falls back).
  await (require(path.join(dist, 'locales/i18n.js')) as () => Promise<void>)();
  const run = require(path.join(dist, 'runner.js')) as Runner;
  const dir = mkdtempSync(path.join(tmpdir(), 'parallax-electronegativity-'));
  try {
    const csv = path.join(dir, 'electronegativity.csv');
    const result = await run(
      {
        input: path.join(ROOT, 'electron'),
        output: csv,
        isSarif: false,
        isRelative: true,
        isVerbose: false,
        customScan: [],
        excludeFromScan: EXCLUDED_CHECKS,
        // The folder has no package.json to read the version from.
        electronVersionOverride: electronVersion(),
        parserPlugins: [],
      },
      false,
    );
    const broken = result.errors.filter((e) => !e.tolerable);
    if (broken.length > 0)
      throw new Error(
        `Electronegativity could not parse: ${broken.map((e) => `${e.file}: ${e.message}`).join('; ')}`,
      );
    // Wait for both writes; a report that still lacks rows after that was written out of order.
    const deadline = Date.now() + 5_000;
    let text = '';
    while (Date.now() < deadline) {
      try {
        text = readFileSync(csv, 'utf8');
        if (parseFindings(text).length === result.issues.length) return { complete: true, text };
      } catch {
        // Not written yet, or written halfway.
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return { complete: false, text };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const csvPath = process.argv[2];
  const findings = parseFindings(csvPath ? readFileSync(csvPath, 'utf8') : await scan());
  const problems = unexplained(findings, parseAllowList(readFileSync(ALLOW_LIST_PATH, 'utf8')));
  if (problems.length > 0) {
    console.error(`Electronegativity: ${problems.length} problem(s) (see ${ALLOW_LIST_PATH}):`);
    for (const p of problems) console.error(`  - ${p}`);
    process.exit(1);
  }
  console.log(
    `Electronegativity: ${findings.length} finding(s), each explained in the allow-list.`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
