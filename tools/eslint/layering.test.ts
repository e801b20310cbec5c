import path from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import layering from './layering.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const ROOT = path.resolve('/project');
const options = [{ root: ROOT }];
const at = (rel: string) => path.join(ROOT, rel);

const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module' },
});

type Invalid = { code: string; file: string; messageId: 'package' | 'layer' | 'coreRuntime' };

/** Every forbidden import, written as a static `import`; the other syntaxes are covered below. */
const forbidden: Invalid[] = [
  // core/: no UI, no Electron, no upper layers
  { file: 'core/service.ts', code: "import { app } from 'electron';", messageId: 'package' },
  { file: 'core/service.ts', code: "import React from 'react';", messageId: 'package' },
  {
    file: 'core/service.ts',
    code: "import { createRoot } from 'react-dom/client';",
    messageId: 'package',
  },
  {
    file: 'core/service.ts',
    code: "import { jsx } from 'react/jsx-runtime';",
    messageId: 'package',
  },
  { file: 'core/service.ts', code: "import { App } from '../renderer/App';", messageId: 'layer' },
  { file: 'core/service.ts', code: "import { bind } from '../electron/ipc';", messageId: 'layer' },
  {
    file: 'core/report/html.ts',
    code: "import { serve } from '../../server/http';",
    messageId: 'layer',
  },
  { file: 'core/service.ts', code: "import { main } from '../cli/main';", messageId: 'layer' },
  // db/: the same, plus nothing from core/
  {
    file: 'db/workspace.ts',
    code: "import { BrowserWindow } from 'electron';",
    messageId: 'package',
  },
  { file: 'db/workspace.ts', code: "import { useState } from 'react';", messageId: 'package' },
  { file: 'db/workspace.ts', code: "import { api } from '../core/api';", messageId: 'layer' },
  {
    file: 'db/migrations/0001-model.ts',
    code: "import { x } from '../../core/model';",
    messageId: 'layer',
  },
  { file: 'db/workspace.ts', code: "import { App } from '../renderer/App';", messageId: 'layer' },
  { file: 'db/workspace.ts', code: "import { main } from '../cli/main';", messageId: 'layer' },
  { file: 'db/workspace.ts', code: "import { serve } from '../server/http';", messageId: 'layer' },
  { file: 'db/workspace.ts', code: "import { bind } from '../electron/ipc';", messageId: 'layer' },
  // renderer/: no Node, no Electron, no database, no lower runtime layers except core/api
  { file: 'renderer/App.tsx', code: "import fs from 'node:fs';", messageId: 'package' },
  { file: 'renderer/App.tsx', code: "import fs from 'fs';", messageId: 'package' },
  {
    file: 'renderer/App.tsx',
    code: "import { readFile } from 'fs/promises';",
    messageId: 'package',
  },
  { file: 'renderer/App.tsx', code: "import path from 'path';", messageId: 'package' },
  {
    file: 'renderer/App.tsx',
    code: "import { spawn } from 'child_process';",
    messageId: 'package',
  },
  { file: 'renderer/App.tsx', code: "import os from 'os';", messageId: 'package' },
  { file: 'renderer/App.tsx', code: "import { randomUUID } from 'crypto';", messageId: 'package' },
  {
    file: 'renderer/App.tsx',
    code: "import { ipcRenderer } from 'electron';",
    messageId: 'package',
  },
  {
    file: 'renderer/App.tsx',
    code: "import Database from 'better-sqlite3';",
    messageId: 'package',
  },
  { file: 'renderer/App.tsx', code: "import { open } from '../db/workspace';", messageId: 'layer' },
  { file: 'renderer/App.tsx', code: "import { serve } from '../server/http';", messageId: 'layer' },
  { file: 'renderer/App.tsx', code: "import { main } from '../cli/main';", messageId: 'layer' },
  {
    file: 'renderer/App.tsx',
    code: "import { bind } from '../electron/preload';",
    messageId: 'layer',
  },
  {
    file: 'renderer/App.tsx',
    code: "import { Service } from '../core/service';",
    messageId: 'coreRuntime',
  },
  {
    file: 'renderer/views/List.tsx',
    code: "import { findConflicts } from '../../core/conflicts';",
    messageId: 'coreRuntime',
  },
  // `import { type X }` still loads the module under verbatimModuleSyntax
  {
    file: 'renderer/App.tsx',
    code: "import { type Service } from '../core/service';",
    messageId: 'coreRuntime',
  },
  // a file merely named like the contract is not the contract
  {
    file: 'renderer/App.tsx',
    code: "import { x } from '../core/api-helpers';",
    messageId: 'coreRuntime',
  },
  {
    file: 'renderer/App.tsx',
    code: "import { s } from '../core/session';",
    messageId: 'coreRuntime',
  },
  // a sibling merely named like core/diff is not core/diff
  {
    file: 'renderer/App.tsx',
    code: "import { d } from '../core/diff-cache';",
    messageId: 'coreRuntime',
  },
];

/** Each way of naming a module, shown on a forbidden target. */
const syntaxes: Invalid[] = [
  { file: 'core/a.ts', code: "export { app } from 'electron';", messageId: 'package' },
  { file: 'core/a.ts', code: "export * from '../renderer/App';", messageId: 'layer' },
  { file: 'core/a.ts', code: "const m = await import('electron');", messageId: 'package' },
  { file: 'core/a.ts', code: 'const m = await import(`react`);', messageId: 'package' },
  { file: 'db/a.ts', code: "const c = require('../core/service');", messageId: 'layer' },
  { file: 'db/a.ts', code: "import c = require('../core/service');", messageId: 'layer' },
  { file: 'renderer/a.ts', code: "const fs = require('fs');", messageId: 'package' },
  {
    file: 'renderer/a.ts',
    code: "const m = await import('../core/service');",
    messageId: 'coreRuntime',
  },
];

const toInvalid = ({ code, file, messageId }: Invalid) => ({
  code,
  filename: at(file),
  options,
  errors: [{ messageId }],
});

describe('layering/imports', () => {
  tester.run('layering/imports', layering.rules.imports, {
    valid: [
      // core/ and db/ may use Node and each other downwards
      { code: "import fs from 'node:fs';", filename: at('core/importers/text.ts'), options },
      { code: "import Database from 'better-sqlite3';", filename: at('db/workspace.ts'), options },
      { code: "import { open } from '../db/workspace';", filename: at('core/service.ts'), options },
      { code: "import { z } from 'zod';", filename: at('core/api.ts'), options },
      { code: "import { q } from './sql';", filename: at('db/statements.ts'), options },
      { code: "import x from 'reactive-thing';", filename: at('core/a.ts'), options },
      // renderer/ may load the contract and React, and take types from anywhere in core/
      { code: "import { api } from '../core/api';", filename: at('renderer/client.ts'), options },
      {
        code: "import { api } from '../core/api.js';",
        filename: at('renderer/client.ts'),
        options,
      },
      {
        code: "import { s } from '../../core/api/schemas';",
        filename: at('renderer/x/y.ts'),
        options,
      },
      {
        code: "const m = await import('../core/api/schemas');",
        filename: at('renderer/a.ts'),
        options,
      },
      {
        code: "import { appApi } from '../core/app-api';",
        filename: at('renderer/client.ts'),
        options,
      },
      // core/diff is pure and runs in the comparison view's Web Worker
      {
        code: "import { wordDiff } from '../../../core/diff';",
        filename: at('renderer/src/compare/diff.worker.ts'),
        options,
      },
      {
        code: "import { isNegation } from '../../../core/diff/negations';",
        filename: at('renderer/src/compare/use-word-diff.ts'),
        options,
      },
      {
        code: "import type { Service } from '../core/service';",
        filename: at('renderer/App.tsx'),
        options,
      },
      {
        code: "export type { Conflict } from '../core/conflicts';",
        filename: at('renderer/types.ts'),
        options,
      },
      { code: "import { useState } from 'react';", filename: at('renderer/App.tsx'), options },
      { code: "import { Button } from './Button';", filename: at('renderer/App.tsx'), options },
      { code: "import type { Rows } from '../db/rows';", filename: at('core/a.ts'), options },
      // a package that merely shares a builtin's prefix is not a builtin
      { code: "import x from 'pathe';", filename: at('renderer/a.ts'), options },
      // other layers are not restricted by this rule
      { code: "import { app } from 'electron';", filename: at('electron/main.ts'), options },
      { code: "import { open } from '../db/workspace';", filename: at('cli/main.ts'), options },
      { code: "import fs from 'node:fs';", filename: at('server/http.ts'), options },
      // files outside the project root are ignored
      {
        code: "import { app } from 'electron';",
        filename: path.resolve('/elsewhere/core/a.ts'),
        options,
      },
      // computed specifiers cannot be judged
      { code: 'const m = await import(name);', filename: at('core/a.ts'), options },
      // without the option the root is ESLint's cwd
      {
        code: "import { open } from '../db/workspace';",
        filename: path.join(process.cwd(), 'core/a.ts'),
      },
    ],
    invalid: [
      ...forbidden.map(toInvalid),
      ...syntaxes.map(toInvalid),
      {
        code: "import { app } from 'electron';",
        filename: path.join(process.cwd(), 'core/a.ts'),
        errors: [{ messageId: 'package' }],
      },
    ],
  });
});
