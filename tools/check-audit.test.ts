import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AUDIT_ALLOW_PATH,
  parseAuditAllowList,
  readAuditOutput,
  unexplainedAdvisories,
} from './check-audit';

/** `npm audit --json` (npm 11) for one advisory reached through a dependent package. */
const REPORT = JSON.stringify({
  auditReportVersion: 2,
  vulnerabilities: {
    'node-fetch': {
      name: 'node-fetch',
      severity: 'high',
      isDirect: false,
      via: [
        {
          source: 1064646,
          name: 'node-fetch',
          title: 'node-fetch is vulnerable to Exposure of Sensitive Information',
          url: 'https://github.com/advisories/GHSA-r683-j2x4-v87g',
          severity: 'high',
          range: '<2.6.7',
        },
      ],
      effects: ['some-client'],
      range: '<2.6.7',
      nodes: ['node_modules/node-fetch'],
      fixAvailable: true,
    },
    'some-client': {
      name: 'some-client',
      severity: 'high',
      isDirect: true,
      via: ['node-fetch'],
      effects: [],
      range: '1.0.0 - 1.2.0',
      nodes: ['node_modules/some-client'],
      fixAvailable: true,
    },
  },
  metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 2, critical: 0, total: 2 } },
});

/** What npm 11 prints when the registry does not serve the advisory endpoint (here: 405). */
const REFUSED = JSON.stringify({
  message:
    '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  method: 'POST',
  statusCode: 405,
  body: '',
  error: { summary: '', detail: '' },
});

describe('reading npm audit output', () => {
  it('lists each vulnerable package with its advisories or the package it comes through', () => {
    expect(readAuditOutput(REPORT)).toEqual({
      kind: 'report',
      advisories: [
        {
          name: 'node-fetch',
          severity: 'high',
          via: ['node-fetch is vulnerable to Exposure of Sensitive Information'],
        },
        { name: 'some-client', severity: 'high', via: ['node-fetch'] },
      ],
    });
  });

  it('tells a registry that cannot audit apart from a clean report', () => {
    expect(readAuditOutput(REFUSED)).toEqual({
      kind: 'unavailable',
      reason: expect.stringContaining('405 Method Not Allowed'),
    });
    expect(readAuditOutput('npm ERR! network')).toMatchObject({ kind: 'unavailable' });
    const clean = JSON.stringify({ auditReportVersion: 2, vulnerabilities: {} });
    expect(readAuditOutput(clean)).toEqual({ kind: 'report', advisories: [] });
    expect(() => readAuditOutput(JSON.stringify({ auditReportVersion: 3 }))).toThrow(/version 3/);
  });
});

describe('explaining advisories', () => {
  it('fails on an advisory nobody explained, and on an allowance that excuses nothing', () => {
    const outcome = readAuditOutput(REPORT);
    if (outcome.kind !== 'report') throw new Error('expected a report');
    const allowed = parseAuditAllowList(
      'node-fetch  only used by the bench, never with credentials\nleft-pad  removed long ago, kept by mistake\n',
    );
    expect(unexplainedAdvisories(outcome.advisories, allowed)).toEqual([
      'high some-client: node-fetch',
      'the allow-list excuses left-pad, which no advisory names any more',
    ]);
  });

  it('refuses an allowance without a reason; the project’s list parses', () => {
    expect(() => parseAuditAllowList('node-fetch\n')).toThrow(/package and a reason/);
    expect(parseAuditAllowList(readFileSync(AUDIT_ALLOW_PATH, 'utf8'))).toBeInstanceOf(Map);
  });

  it('the command exits 1 on a saved report with an unexplained advisory, 0 on a clean one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-audit-'));
    try {
      const allowList = join(dir, 'allow.txt');
      writeFileSync(allowList, '# nothing excused\n');
      const run = (report: string, list = allowList) => {
        const file = join(dir, 'audit.json');
        writeFileSync(file, report);
        return spawnSync('npx', ['tsx', 'tools/check-audit.ts', file, list], { encoding: 'utf8' });
      };
      const failing = run(REPORT);
      expect(failing.status).toBe(1);
      expect(failing.stderr).toContain('high node-fetch');
      const clean = run(JSON.stringify({ auditReportVersion: 2, vulnerabilities: {} }));
      expect(clean.stdout).toContain('0 advisory(ies)');
      expect(clean.status).toBe(0);

      // The project's own list explains the pdf.js advisory it names.
      const pdfjs = JSON.stringify({
        auditReportVersion: 2,
        vulnerabilities: {
          'pdfjs-dist': {
            name: 'pdfjs-dist',
            severity: 'high',
            via: [{ title: 'PDF.js runs JavaScript' }],
          },
        },
      });
      expect(run(pdfjs, AUDIT_ALLOW_PATH).status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
