// Bundles the Electron main process and preload into dist/electron (run by `npm run build`).
//
//   main.cjs    everything main needs from core/ and db/, except electron (provided by the
//               runtime) and better-sqlite3 (a native module, rebuilt for Electron's ABI and
//               loaded from node_modules).
//   preload.cjs one self-contained file that requires only 'electron', as a sandboxed preload
//               must. electron/method-names.ts is evaluated here and inlined as literals, so
//               the contract's names are in the bundle without zod and the schemas.
//
// CommonJS because package.json says "type": "module" and Electron's sandboxed preload cannot
// load ES modules. Usage: node electron/build.mjs [--outdir DIR]

import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual, parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { outdir: { type: 'string' } } });
const outdir = path.resolve(values.outdir ?? path.join(root, 'dist', 'electron'));
const METHOD_NAMES_MODULE = path.join(root, 'electron', 'method-names.ts');

/** @type {import('esbuild').BuildOptions} */
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
};

/** Runs a data-only TypeScript module (bundled in memory, no files written) and returns its exports. */
async function evaluate(file) {
  const result = await build({
    ...common,
    entryPoints: [file],
    format: 'esm',
    sourcemap: false,
    write: false,
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/** Replaces imports of `file` with its exports as JSON literals. */
async function inlineModule(file) {
  const exports = await evaluate(file);
  const lines = Object.entries(exports).map(([name, value]) => {
    const json = typeof value === 'function' ? undefined : JSON.stringify(value);
    if (json === undefined || !isDeepStrictEqual(JSON.parse(json), value)) {
      throw new Error(
        `${path.relative(root, file)}: export ${name} is not plain data and cannot be inlined.`,
      );
    }
    return `export const ${name} = Object.freeze(${json});`;
  });
  return {
    name: 'inline-data-module',
    setup(plugin) {
      plugin.onResolve({ filter: /method-names$/ }, (args) => {
        const resolved = path.resolve(args.resolveDir, `${args.path}.ts`);
        return resolved === file ? { path: resolved, namespace: 'inlined' } : undefined;
      });
      plugin.onLoad({ filter: /.*/, namespace: 'inlined' }, () => ({
        contents: lines.join('\n'),
        loader: 'js',
      }));
    },
  };
}

await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main.ts'],
    outfile: path.join(outdir, 'main.cjs'),
    // canvas is an optional peer of pdf.js and linkedom, loaded only if present.
    external: ['electron', 'better-sqlite3', 'canvas', '@napi-rs/canvas'],
    // CommonJS has no import.meta: modules that find packages with createRequire(import.meta.url)
    // get this file's own URL instead of an empty object.
    banner: { js: "const __import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__import_meta_url' },
  }),
  build({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: path.join(outdir, 'preload.cjs'),
    external: ['electron'],
    plugins: [await inlineModule(METHOD_NAMES_MODULE)],
  }),
]);
