import { describe, expect, it } from 'vitest';
import { fileNameOf, workspaceNameProblem } from './workspace-file-name';

describe('a new workspace’s file name', () => {
  it('may be any name Windows and macOS can store, in any script', () => {
    for (const name of [
      'Kirkuk, October 2017.parallax',
      'Untitled research',
      'كركوك ٢٠١٧',
      'Console notes',
      'CON-2017',
      'nul_report.parallax',
      'COM10',
      '.hidden research',
    ]) {
      expect(workspaceNameProblem(name), name).toBeNull();
    }
  });

  it('refuses each character Windows or macOS cannot store, naming it', () => {
    for (const c of [':', '*', '?', '"', '<', '>', '|', '\\', '/']) {
      expect(workspaceNameProblem(`Kirkuk ${c} 2017`)).toMatch(`cannot hold “${c}”`);
    }
  });

  it('refuses control characters', () => {
    expect(workspaceNameProblem('Kirkuk\t2017')).toMatch(/control characters/);
    expect(workspaceNameProblem('Kirkuk\n2017')).toMatch(/control characters/);
    expect(workspaceNameProblem('Kirkuk\u00002017')).toMatch(/control characters/);
  });

  it('refuses a trailing dot or space', () => {
    expect(workspaceNameProblem('Kirkuk.')).toMatch(/cannot end in a dot or a space/);
    expect(workspaceNameProblem('Kirkuk ')).toMatch(/cannot end in a dot or a space/);
  });

  it('refuses device names, in any case, with or without an extension', () => {
    for (const name of [
      'CON',
      'con',
      'Prn.parallax',
      'aux.txt',
      'NUL',
      'com1',
      'COM9.parallax',
      'lpt1',
      'LPT9',
      'Com¹',
    ]) {
      expect(workspaceNameProblem(name), name).toMatch(/a name Windows keeps for a device/);
    }
    expect(workspaceNameProblem('con .parallax')).toMatch(/“con” is a name Windows keeps/);
  });

  it('refuses an empty name', () => {
    expect(workspaceNameProblem('  ')).toMatch(/Give the workspace a name/);
  });

  it('is checked on the last part of a path, with either separator', () => {
    expect(fileNameOf('/home/r/Research/CON.parallax')).toBe('CON.parallax');
    expect(fileNameOf('C:\\Users\\r\\Kirkuk.parallax')).toBe('Kirkuk.parallax');
  });
});
