// Local ESLint plugin that keeps the layers of docs/architecture.md apart:
//   renderer → (client) → electron | server → core → db;   cli → core.
// Plain ESM JavaScript so ESLint loads it without a build step.

import { builtinModules } from 'node:module';
import path from 'node:path';

const NODE_BUILTINS = new Set(builtinModules);

/** Top-level folders of the project that the rule knows as layers. */
const LAYERS = new Set(['renderer', 'electron', 'server', 'core', 'db', 'cli']);

/** Layers each layer must not import (relative paths resolved against the importing file). */
const FORBIDDEN_LAYERS = {
  core: ['renderer', 'electron', 'server', 'cli'],
  db: ['renderer', 'electron', 'server', 'cli', 'core'],
  renderer: ['db', 'server', 'cli', 'electron'],
};

/** Bare package names each layer must not import (subpaths like `react/jsx-runtime` included). */
const FORBIDDEN_PACKAGES = {
  core: ['electron', 'react', 'react-dom'],
  db: ['electron', 'react', 'react-dom'],
  renderer: ['electron', 'better-sqlite3'],
};

/**
 * The parts of core/ the renderer may load at runtime: the zod contracts (core/api.ts with
 * core/api/, and core/app-api.ts, which both transports serve beside it), and the pure modules
 * that run in the renderer too (core/diff: the word diff, in the comparison view's Web Worker).
 */
const CONTRACT_MODULES = ['core/api', 'core/app-api', 'core/diff'];

function isContract(relPath) {
  const withoutExt = relPath.replace(/\.(?:[cm]?[jt]sx?)$/, '');
  return CONTRACT_MODULES.some((m) => withoutExt === m || withoutExt.startsWith(`${m}/`));
}

function toPosix(p) {
  return p.split(path.sep).join('/');
}

/** Path of `absPath` relative to `root`, posix-style, or null when it lies outside the project. */
function projectRelative(root, absPath) {
  const rel = path.relative(root, absPath);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return toPosix(rel);
}

function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function isNodeBuiltin(specifier) {
  if (specifier.startsWith('node:')) return true;
  return NODE_BUILTINS.has(specifier) || NODE_BUILTINS.has(packageName(specifier));
}

function isPathSpecifier(specifier) {
  return (
    specifier === '.' ||
    specifier === '..' ||
    specifier.startsWith('./') ||
    specifier.startsWith('../') ||
    path.isAbsolute(specifier)
  );
}

/** Literal string of an import source, or null for computed specifiers we cannot judge. */
function staticString(node) {
  if (!node) return null;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) {
    return node.quasis[0].value.cooked ?? null;
  }
  return null;
}

/** @type {import('eslint').Rule.RuleModule} */
const importsRule = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'Keep the layers apart: core/ and db/ stay free of UI and Electron, renderer/ stays free of Node and the database.',
    },
    schema: [
      {
        type: 'object',
        properties: { root: { type: 'string' } },
        additionalProperties: false,
      },
    ],
    messages: {
      package: "{{layer}}/ must not import '{{specifier}}' ({{why}}). See docs/architecture.md.",
      layer:
        "{{layer}}/ must not import from {{target}}/ ('{{specifier}}'): arrows point down only (renderer → electron|server → core → db; cli → core). See docs/architecture.md.",
      coreRuntime:
        "renderer/ may load only the contracts (core/api, core/app-api) and pure modules (core/diff) at runtime; use `import type` for anything else from core/ ('{{specifier}}').",
    },
  },

  create(context) {
    const root = path.resolve(context.options[0]?.root ?? context.cwd);
    const filename = context.physicalFilename ?? context.filename;
    if (!path.isAbsolute(filename)) return {};
    const fileRel = projectRelative(root, filename);
    if (fileRel === null) return {};
    const layer = fileRel.split('/')[0];
    if (!(layer in FORBIDDEN_LAYERS)) return {};

    const forbiddenPackages = FORBIDDEN_PACKAGES[layer];
    const forbiddenLayers = FORBIDDEN_LAYERS[layer];

    function check(sourceNode, typeOnly) {
      const specifier = staticString(sourceNode);
      if (specifier === null) return;

      if (!isPathSpecifier(specifier)) {
        if (layer === 'renderer' && isNodeBuiltin(specifier)) {
          context.report({
            node: sourceNode,
            messageId: 'package',
            data: { layer, specifier, why: 'the renderer is DOM-only and has no Node' },
          });
          return;
        }
        const name = packageName(specifier);
        if (forbiddenPackages.includes(name)) {
          const why =
            layer === 'renderer'
              ? 'the renderer reaches the app only through its typed client'
              : `${layer}/ is plain TypeScript that runs under Node, the CLI and tests`;
          context.report({
            node: sourceNode,
            messageId: 'package',
            data: { layer, specifier, why },
          });
        }
        return;
      }

      const targetRel = projectRelative(root, path.resolve(path.dirname(filename), specifier));
      if (targetRel === null) return;
      const target = targetRel.split('/')[0];
      if (!LAYERS.has(target) || target === layer) return;

      if (forbiddenLayers.includes(target)) {
        context.report({
          node: sourceNode,
          messageId: 'layer',
          data: { layer, target, specifier },
        });
        return;
      }
      if (layer === 'renderer' && target === 'core' && !typeOnly && !isContract(targetRel)) {
        context.report({ node: sourceNode, messageId: 'coreRuntime', data: { specifier } });
      }
    }

    return {
      ImportDeclaration(node) {
        // Only a whole `import type` vanishes at runtime: under verbatimModuleSyntax
        // `import { type X } from '…'` still loads the module.
        check(node.source, node.importKind === 'type');
      },
      ExportNamedDeclaration(node) {
        if (node.source) check(node.source, node.exportKind === 'type');
      },
      ExportAllDeclaration(node) {
        check(node.source, node.exportKind === 'type');
      },
      ImportExpression(node) {
        check(node.source, false);
      },
      TSImportEqualsDeclaration(node) {
        if (node.moduleReference.type === 'TSExternalModuleReference') {
          check(node.moduleReference.expression, node.importKind === 'type');
        }
      },
      CallExpression(node) {
        if (
          node.callee.type === 'Identifier' &&
          node.callee.name === 'require' &&
          node.arguments.length >= 1
        ) {
          check(node.arguments[0], false);
        }
      },
    };
  },
};

const plugin = {
  meta: { name: 'parallax-layering', version: '1.0.0' },
  rules: { imports: importsRule },
};

export default plugin;
