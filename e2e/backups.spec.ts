import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { garbleMiddlePages } from '../db/test/damage';
import { expect, test } from './fixtures';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const CLI = join(REPO, 'cli/bin/parallax.js');
const DOCS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
/** As in screenshots.spec.ts: docs/screenshots/ is rewritten only when asked. */
const writeDocs = !!process.env.PARALLAX_SCREENSHOTS;

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

test.describe('automatic backups', () => {
  test.use({ opening: 'start-screen' });

  test('a damaged workspace is left alone and its last good backup is offered and restored', async ({
    app,
    start,
    workbench,
  }) => {
    const { page } = app;
    const file = join(app.dir, 'Kirkuk.parallax');
    await promisify(execFile)(process.execPath, [CLI, 'sample', file], { cwd: REPO });

    // Opening it once puts it in the recent list and backs it up.
    await start.openWorkspaceFile(file);
    await expect(workbench.count('Statements')).toHaveText('13');
    await workbench.closeButton.click();
    await start.expectShown();
    expect(readdirSync(`${file}.backups`)).toHaveLength(1);

    garbleMiddlePages(file);
    const damaged = sha256(file);
    const beside = readdirSync(app.dir).sort();

    await start.recent.getByRole('button', { name: /Kirkuk/ }).click();
    const offer = page.getByRole('dialog', { name: 'This workspace is damaged' });
    await expect(offer).toContainText('Kirkuk.parallax cannot be opened');
    await expect(offer).toContainText('Parallax has not changed it');
    const restore = offer.getByRole('button', { name: /^Restore the backup from \d+ \w+ \d{4}/ });
    await expect(restore).toBeVisible();

    // Nothing was written: the same bytes, and no -wal/-shm (or anything else) beside the file.
    expect(sha256(file)).toBe(damaged);
    expect(readdirSync(app.dir).sort()).toEqual(beside);

    await page.mouse.move(0, 0);
    const dir = writeDocs ? DOCS : test.info().outputPath();
    mkdirSync(dir, { recursive: true });
    await page.screenshot({
      path: join(dir, 'restore.png'),
      animations: 'disabled',
      caret: 'hide',
    });

    await restore.click();
    await expect(page.locator('body')).toHaveAttribute('data-ready', 'workbench');
    await expect(workbench.count('Statements')).toHaveText('13');
    await expect(page.getByText(/^Restored the backup from /)).toBeVisible();
    const aside = readdirSync(app.dir).find((name) => name.includes('.before-restore-'));
    expect(aside).toMatch(/^Kirkuk\.parallax\.before-restore-.+Z\.parallax$/);
    expect(sha256(join(app.dir, aside!))).toBe(damaged);
    expect(existsSync(file)).toBe(true);
  });

  test.describe('from the open workspace', () => {
    test.use({ opening: 'empty-workspace' });

    test('"Restore from a backup…" lists the backups and puts the chosen one back', async ({
      app,
      workbench,
    }) => {
      const { page } = app;
      const file = app.workspaceFile!;
      await expect(workbench.count('Statements')).toHaveText('0');
      // Opening backed it up (in the background); that is the backup listed.
      await expect
        .poll(() => (existsSync(`${file}.backups`) ? readdirSync(`${file}.backups`) : []))
        .toHaveLength(1);
      await page.getByRole('button', { name: 'Restore from a backup…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Restore from a backup' });
      const choices = dialog.getByRole('radio');
      await expect(choices).toHaveCount(1);
      await expect(choices.first()).toBeChecked();
      await dialog.getByRole('button', { name: 'Restore', exact: true }).click();

      await expect(dialog).toBeHidden();
      await expect(page.getByText(/^Restored the backup from /)).toBeVisible();
      await expect(workbench.count('Statements')).toHaveText('0');
      const aside = readdirSync(app.dir).filter((name) => name.includes('.before-restore-'));
      expect(aside).toHaveLength(1);
      expect(existsSync(file)).toBe(true);
    });
  });
});
