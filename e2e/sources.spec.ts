import { expect, test } from './fixtures';

// Sources are typed or pasted in here. Importing a file (File → Import…, or dropping a .txt on
// the window) comes with a later issue; `parallax import` covers it on the command line today.

test('a researcher adds a source by pasting its text', async ({
  sources,
  statements,
  workbench,
}) => {
  await sources.open();
  await expect(sources.page.getByText('No sources yet')).toBeVisible();

  await sources.add({
    title: 'Department of Defense press briefing by Col. Dillon via teleconference',
    outlet: 'U.S. Department of Defense',
    text: 'COL. DILLON: We do not have reports of PMF units or the types of units that you mentioned in and around the Kirkuk area.',
  });

  await expect(sources.rows).toHaveCount(1);
  await expect(sources.row('press briefing by Col. Dillon')).toContainText(
    'U.S. Department of Defense · 0 statements',
  );
  await expect(sources.editor.getByRole('heading', { level: 2 })).toHaveText(
    'Department of Defense press briefing by Col. Dillon via teleconference',
  );
  await expect(workbench.count('Sources')).toHaveText('1');

  // The new source is there to cite when recording a statement.
  await statements.open();
  await statements.page.getByRole('button', { name: 'New statement' }).first().click();
  await expect(statements.field('Source').getByRole('option')).toHaveText([
    'No source',
    'Department of Defense press briefing by Col. Dillon via teleconference',
  ]);
});
