/**
 * renderHtml's pages checked by the Nu Html Checker (vnu-jar, the W3C validator run locally on
 * Java): invalid markup is where escaping bugs and browser-dependent repairs hide.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildSample } from '../sample/build-sample';
import { useTempWorkspace } from '../test/temp-workspace';
import { XSS_PAYLOADS } from '../test/xss-payloads';
import { ReportRequest, type ReportRequestInput } from '../api/reports';
import { buildReport, renderHtml } from '.';

const VNU = fileURLToPath(
  new URL('../../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url),
);

function skipReason(): string | null {
  const java = spawnSync('java', ['-version'], { stdio: 'ignore' });
  if (java.error !== undefined || java.status !== 0)
    return '`java` is not installed (vnu needs it)';
  if (!existsSync(VNU)) return `${VNU} is missing (npm ci installs vnu-jar)`;
  return null;
}
const SKIP = skipReason();

interface VnuMessage {
  type: string;
  subType?: string;
  message: string;
  extract?: string;
  lastLine?: number;
  lastColumn?: number;
}

/** vnu's errors on `html` (warnings left out), each as "line:column message — extract". */
function vnuErrors(html: string, dir: string): string[] {
  const file = join(dir, 'report.html');
  writeFileSync(file, html);
  const run = spawnSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', file], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // vnu writes its JSON to stderr and exits 1 when it found errors
  const output = run.stderr.trim();
  if (!output.startsWith('{'))
    throw new Error(`vnu did not answer in JSON: ${output || run.error?.message}`);
  const { messages } = JSON.parse(output) as { messages: VnuMessage[] };
  return messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal' || m.type === 'non-document-error')
    .map(
      (m) =>
        `${m.lastLine ?? '?'}:${m.lastColumn ?? '?'} ${m.message} — ${JSON.stringify(m.extract ?? '')}`,
    );
}

/** Every comparison in the workspace, the request's other fields at their defaults. */
const everything = (fields: Omit<ReportRequestInput, 'scope'> = {}) =>
  ReportRequest.parse({ scope: { kind: 'all' }, ...fields });

const ws = useTempWorkspace();

describe.skipIf(SKIP !== null)(
  `renderHtml passes the Nu Html Checker${SKIP ? ` — skipped: ${SKIP}` : ''}`,
  () => {
    it('the sample report (both comparisons) has no errors', () => {
      buildSample(ws.client);
      const html = renderHtml(
        buildReport(ws.client, everything({ title: 'Kirkuk', author: 'A. Researcher' })),
      );
      const errors = vnuErrors(html, ws.dir);
      expect(errors, `vnu errors:\n${errors.join('\n')}`).toEqual([]);
    });

    it('a report full of injection payloads and Arabic text has no errors', () => {
      const c = ws.client;
      const arabic = c.createActor({ name: 'هادي العامري' });
      const ids = XSS_PAYLOADS.map((p, i) => {
        const source = c.createSource({
          title: `${p} #${i}`,
          outlet: p,
          url: 'https://example.org/a?b=1&c=2',
        });
        const speaker = i % 3 === 0 ? arabic : c.createActor({ name: `${p} @${i}` });
        const text = i % 3 === 0 ? `نحن داخل مبنى المحافظة ${p}` : p;
        return c.createStatement({
          speakerId: speaker.id,
          sourceId: source.id,
          text,
          role: p,
          language: i % 3 === 0 ? 'ar' : null,
        }).id;
      });
      for (let i = 0; i < ids.length; i += 4) {
        const chunk = ids.slice(i, i + 4);
        if (chunk.length === 1) chunk.unshift(ids[0]!);
        c.createComparison({
          title: XSS_PAYLOADS[i]!,
          statementIds: chunk,
          assessment: XSS_PAYLOADS.join('\n'),
        });
      }
      const html = renderHtml(
        buildReport(c, everything({ title: XSS_PAYLOADS[7], author: XSS_PAYLOADS[2] })),
      );
      // the page really holds the hostile text (escaped), so a clean result means something
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).toContain('هادي العامري');
      const errors = vnuErrors(html, ws.dir);
      expect(errors, `vnu errors:\n${errors.join('\n')}`).toEqual([]);
    });

    it('vnu does report an error when there is one', () => {
      const errors = vnuErrors(
        '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><p><div></p></body></html>',
        ws.dir,
      );
      expect(errors.length).toBeGreaterThan(0);
    });
  },
);
