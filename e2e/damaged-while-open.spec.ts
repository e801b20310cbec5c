import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BACKGROUND_CHECK_FROM_BYTES } from '../db/open-checking-later';
import { garbleLaterPages } from '../db/test/damage';
import { fillWithStatements, sha256File as sha256 } from '../db/test/fixtures';
import { createWorkspace } from '../db/workspace';
import { expect, test } from './fixtures';

/** A workspace just over the size whose integrity check runs after it opens. */
function largeWorkspace(path: string): number {
  const ws = createWorkspace(path);
  let statements = 0;
  while (statSync(path).size < BACKGROUND_CHECK_FROM_BYTES) {
    fillWithStatements(ws.db, 5000);
    statements += 5000;
    ws.db.pragma('wal_checkpoint(TRUNCATE)');
  }
  ws.close();
  return statements;
}

test.describe('a large workspace found damaged after it opened', () => {
  test.use({ opening: 'start-screen' });

  test('is closed by its background check, and the next step offers its last good backup', async ({
    app,
    start,
    workbench,
  }) => {
    test.setTimeout(120_000);
    const { page } = app;
    const file = join(app.dir, 'Archive.parallax');
    const statements = largeWorkspace(file);
    const open = () => start.openWorkspaceFile(file);

    // Healthy: opened, checked in the background, backed up, closed.
    await open();
    await expect(workbench.count('Statements')).toHaveText(statements.toLocaleString('en'));
    const backups = `${file}.backups`;
    await expect
      .poll(() => (existsSync(backups) ? readdirSync(backups) : []), { timeout: 30_000 })
      .toHaveLength(1);
    await workbench.closeButton.click();
    await start.expectShown();

    // Damaged where only a check of every page looks: it still opens at once...
    garbleLaterPages(file);
    const damaged = sha256(file);
    await open();
    await expect(page.locator('body')).toHaveAttribute('data-ready', 'workbench');

    // ...and its check, on a worker thread, finds the damage and closes it: the connection's
    // -wal goes with it. (That a change made before then waits for the check, and is never
    // written, is core/session-background-check.test.ts's to prove: here the race is the
    // machine's.)
    await expect.poll(() => existsSync(`${file}-wal`), { timeout: 30_000 }).toBe(false);

    // The next call to the closed workspace (a view loading in the background, or the
    // researcher's next step) brings the offer of the backup.
    const offer = page.getByRole('dialog', { name: 'This workspace is damaged' });
    const actors = page.getByRole('navigation', { name: 'Library' }).getByRole('button', {
      name: /^Actors/,
    });
    await expect(offer.or(actors)).toBeVisible();
    if (!(await offer.isVisible())) await actors.click({ timeout: 5000 }).catch(() => {});
    await expect(offer).toContainText('Archive.parallax cannot be opened');
    await expect(offer.getByRole('button', { name: /^Restore the backup from / })).toBeVisible();
    await expect(page.locator('body')).toHaveAttribute('data-ready', 'start');
    // The offer tells it; the error is not repeated in a notice beside it.
    await expect(page.getByText(/closed it without writing/)).toHaveCount(0);
    expect(sha256(file)).toBe(damaged);
    await page.screenshot({ path: test.info().outputPath('damaged-while-open.png') });
  });
});
