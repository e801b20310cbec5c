#!/usr/bin/env node
// The `parallax` command. Runs the TypeScript sources through tsx, so no build step is needed.
import { register } from 'tsx/esm/api';

register();

// A reader that stops early (`parallax sources w.parallax --json | head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const { main } = await import('../main.ts');
process.exitCode = await main(process.argv.slice(2));
