/**
 * The session loader pointed at a temporary data directory. siteConfig reads DATA_DIR when it is first
 * imported, so the env is stubbed and the modules reset before importing a fresh loader. Data-problem
 * log lines are silenced (tests assert on them through the spies where they matter).
 */
import fs from 'node:fs';
import { vi } from 'vitest';

export type Loader = typeof import('@/lib/data/sessions');

export async function loaderFor(dataDir: string): Promise<Loader> {
  vi.stubEnv('DATA_DIR', dataDir);
  vi.resetModules();
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  return import('@/lib/data/sessions');
}

export function releaseLoader(dataDir: string): void {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
