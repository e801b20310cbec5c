import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/**
 * axe-core on what the page shows now (or on one part of it). Serious and critical violations
 * fail the test; minor and moderate ones are attached for a human to judge.
 */
export async function expectNoSeriousAxeViolations(
  page: Page,
  screen: string,
  scope: {
    /** Only this part of the page (a CSS selector). */
    include?: string;
    /** Left out, e.g. the report builder's preview: a sandboxed frame where no script, axe's
     * included, may run (injecting it there only logs refusals and can stall axe). */
    exclude?: string;
  } = {},
): Promise<void> {
  const builder = new AxeBuilder({ page });
  if (scope.include) builder.include(scope.include);
  if (scope.exclude) builder.exclude(scope.exclude);
  const results = await builder.analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  const describe = (v: (typeof results.violations)[number]) =>
    `${v.impact} ${v.id}: ${v.help}\n${v.nodes
      .slice(0, 10)
      .map(
        (n) =>
          `    ${n.target.join(' ')}  ${n.failureSummary?.split('\n').slice(1).join(' ') ?? ''}`,
      )
      .join('\n')}`;
  const lesser = results.violations.filter((v) => !serious.includes(v));
  if (lesser.length > 0) {
    await test.info().attach(`axe: minor findings on ${screen}`, {
      body: lesser.map(describe).join('\n'),
      contentType: 'text/plain',
    });
  }
  expect(serious.map(describe), `serious or critical axe findings on ${screen}`).toEqual([]);
}
