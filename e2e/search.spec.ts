import { expect, test } from './fixtures';

test.describe('in the Kirkuk sample', () => {
  test.use({ opening: 'start-screen' });

  test('searching shows the matching statements with the words highlighted', async ({
    start,
    statements,
  }) => {
    await start.openSample();
    await statements.search('governorate');

    await expect(statements.subtitle).toHaveText('1 matching “governorate”');
    await expect(statements.resultRows).toHaveCount(1);
    const hit = statements.resultRows.first();
    await expect(hit.locator('.row-primary')).toHaveText('PMF fighter (unnamed)');
    await expect(hit.locator('mark')).toHaveText(['governorate']);
    await expect(hit).toContainText('We are now inside the governorate’s building');

    // A result opens in the editor.
    await hit.click();
    await expect(statements.editor.getByRole('heading', { level: 2 })).toHaveText(
      'PMF fighter (unnamed)',
    );

    // Emptying the box brings the whole list back.
    await statements.searchBox.fill('');
    await expect(statements.subtitle).toHaveText('13 statements');
    await expect(statements.list).toBeVisible();
  });

  test('a search that finds nothing says what to try', async ({ start, statements }) => {
    await start.openSample();
    await statements.searchBox.fill('zeppelin');
    await expect(statements.page.getByText('No statements match')).toBeVisible();
    await expect(statements.subtitle).toHaveText('0 matching “zeppelin”');
  });
});

test('a Persian name is found by searching it, and shown in its own direction', async ({
  statements,
}) => {
  await statements.add({
    speaker: 'علی‌اکبر ولایتی',
    text: 'ایران هیچ نقشی در عملیات کرکوک نداشته است',
    date: '2017-10-21',
  });
  await statements.add({
    speaker: 'Heather Nauert',
    text: 'We continue to call for calm in Kirkuk',
    date: '2017-10-16',
  });

  // The list lays out Persian right to left beside English.
  const persian = statements.rowsBy('علی‌اکبر ولایتی');
  await expect(persian.locator('.row-primary')).toHaveAttribute('dir', 'auto');
  await expect(persian.locator('.row-text')).toHaveAttribute('dir', 'auto');
  const direction = (el: Element) => (el.matches(':dir(rtl)') ? 'rtl' : 'ltr');
  expect(await persian.locator('.row-text').evaluate(direction)).toBe('rtl');
  expect(await statements.rowsBy('Heather Nauert').locator('.row-text').evaluate(direction)).toBe(
    'ltr',
  );

  await statements.search('ولایتی');
  await expect(statements.subtitle).toHaveText('1 matching “ولایتی”');
  await expect(statements.resultRows).toHaveCount(1);
  const hit = statements.resultRows.first();
  await expect(hit.locator('.row-primary')).toHaveText('علی‌اکبر ولایتی');
  await expect(hit.locator('.row-primary')).toHaveAttribute('dir', 'auto');
  await expect(hit.locator('.row-text [dir="auto"]')).toContainText(
    'ایران هیچ نقشی در عملیات کرکوک',
  );
  expect(await hit.locator('.row-text [dir="auto"]').evaluate(direction)).toBe('rtl');
  await expect(statements.searchBox).toHaveAttribute('dir', 'auto');

  // A word of the Persian text is found too, and highlighted.
  await statements.search('کرکوک');
  await expect(statements.resultRows).toHaveCount(1);
  await expect(statements.resultRows.first().locator('mark')).toHaveText(['کرکوک']);
});
