#!/usr/bin/env node
/**
 * Bundles server/main.ts (the production server: Next's handler behind the response cache) into
 * dist/server.mjs, run by `npm start`. Packages stay external (Next is loaded from node_modules); the
 * app's own modules it uses (lib/request-origin, lib/security, lib/data/data-version) are inlined.
 */
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
await build({
  entryPoints: [path.join(root, 'server/main.ts')],
  outfile: path.join(root, 'dist/server.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  tsconfig: path.join(root, 'tsconfig.json'),
  logLevel: 'warning',
});
