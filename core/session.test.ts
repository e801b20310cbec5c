import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppState, FolderListing } from './app-api';
import { ParallaxError } from './errors';
import { AppSession } from './session';

describe('AppSession', () => {
  let dir: string;
  let session: AppSession;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'parallax-session-'));
    session = new AppSession({ host: 'browser', dataDir: join(dir, 'data'), defaultFolder: dir });
  });
  afterEach(() => {
    session.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const call = <T>(method: string, input: unknown = {}) => session.call(method, input) as T;

  it('starts with no workspace and refuses workspace calls with no_workspace', () => {
    expect(call<AppState>('appState').workspace).toBeNull();
    expect(() => call('listStatements')).toThrow(expect.objectContaining({ code: 'no_workspace' }));
  });

  it('creates a workspace, adding the .parallax extension, and remembers it', () => {
    const state = call<AppState>('newWorkspace', { path: join(dir, 'Kirkuk research') });
    expect(state.workspace?.path).toBe(join(dir, 'Kirkuk research.parallax'));
    expect(state.workspace?.name).toBe('Kirkuk research');
    expect(state.recent.map((r) => r.path)).toEqual([join(dir, 'Kirkuk research.parallax')]);
    expect(JSON.parse(readFileSync(join(dir, 'data', 'recent.json'), 'utf8')).recent).toHaveLength(
      1,
    );
  });

  it('refuses to create over an existing file and to open a foreign one, keeping what is open', () => {
    call('newWorkspace', { path: join(dir, 'a.parallax') });
    writeFileSync(join(dir, 'notes.parallax'), 'plain text');
    expect(() => call('newWorkspace', { path: join(dir, 'notes.parallax') })).toThrow(
      ParallaxError,
    );
    expect(() => call('openWorkspace', { path: join(dir, 'notes.parallax') })).toThrow(
      expect.objectContaining({ code: 'not_a_workspace' }),
    );
    expect(readFileSync(join(dir, 'notes.parallax'), 'utf8')).toBe('plain text');
    expect(call<AppState>('appState').workspace?.path).toBe(join(dir, 'a.parallax'));
  });

  it('opens the Kirkuk sample, building it once', () => {
    const state = call<AppState>('openSample');
    expect(state.workspace?.name).toBe('Kirkuk, October 2017');
    const info = call<{ counts: { statements: number } }>('workspaceInfo');
    expect(info.counts.statements).toBe(13);
    call('closeWorkspace');
    call('openSample');
    expect(call<{ counts: { statements: number } }>('workspaceInfo').counts.statements).toBe(13);
  });

  it('lists folders and workspaces for the browser host, hiding dot-files', () => {
    call('newWorkspace', { path: join(dir, 'b.parallax') });
    writeFileSync(join(dir, '.hidden.parallax'), '');
    writeFileSync(join(dir, 'readme.txt'), '');
    const listing = call<FolderListing>('listFolder', { path: dir });
    expect(listing.entries.map((e) => [e.name, e.kind])).toEqual([
      ['data', 'folder'],
      ['b.parallax', 'workspace'],
    ]);
    expect(() => call('listFolder', { path: join(dir, 'missing') })).toThrow(
      expect.objectContaining({ code: 'not_found' }),
    );
  });

  it('forgets a recent workspace and has no native dialogs outside Electron', () => {
    call('newWorkspace', { path: join(dir, 'c.parallax') });
    expect(call<AppState>('forgetRecent', { path: join(dir, 'c.parallax') }).recent).toEqual([]);
    expect(() => call('chooseAndOpenWorkspace')).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
  });

  it('imports a dropped file, queueing what it says for review, and refuses a broken one unchanged', async () => {
    call('newWorkspace', { path: join(dir, 'imports.parallax') });
    const text = '“We will not sign this agreement,” Foreign Minister Jane Doe said on Monday.';
    const imported = (await session.call('importFile', {
      fileName: 'talks.txt',
      contentBase64: Buffer.from(text).toString('base64'),
    })) as { outcome: string; source: { id: string } };
    expect(imported.outcome).toBe('created');
    const queue = call<Array<{ text: string; speaker: string }>>('listCandidates', {
      sourceId: imported.source.id,
    });
    expect(queue).toEqual([
      expect.objectContaining({ text: 'We will not sign this agreement,', speaker: 'Jane Doe' }),
    ]);
    const before = call<{ counts: object }>('workspaceInfo').counts;
    await expect(
      Promise.resolve().then(() =>
        session.call('importFile', {
          fileName: 'broken.pdf',
          contentBase64: Buffer.from('not a pdf').toString('base64'),
        }),
      ),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('broken.pdf'),
    });
    expect(call<{ counts: object }>('workspaceInfo').counts).toEqual(before);
  });
  it("reads a file's details for the import dialog without importing it", async () => {
    const text =
      'Monday, September 23, 2019\nBy Jane Roe\n\nHarbour closed after spill\n\n' +
      '“The harbour stays closed,” Port Director Omar Saleh said on Saturday.\n';
    const details = await session.call('readImportFile', {
      fileName: 'spill.txt',
      contentBase64: Buffer.from(text).toString('base64'),
    });
    expect(details).toEqual({
      fileName: 'spill.txt',
      title: 'Harbour closed after spill',
      outlet: null,
      author: 'Jane Roe',
      publishedOn: '2019-09-23',
      url: null,
      language: null,
    });
    await expect(
      Promise.resolve().then(() =>
        session.call('readImportFile', {
          fileName: 'empty.txt',
          contentBase64: '',
        }),
      ),
    ).rejects.toMatchObject({ code: 'invalid_input', message: 'empty.txt is empty.' });
  });

  it('imports with the details confirmed in the dialog, dating statements by them', async () => {
    call('newWorkspace', { path: join(dir, 'details.parallax') });
    const text =
      'Monday, September 23, 2019\n\nHarbour closed\n\n' +
      '“The harbour stays closed,” Port Director Omar Saleh said on Saturday.\n';
    const contentBase64 = Buffer.from(text).toString('base64');
    const imported = (await session.call('importFile', {
      fileName: 'spill.txt',
      contentBase64,
      // The researcher corrected the date the file printed and named the outlet.
      details: { title: 'Harbour stays shut', outlet: 'Gulf Ledger', publishedOn: '2019-09-26' },
    })) as { source: { id: string; title: string; outlet: string; publishedOn: string } };
    expect(imported.source).toMatchObject({
      title: 'Harbour stays shut',
      outlet: 'Gulf Ledger',
      publishedOn: '2019-09-26',
    });
    const queue = call<Array<{ speaker: string; saidOn: string }>>('listCandidates', {
      sourceId: imported.source.id,
    });
    // Saturday before Thursday 26 September, not before the Monday the file printed.
    expect(queue).toEqual([
      expect.objectContaining({ speaker: 'Omar Saleh', saidOn: '2019-09-21' }),
    ]);
  });

  it('refuses details that are not valid, importing nothing', async () => {
    call('newWorkspace', { path: join(dir, 'bad-details.parallax') });
    const before = call<{ counts: object }>('workspaceInfo').counts;
    const contentBase64 = Buffer.from('Harbour closed\n\nThe port is shut.').toString('base64');
    for (const details of [{ publishedOn: '2019-02-30' }, { url: 'ftp://example.org/a' }]) {
      await expect(
        Promise.resolve().then(() =>
          session.call('importFile', { fileName: 'a.txt', contentBase64, details }),
        ),
      ).rejects.toMatchObject({ code: 'invalid_input' });
    }
    expect(call<{ counts: object }>('workspaceInfo').counts).toEqual(before);
  });
});
