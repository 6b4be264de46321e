#!/usr/bin/env node
/**
 * Marks the scripts every page boots with (the build manifest's rootMainFiles: Turbopack's runtime,
 * React DOM, Next's client) for eager compilation, with V8's magic comment `//# allFunctionsCalledOnLoad`
 * as their first line (Chromium 136+; other browsers read a comment).
 *
 * Why: a page loads its scripts when the reader means to interact (lib/hydrate-on-intent.ts), and the task
 * that evaluates the last of them (modules instantiated, Next's router and React booted) was the page's
 * longest: 140-210 ms on the 2,600-stock page on desktop, part of it compiling functions lazily on the
 * main thread as they are first called. With the hint V8 compiles them while the script streams in, off
 * the main thread. Longest desktop task on that page, 12 loads of each build, alternating: median 232 ->
 * 160 ms. Other chunks keep V8's lazy compilation.
 *
 *   node scripts/compile-hints.mjs [distDir]     (default: NEXT_DIST_DIR, else .next)
 *
 * Run by `npm run build` after `next build`; idempotent. The file names keep their build hash: the
 * content is still a function of the build alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** Prefixes the hint to each rootMainFiles script in distDir; returns the files it covers (relative). */
export function addCompileHints(distDir) {
  const manifestFile = path.join(distDir, 'build-manifest.json');
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  } catch (e) {
    throw new Error(`${manifestFile}: cannot read the build manifest (${e instanceof Error ? e.message : e}); run next build first`);
  }
  const files = manifest.rootMainFiles;
  if (!Array.isArray(files) || files.length === 0 || !files.every((f) => typeof f === 'string' && f.endsWith('.js'))) {
    throw new Error(`${manifestFile}: rootMainFiles: expected a non-empty list of .js paths, got ${JSON.stringify(files)}`);
  }
  for (const rel of files) {
    const file = path.join(distDir, rel);
    const code = fs.readFileSync(file, 'utf8');
    if (!code.startsWith(COMPILE_HINT)) fs.writeFileSync(file, COMPILE_HINT + code);
  }
  return files;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const distDir = path.resolve(process.argv[2] ?? process.env.NEXT_DIST_DIR ?? '.next');
  const files = addCompileHints(distDir);
  console.log(`compile hints: ${files.length} scripts every page boots with (${path.relative(process.cwd(), distDir) || '.'}/build-manifest.json rootMainFiles)`);
}
