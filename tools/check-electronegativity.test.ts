import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ALLOW_LIST_PATH,
  parseAllowList,
  parseCsvRows,
  parseFindings,
  unexplained,
} from './check-electronegativity';

/** The shape Electronegativity 1.10 writes: unquoted ID and URL, the rest quoted, "" inside. */
const SAMPLE = [
  'issue, severity, confidence, filename, location, sample, description, url',
  'CSP_GLOBAL_CHECK,"LOW","TENTATIVE","app-protocol.ts","53:6",N/A,"Failed to parse CSP, it may not be valid.",https://github.com/doyensec/electronegativity/wiki/CSP_GLOBAL_CHECK',
  'OPEN_EXTERNAL_JS_CHECK,"MEDIUM","TENTATIVE","security.ts","21:57","if (ok) await shell.openExternal(""https://a, b"");","Review the use of openExternal",https://github.com/doyensec/electronegativity/wiki/OPEN_EXTERNAL_JS_CHECK',
  '',
].join('\n');

describe('parsing the CSV report', () => {
  it('reads quoted fields with commas and doubled quotes', () => {
    expect(parseFindings(SAMPLE)).toEqual([
      {
        check: 'CSP_GLOBAL_CHECK',
        severity: 'LOW',
        confidence: 'TENTATIVE',
        file: 'app-protocol.ts',
        location: '53:6',
        sample: 'N/A',
      },
      {
        check: 'OPEN_EXTERNAL_JS_CHECK',
        severity: 'MEDIUM',
        confidence: 'TENTATIVE',
        file: 'security.ts',
        location: '21:57',
        sample: 'if (ok) await shell.openExternal("https://a, b");',
      },
    ]);
  });

  it('reads a report with no findings, and CRLF line ends', () => {
    expect(parseFindings(`${SAMPLE.split('\n')[0]}\r\n`)).toEqual([]);
    expect(parseFindings(SAMPLE.replaceAll('\n', '\r\n'))).toHaveLength(2);
  });

  it('refuses what it does not understand instead of passing it', () => {
    expect(() => parseFindings('')).toThrow(/Not an Electronegativity CSV/);
    expect(() => parseFindings('a,b,c\n1,2,3\n')).toThrow(/Not an Electronegativity CSV/);
    expect(() => parseFindings(SAMPLE.replace('"MEDIUM"', '"SEVERE"'))).toThrow(/severity/);
    expect(() => parseCsvRows('a,"b\n')).toThrow(/quoted field/);
  });
});

describe('the allow-list', () => {
  const findings = parseFindings(SAMPLE);

  it('passes when every finding is explained, and names each one that is not', () => {
    const both = parseAllowList(
      '# comment\n\nCSP_GLOBAL_CHECK app-protocol.ts the policy is tested elsewhere\n' +
        'OPEN_EXTERNAL_JS_CHECK security.ts only http(s), after the user confirms\n',
    );
    expect(unexplained(findings, both)).toEqual([]);
    expect(unexplained(findings, both.slice(0, 1))).toEqual([
      expect.stringMatching(/^MEDIUM OPEN_EXTERNAL_JS_CHECK in security.ts:21:57/),
    ]);
  });

  it('keys on check and file: the same check elsewhere is not excused', () => {
    const other = parseAllowList('OPEN_EXTERNAL_JS_CHECK menu.ts a reason long enough\n');
    const problems = unexplained(findings.slice(1), other);
    expect(problems).toHaveLength(2);
    expect(problems[1]).toMatch(/no longer found/);
  });

  it('needs a reason on every line', () => {
    expect(() => parseAllowList('CSP_GLOBAL_CHECK app-protocol.ts\n')).toThrow(/reason/);
    expect(() => parseAllowList('CSP_GLOBAL_CHECK app-protocol.ts ok\n')).toThrow(/reason/);
  });

  it("the project's own list parses", () => {
    const own = parseAllowList(readFileSync(ALLOW_LIST_PATH, 'utf8'));
    expect(own.length).toBeGreaterThan(0);
    for (const a of own) expect(a.check).toMatch(/^[A-Z_]+_CHECK$/);
  });
});
