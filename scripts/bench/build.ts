/**
 * `next build` timing. The build goes to .next-bench (NEXT_DIST_DIR) so it never touches anyone's .next.
 * `next build` rewrites tsconfig.json's include list (and next-env.d.ts) for a custom distDir; both files
 * are put back byte for byte afterwards, whatever they held before (someone may be editing them).
 */
import fs from 'node:fs';
import path from 'node:path';
import { addCompileHints } from '../compile-hints.mjs';
import { BENCH_DIST_DIR, ROOT, startProcess } from './processes';

const RESTORED = ['tsconfig.json', 'next-env.d.ts'];
const BUILD_TIMEOUT_MS = 8 * 60_000;

export interface BuildResult {
  seconds: number;
}

/** A clean `next build` (the dist dir removed first, so no cache carries over) with DATA_DIR set. */
export async function timeBuild(dataDir: string): Promise<BuildResult> {
  const saved = RESTORED.map((f) => {
    const file = path.join(ROOT, f);
    return { file, content: fs.existsSync(file) ? fs.readFileSync(file) : null };
  });
  fs.rmSync(path.join(ROOT, BENCH_DIST_DIR), { recursive: true, force: true });
  const nextBin = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');
  const started = performance.now();
  const proc = startProcess('next build', process.execPath, [nextBin, 'build'], {
    NEXT_DIST_DIR: BENCH_DIST_DIR,
    DATA_DIR: dataDir,
    NODE_ENV: 'production',
  });
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`next build took over ${BUILD_TIMEOUT_MS / 60_000} min`)), BUILD_TIMEOUT_MS);
      proc.child.once('exit', (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    if (code !== 0) throw new Error(`next build failed (exit ${code}):\n${proc.log().slice(-4_000)}`);
    const seconds = (performance.now() - started) / 1000;
    // What `npm run build` does after `next build` (scripts/compile-hints.mjs), so the pages measured are
    // the pages `npm start` serves.
    addCompileHints(path.join(ROOT, BENCH_DIST_DIR));
    return { seconds };
  } finally {
    await proc.stop();
    for (const { file, content } of saved) {
      if (content === null) continue;
      if (!fs.existsSync(file) || !fs.readFileSync(file).equals(content)) fs.writeFileSync(file, content);
    }
  }
}

export function benchBuildExists(): boolean {
  return fs.existsSync(path.join(ROOT, BENCH_DIST_DIR, 'BUILD_ID'));
}
