import { expect, type APIRequestContext } from '@playwright/test';

/** Waits until /api/health?ready says the history store is open and the recap index is up to date. */
export async function waitForReady(request: APIRequestContext): Promise<void> {
  await expect
    .poll(async () => (await request.get('/api/health?ready')).status(), { timeout: 120_000, intervals: [250, 500, 1_000] })
    .toBe(200);
}
