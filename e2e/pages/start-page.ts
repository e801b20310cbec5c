import { expect, type Locator, type Page } from '@playwright/test';
import { basename, join } from 'node:path';
import type { ParallaxApp } from '../fixtures';

/** The first screen: new workspace, open one, recent ones, the Kirkuk sample. */
export class StartPage {
  readonly page: Page;
  readonly newWorkspaceButton: Locator;
  readonly openWorkspaceButton: Locator;
  readonly sampleButton: Locator;
  readonly recent: Locator;
  /** The browser host's folder dialog for a new workspace. */
  readonly newWorkspaceDialog: Locator;

  constructor(private readonly app: ParallaxApp) {
    this.page = app.page;
    this.newWorkspaceButton = this.page.getByRole('button', { name: 'New workspace…' });
    this.openWorkspaceButton = this.page.getByRole('button', { name: 'Open workspace…' });
    this.sampleButton = this.page.getByRole('button', { name: 'Open the Kirkuk sample' });
    this.recent = this.page.getByRole('complementary', { name: 'Recent' });
    this.newWorkspaceDialog = this.page.getByRole('dialog', { name: 'New workspace' });
  }

  async expectShown(): Promise<void> {
    await expect(this.page.locator('body')).toHaveAttribute('data-ready', 'start');
    await expect(this.page.getByRole('heading', { name: 'Parallax', level: 1 })).toBeVisible();
  }

  /**
   * Creates a workspace called `name` in the home folder: the browser host's folder dialog, or
   * in Electron the native save dialog (stubbed in the main process). Returns the file's path.
   */
  async createWorkspace(name: string): Promise<string> {
    const file = join(this.app.dir, `${name}.parallax`);
    if (this.app.electron) {
      await this.app.electron.evaluate(({ dialog }, filePath) => {
        dialog.showSaveDialog = (async () => ({
          canceled: false,
          filePath,
        })) as typeof dialog.showSaveDialog;
      }, file);
      await this.newWorkspaceButton.click();
    } else {
      await this.openNewWorkspaceDialog();
      await this.newWorkspaceDialog.getByLabel('Name').fill(name);
      await this.newWorkspaceDialog.getByRole('button', { name: 'Create' }).click();
    }
    await expect(this.page.locator('body')).toHaveAttribute('data-ready', 'workbench');
    return file;
  }

  /**
   * Opens the workspace at `file`, in the home folder, as a researcher would: the browser host's
   * folder dialog, or in Electron the native open dialog (stubbed in the main process).
   */
  async openWorkspaceFile(file: string): Promise<void> {
    if (this.app.electron) {
      await this.app.electron.evaluate(({ dialog }, filePath) => {
        dialog.showOpenDialog = (async () => ({
          canceled: false,
          filePaths: [filePath],
        })) as typeof dialog.showOpenDialog;
      }, file);
      await this.openWorkspaceButton.click();
      return;
    }
    await this.openWorkspaceButton.click();
    const chooser = this.page.getByRole('dialog', { name: 'Open a workspace' });
    await chooser.getByRole('option', { name: basename(file), exact: true }).click();
    await chooser.getByRole('button', { name: 'Open' }).click();
  }

  /** Browser host only: the folder dialog, showing the home folder. */
  async openNewWorkspaceDialog(): Promise<void> {
    await this.newWorkspaceButton.click();
    await expect(this.newWorkspaceDialog).toBeVisible();
    await expect(this.newWorkspaceDialog.locator('.folder-path')).toHaveText(this.app.dir);
  }

  async openSample(): Promise<void> {
    await this.sampleButton.click();
    await expect(this.page.locator('body')).toHaveAttribute('data-ready', 'workbench');
  }
}
