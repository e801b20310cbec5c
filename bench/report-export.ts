/**
 * `npm run bench -- report-export [--runs N] [--json] [--keep]`: the Kirkuk sample's PDF report
 * exported end to end, as a researcher gets it:
 * - cli: `parallax report FILE --all --format pdf --out PATH` as a child process, from spawn to
 *   exit (Node start, opening and checking the workspace, the model, Chromium printing, the write);
 * - host: `exportReport` (format pdf, scope everything) over HTTP to a running `parallax serve`,
 *   from request to the last byte of the answer (the PDF travels base64 in JSON, as the UI gets
 *   it). The host is started once; its start is reported apart.
 * Reported: first run and median of each, and the PDF's pages and bytes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { pdfPages } from '../core/report/pdf/pdf-text';
import { parseBenchArgs } from './args';
import { startHost } from './host';

const USAGE = 'Usage: npm run bench -- report-export [--runs N] [--json] [--keep]';
const REPO = fileURLToPath(new URL('../', import.meta.url));
const CLI = join(REPO, 'cli/bin/parallax.js');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const round = (ms: number) => Math.round(ms);

function cli(args: string[]): void {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: REPO, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`parallax ${args[0]} failed: ${run.stderr}`);
}

export async function main(args: string[]): Promise<number> {
  const parsed = parseBenchArgs(args, { usage: USAGE, statements: 0, runs: 5 });
  if (typeof parsed === 'number') return parsed;
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-export-'));
  try {
    const file = join(dir, 'kirkuk.parallax');
    cli(['sample', file]);

    const cliMs: number[] = [];
    let pdf = new Uint8Array();
    for (let i = 0; i < parsed.runs; i++) {
      const out = join(dir, `cli-${i}.pdf`);
      const started = performance.now();
      cli([
        'report',
        file,
        '--all',
        '--format',
        'pdf',
        '--out',
        out,
        '--title',
        'Kirkuk, October 2017',
      ]);
      cliMs.push(performance.now() - started);
      pdf = readFileSync(out);
      process.stderr.write(`cli run ${i + 1}: ${round(cliMs[i]!)} ms\n`);
    }

    const host = await startHost(file, { ...process.env, PARALLAX_HOME: join(dir, 'home') });
    const hostMs: number[] = [];
    try {
      const { origin, searchParams } = new URL(host.url);
      const token = searchParams.get('token')!;
      for (let i = 0; i < parsed.runs; i++) {
        const started = performance.now();
        const res = await fetch(`${origin}/api/exportReport`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-parallax-token': token },
          body: JSON.stringify({
            scope: { kind: 'all' },
            title: 'Kirkuk, October 2017',
            format: 'pdf',
          }),
        });
        const body = (await res.json()) as {
          result?: { contentBase64: string };
          error?: { message: string };
        };
        hostMs.push(performance.now() - started);
        if (!res.ok || !body.result) throw new Error(`exportReport failed: ${body.error?.message}`);
        process.stderr.write(`host run ${i + 1}: ${round(hostMs[i]!)} ms\n`);
      }
    } finally {
      await host.stop();
    }

    const result = {
      benchmark: 'report-export',
      report: 'Kirkuk sample, everything, PDF',
      runs: parsed.runs,
      pages: pdfPages(pdf, dir),
      pdf_bytes: pdf.byteLength,
      cli_first_ms: round(cliMs[0]!),
      cli_median_ms: round(median(cliMs)),
      host_start_ms: round(host.startMs),
      host_first_ms: round(hostMs[0]!),
      host_median_ms: round(median(hostMs)),
      load_average: loadavg()[0]!.toFixed(2),
    };
    console.log(parsed.json ? JSON.stringify(result) : JSON.stringify(result, null, 2));
    return 0;
  } finally {
    if (parsed.keep) process.stderr.write(`kept ${dir}\n`);
    else rmSync(dir, { recursive: true, force: true });
  }
}
