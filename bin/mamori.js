#!/usr/bin/env node
// `npx mamori`: the compiled CLI in dist/ (built by `npm install` / `npm ci` through the package's prepare step),
// so a command starts without transpiling anything. A checkout installed with --ignore-scripts has no dist/:
// then the TypeScript sources run through tsx, slower but the same commands.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli/main.js', import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
