import { expect, type Locator, type Page } from '@playwright/test';
import { WorkbenchPage } from './workbench-page';

export type ActorKindLabel =
  'Person' | 'Organisation' | 'Government' | 'Outlet' | 'Armed group' | 'Other';

/** Actors: people and organisations, their other names and their memberships. */
export class ActorsPage {
  readonly workbench: WorkbenchPage;
  readonly list: Locator;
  readonly rows: Locator;
  readonly details: Locator;
  readonly editor: Locator;
  readonly aliases: Locator;
  readonly memberships: Locator;

  constructor(readonly page: Page) {
    this.workbench = new WorkbenchPage(page);
    this.list = page.getByRole('listbox', { name: 'Actors' });
    this.rows = this.list.getByRole('option');
    this.details = page.getByRole('complementary', { name: 'Actors details' });
    this.editor = this.details.getByRole('form');
    this.aliases = this.editor.getByRole('region', { name: 'Also known as' });
    this.memberships = this.editor.getByRole('region', { name: 'Memberships' });
  }

  async open(): Promise<void> {
    await this.workbench.goTo('Actors');
  }

  row(text: string | RegExp): Locator {
    return this.rows.filter({ hasText: text });
  }

  /** New actor → name, kind → Add actor; the new actor stays open. */
  async add(name: string, kind: ActorKindLabel = 'Person'): Promise<void> {
    await this.page.getByRole('button', { name: 'New actor' }).click();
    const form = this.details.getByRole('form', { name: 'New actor' });
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Kind').selectOption({ label: kind });
    await form.getByRole('button', { name: 'Add actor' }).click();
    await expect(this.workbench.message('Actor added')).toBeVisible();
    await expect(this.details.getByRole('form', { name: 'Edit actor' })).toBeVisible();
  }

  async select(name: string | RegExp): Promise<void> {
    await this.row(name).click();
    await expect(this.row(name)).toHaveAttribute('aria-selected', 'true');
    await expect(this.details.getByRole('form', { name: 'Edit actor' })).toBeVisible();
  }

  /** The open actor's "Also known as": type a name, Add. */
  async addAlias(alias: string): Promise<void> {
    await this.aliases.getByLabel('New alias').fill(alias);
    await this.aliases.getByRole('button', { name: 'Add' }).click();
    await expect(this.aliases.locator('.chip', { hasText: alias })).toBeVisible();
  }

  /** The open actor's memberships: organisation, role → Add membership. */
  async addMembership(organisation: string, role: string): Promise<void> {
    await this.memberships.getByLabel('Organisation').selectOption({ label: organisation });
    await this.memberships.getByLabel('Role').fill(role);
    await this.memberships.getByRole('button', { name: 'Add membership' }).click();
    await expect(
      this.memberships.getByRole('row', { name: new RegExp(organisation) }),
    ).toBeVisible();
  }
}
