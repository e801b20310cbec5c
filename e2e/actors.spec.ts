import { expect, test } from './fixtures';

test('a researcher records an organisation and its spokesman under two names', async ({
  actors,
  statements,
  workbench,
}) => {
  await actors.open();
  await actors.add('U.S.-led coalition', 'Organisation');
  await actors.add('Ryan Dillon', 'Person');

  await actors.addAlias('Col. Ryan Dillon');
  await actors.addMembership('U.S.-led coalition', 'spokesman');

  await expect(actors.memberships.getByRole('row', { name: /U\.S\.-led coalition/ })).toContainText(
    'spokesman',
  );
  await expect(actors.row('Ryan Dillon')).toContainText('Also: Col. Ryan Dillon');
  await expect(workbench.count('Actors')).toHaveText('2');

  // The organisation lists its member.
  await actors.select('U.S.-led coalition');
  await expect(actors.memberships).toContainText('Members: Ryan Dillon (spokesman)');

  // A statement recorded under the alias goes to the same actor, who holds that role.
  await statements.open();
  await statements.add({
    speaker: 'Col. Ryan Dillon',
    text: 'We do not have reports of PMF units in and around the Kirkuk area.',
    date: '2017-10-17',
  });
  await expect(statements.editor.getByRole('heading', { level: 2 })).toHaveText('Ryan Dillon');
  await expect(statements.editor).toContainText('spokesman, U.S.-led coalition at the time');
  await expect(workbench.count('Actors')).toHaveText('2');
});
