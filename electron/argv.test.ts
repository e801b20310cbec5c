import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workspacePathFromArgv } from './argv';

const cwd = resolve('/home/researcher/projects');

describe('workspacePathFromArgv', () => {
  it('finds a workspace passed by a file manager or a second launch', () => {
    expect(workspacePathFromArgv(['/opt/Parallax/parallax', '/data/kirkuk.parallax'], cwd)).toBe(
      '/data/kirkuk.parallax',
    );
    expect(workspacePathFromArgv(['electron', '.', 'kirkuk.parallax'], cwd)).toBe(
      join(cwd, 'kirkuk.parallax'),
    );
    expect(
      workspacePathFromArgv(['parallax', '--allow-file-access-from-files', 'Old.PARALLAX'], cwd),
    ).toBe(join(cwd, 'Old.PARALLAX'));
  });

  it('ignores the executable, flags and other files', () => {
    expect(workspacePathFromArgv(['/x/a.parallax'], cwd)).toBeNull();
    expect(workspacePathFromArgv(['parallax', '--open=x.parallax', 'notes.txt'], cwd)).toBeNull();
    expect(workspacePathFromArgv(['parallax'], cwd)).toBeNull();
  });

  it('takes the last workspace named', () => {
    expect(workspacePathFromArgv(['parallax', '/a.parallax', '/b.parallax'], cwd)).toBe(
      '/b.parallax',
    );
  });
});
