import { join } from 'node:path';
import { createService } from '../core/service/index';
import { createWorkspace } from '../db/workspace';
import { expectNoSeriousAxeViolations } from './axe-check';
import { expect, test } from './fixtures';
import { shoot } from './shoot';

/**
 * A flip reads as a change of position on the conflict board: the earlier statement first, the
 * later second, each with its date, said in words under a badge a reader notices (the wording
 * through an organisation's members is core/api/flip-words.test.ts's). Other pairs keep the
 * affirming statement on the left.
 */
function flipWorkspace(file: string): void {
  const workspace = createWorkspace(file);
  try {
    const service = createService(workspace, { author: 'e2e' });
    const c = service.client;
    const actor = (name: string, kind: 'person' | 'government') =>
      c.createActor({ name, kind, aliases: [] }).id;
    const ministry = actor('Ministry of Water Works', 'government');
    const engineer = actor('Chief engineer Ilse Varga', 'person');
    const say = (speakerId: string, text: string, saidOn: string) =>
      c.createStatement({ speakerId, text, saidOn }).id;
    const gates = c.createProposition({ text: 'The dam gates were opened' }).id;
    const stance = (statementId: string, value: 'affirms' | 'denies') =>
      c.setStance({ statementId, propositionId: gates, stance: value });
    // Later first in the workspace, so the board must put them in the order they were said.
    stance(say(ministry, 'Two gates were opened for an hour.', '2021-03-10'), 'affirms');
    stance(say(ministry, 'No gate at the reservoir was touched.', '2021-03-04'), 'denies');
    stance(say(engineer, 'The sluice gates were opened at dawn.', '2021-03-02'), 'affirms');
    service.close();
  } finally {
    workspace.close();
  }
}

test.describe('a flip on the conflict board', () => {
  test.use({ opening: 'start-screen', viewport: { width: 1280, height: 800 } });

  test('reads earlier first, in words, with a badge', async ({ app, start }) => {
    const { page } = app;
    const file = join(app.dir, 'Dam.parallax');
    flipWorkspace(file);
    await start.openWorkspaceFile(file);
    await page.getByRole('button', { name: /^Conflicts/ }).click();
    await page.getByRole('checkbox', { name: 'Flips only' }).check();

    const flip = page.getByRole('list', { name: 'Opposed statements' }).getByRole('listitem');
    await expect(flip).toHaveCount(1);
    await expect(flip.locator('.flip-line')).toHaveText(
      'Flip Ministry of Water Works denied on 4 March 2021; affirmed on 10 March 2021',
    );
    const sides = flip.locator('.conflict-side');
    await expect(sides.nth(0)).toContainText('No gate at the reservoir was touched.');
    await expect(sides.nth(0)).toContainText('4 March 2021');
    await expect(sides.nth(1)).toContainText('Two gates were opened for an hour.');

    // Not a flip: the affirming statement stays on the left.
    await page.getByRole('checkbox', { name: 'Flips only' }).uncheck();
    const engineerPair = page
      .getByRole('listitem')
      .filter({ hasText: 'Chief engineer Ilse Varga' });
    await expect(engineerPair.locator('.flip-line')).toHaveCount(0);
    await expect(engineerPair.locator('.conflict-side').nth(0)).toContainText('Ilse Varga');
    await expectNoSeriousAxeViolations(page, 'the conflict board with a flip', {
      include: '.workbench',
    });
    await shoot(page, 'conflicts-flip');
  });
});
