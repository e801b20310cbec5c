import { AxeBuilder } from '@axe-core/playwright';
import type { Request } from '@playwright/test';
import { join } from 'node:path';
import { createService } from '../core/service/index';
import { createWorkspace } from '../db/workspace';
import { expect, test } from './fixtures';

/**
 * The statement filters' record pickers (renderer/src/ui/RecordPicker.tsx) in a workspace with
 * more speakers than any one page of the API holds: 1,200 named "Speaker 0001"… and, sorting
 * after all of them, a few more in Latin, Arabic and Persian script, and a few with aliases in
 * Arabic script.
 */
const FILLER = 1200;
const LATE = ['Zeynep Yıldız', 'حيدر العبادي', 'مسعود بارزاني', 'علی‌اکبر ولایتی'];

/** Builds the workspace through the service, as the app would record it (in under a second). */
function buildWorkspace(file: string): void {
  const workspace = createWorkspace(file);
  try {
    const service = createService(workspace, { author: 'e2e' });
    const id = (
      name: string,
      kind: 'person' | 'government' | 'armed_group' = 'person',
      aliases: string[] = [],
    ) => service.call('createActor', { name, kind, aliases }).id;
    const first = id('Speaker 0001');
    for (let i = 2; i <= FILLER; i++) id(`Speaker ${String(i).padStart(4, '0')}`);
    const [zeynep, abadi] = LATE.map((name) => id(name));
    id('Government of Iraq', 'government');
    id('Popular Mobilization Forces', 'armed_group', ['الحشد الشعبي', 'PMF']);
    id('Hadi al-Amiri', 'person', ['هادي العامري']);
    const say = (speakerId: string, text: string) =>
      service.call('createStatement', { speakerId, text, kind: 'quote' });
    say(first, 'The first of many speakers.');
    say(first, 'The first speaker, again.');
    say(zeynep!, 'Beyond the first thousand names.');
    say(abadi!, 'لا توجد قوات في كركوك');
    service.close();
  } finally {
    workspace.close();
  }
}

/** What each listActors call asked for, in order. */
function listActorsCalls(requests: Request[]): Array<Record<string, unknown>> {
  return requests
    .filter((r) => r.url().includes('/api/listActors'))
    .map((r) => JSON.parse(r.postData() ?? '{}') as Record<string, unknown>);
}

test.describe('record pickers', () => {
  test.use({ opening: 'start-screen' });

  test.beforeEach(async ({ app, start, statements }) => {
    const file = join(app.dir, 'Many speakers.parallax');
    buildWorkspace(file);
    await start.openWorkspaceFile(file);
    await expect(statements.subtitle).toHaveText('4 statements');
  });

  test('a speaker beyond the first 1,000 is found by typing and chosen with the keyboard alone', async ({
    app,
    statements,
  }) => {
    const { page } = app;
    const requests: Request[] = [];
    page.on('request', (r) => requests.push(r));
    const speaker = statements.picker('Speaker');
    const options = statements.pickerOptions('Speaker');
    await expect(speaker).toHaveAttribute('placeholder', 'Any speaker');
    await expect(speaker).toHaveValue('');

    // Tab to the picker from the search box; the list opens on the down arrow, alphabetical.
    await statements.searchBox.focus();
    for (let i = 0; i < 10; i++) {
      if (await speaker.evaluate((el) => el === document.activeElement)) break;
      await page.keyboard.press('Tab');
    }
    await expect(speaker).toBeFocused();
    await expect(speaker).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('ArrowDown');
    await expect(speaker).toHaveAttribute('aria-expanded', 'true');
    await expect(options).toHaveCount(21);
    await expect(options.nth(0)).toHaveText('Any speaker');
    await expect(options.nth(1)).toHaveText('Government of Iraq');
    await expect(options.nth(4)).toHaveText('Speaker 0001');
    await expect(options.nth(20)).toHaveText('Speaker 0017');
    await expect(statements.filters.getByText('First 20 of 1,207: type to narrow.')).toBeVisible();

    // Typing asks the API for the first 20 matches of what was typed.
    await page.keyboard.type('zey');
    await expect(options).toHaveText(['Zeynep Yıldız']);
    expect(listActorsCalls(requests)).toContainEqual({ query: 'zey', limit: 20 });
    expect(listActorsCalls(requests).every((call) => call.limit === 20)).toBe(true);
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await expect(speaker).toHaveAttribute(
      'aria-activedescendant',
      (await options.first().getAttribute('id'))!,
    );
    await page.keyboard.press('Enter');
    await expect(speaker).toHaveAttribute('aria-expanded', 'false');
    await expect(speaker).toHaveValue('Zeynep Yıldız');
    await expect(statements.subtitle).toHaveText('1 statement (filtered)');
    await expect(statements.rows).toHaveText([/Beyond the first thousand names/]);

    // Escape closes without changing the choice, and the name comes back.
    await page.keyboard.type('spea');
    await expect(options.first()).toHaveText('Speaker 0001');
    await page.keyboard.press('Escape');
    await expect(speaker).toHaveAttribute('aria-expanded', 'false');
    await expect(speaker).toHaveValue('Zeynep Yıldız');
    await expect(statements.subtitle).toHaveText('1 statement (filtered)');

    // The arrows wrap around the list; Enter on "Any speaker" clears the choice.
    await page.keyboard.press('ArrowDown');
    await expect(options).toHaveCount(21);
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true'); // Zeynep is not listed
    await page.keyboard.press('ArrowUp');
    await expect(options.nth(20)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(options.nth(0)).toHaveText('Any speaker');
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(speaker).toHaveValue('');
    await expect(speaker).toHaveAttribute('placeholder', 'Any speaker');
    await expect(statements.subtitle).toHaveText('4 statements');
  });

  test('names in Arabic script are found, shown right to left, and cleared with the button', async ({
    app,
    statements,
  }) => {
    const speaker = statements.picker('Speaker');
    const options = statements.pickerOptions('Speaker');
    await speaker.click();
    await speaker.fill('العبادي');
    await expect(options).toHaveText(['حيدر العبادي']);
    await expect(speaker).toHaveAttribute('dir', 'auto');
    await expect(options.first().locator('[dir="auto"]')).toHaveCount(1);
    await options.first().click();
    await expect(speaker).toHaveValue('حيدر العبادي');
    await expect(statements.subtitle).toHaveText('1 statement (filtered)');

    // A change to the workspace: the picker asks for the chosen record again, by id.
    const refetched = app.page.waitForRequest((r) => r.url().includes('/api/getActor'));
    await statements.select('لا توجد قوات');
    await statements.field('Venue').fill('Baghdad');
    await statements.saveChanges();
    await refetched;
    await expect(speaker).toHaveValue('حيدر العبادي');

    const clear = statements.filters.getByRole('button', { name: 'Clear speaker' });
    await clear.click();
    await expect(speaker).toHaveValue('');
    await expect(speaker).toHaveAttribute('placeholder', 'Any speaker');
    await expect(clear).toBeHidden();
    await expect(statements.subtitle).toHaveText('4 statements');
  });

  test('affiliation lists organisations only; a search with no match says so', async ({
    statements,
  }) => {
    const affiliation = statements.picker('Affiliation');
    await affiliation.click();
    await expect(statements.pickerOptions('Affiliation')).toHaveText([
      'Any affiliation',
      'Government of Iraq',
      'Popular Mobilization Forces',
    ]);
    await affiliation.fill('nobody by this name');
    await expect(statements.filters.getByRole('status')).toHaveText(
      'No organisations match “nobody by this name”.',
    );
    await expect(statements.pickerOptions('Affiliation')).toHaveCount(0);
  });

  test('the open picker passes axe, with names and aliases in both scripts', async ({
    app,
    statements,
  }) => {
    const speaker = statements.picker('Speaker');
    await speaker.click();
    await speaker.fill('ال');
    // A name in Latin script found by its alias in Arabic script shows the alias that matched.
    await expect(statements.pickerOptions('Speaker')).toHaveText([
      'Hadi al-Amiriهادي العامري',
      'Popular Mobilization Forcesالحشد الشعبي',
      'حيدر العبادي',
    ]);
    const results = await new AxeBuilder({ page: app.page }).include('.filters').analyze();
    expect(
      results.violations.map((v) => `${v.impact} ${v.id}: ${v.help}`),
      'axe findings on the open picker',
    ).toEqual([]);
    await app.page.screenshot({ path: test.info().outputPath('record-picker.png') });
  });
});
