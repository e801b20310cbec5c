import { expect, test } from './fixtures';

test('Ctrl+Z undoes the last change and Ctrl+Shift+Z redoes it, outside text fields', async ({
  statements,
  workbench,
}) => {
  await statements.add({
    speaker: 'Ryan Dillon',
    text: 'We do not have reports of PMF units in Kirkuk',
    date: '2017-10-17',
  });
  await expect(statements.rows).toHaveCount(1);
  await expect(workbench.undoButton).toHaveAccessibleName(/^Undo .+/); // says what it would undo

  // In a text field, Ctrl+Z is the field's own undo and the workspace is untouched.
  await statements.searchBox.focus();
  await workbench.pressUndo();
  await expect(statements.rows).toHaveCount(1);

  // With the focus on the list, it undoes the last change: adding the statement.
  await statements.list.focus();
  await workbench.pressUndo();
  await expect(workbench.message(/^Undone/)).toBeVisible();
  await expect(statements.page.getByText('No statements yet')).toBeVisible();
  await expect(workbench.count('Statements')).toHaveText('0');
  await expect(workbench.redoButton).toBeEnabled();

  await statements.page.locator('body').press('ControlOrMeta+Shift+z'); // focus is nowhere in particular now
  await expect(workbench.message(/^Redone/)).toBeVisible();
  await expect(statements.rows).toHaveCount(1);
  await expect(statements.row('Ryan Dillon')).toContainText(
    'We do not have reports of PMF units in Kirkuk',
  );
  await expect(workbench.count('Statements')).toHaveText('1');
});

test('the toolbar undo and redo buttons undo an edit and redo it', async ({
  statements,
  workbench,
}) => {
  await statements.add({
    speaker: 'Ryan Dillon',
    text: 'We do not have reports',
    date: '2017-10-17',
  });
  await statements
    .field('Words quoted')
    .fill('We do not have reports of PMF units in and around the Kirkuk area');
  await statements.saveChanges();
  await expect(statements.row('Ryan Dillon')).toContainText('in and around the Kirkuk area');

  await workbench.undoButton.click();
  await expect(statements.row('Ryan Dillon')).toHaveText(/“We do not have reports”/);
  await expect(statements.field('Words quoted')).toHaveValue('We do not have reports');

  await workbench.redoButton.click();
  await expect(statements.row('Ryan Dillon')).toContainText('in and around the Kirkuk area');
  await expect(statements.field('Words quoted')).toHaveValue(
    'We do not have reports of PMF units in and around the Kirkuk area',
  );
  await expect(workbench.redoButton).toBeDisabled();

  // Undo all the way back to the empty workspace: the statement, then its new speaker.
  await workbench.undoButton.click();
  await workbench.undoButton.click();
  await expect(statements.page.getByText('No statements yet')).toBeVisible();
  await workbench.undoButton.click();
  await expect(workbench.count('Actors')).toHaveText('0');
  await expect(workbench.undoButton).toBeDisabled();
});
