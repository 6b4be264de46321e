import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startNext, tempDataDir, type Server } from './support/servers';

/**
 * New data without a rebuild: a running `next start` picks up a new session file, a corrected file and
 * reports an invalid one, without replacing anything valid. Runs against its own copy of the data.
 */
test.describe('new data without a rebuild', () => {
  let server: Server;
  let dir: string;

  test.beforeAll(async () => {
    dir = tempDataDir(['2025-06-27', '2025-06-30']);
    server = await startNext({ DATA_DIR: dir });
  });

  test.afterAll(async () => {
    await server?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  function sessionFile(date: string) {
    return path.join(dir, 'sessions', `${date}.json`);
  }

  /** The 2025-06-30 snapshot re-dated, with the HSI close set to `hsiClose`. */
  function writeSession(date: string, hsiClose: number) {
    const json = JSON.parse(fs.readFileSync(sessionFile('2025-06-30'), 'utf8'));
    json.date = date;
    const hsi = json.indices.find((i: { id: string }) => i.id === 'HSI');
    hsi.close = hsiClose;
    delete hsi.changePct;
    const tmp = `${sessionFile(date)}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(json));
    fs.renameSync(tmp, sessionFile(date));
  }

  async function latestRedirect(): Promise<string | null> {
    const res = await fetch(`${server.url}/`, { redirect: 'manual' });
    return res.headers.get('location');
  }

  test('a new session file shows up and / moves to it within 60 s', async ({ page }) => {
    expect(await latestRedirect()).toMatch(/\/sessions\/2025-06-30$/);
    writeSession('2025-07-02', 24221.41);
    await expect.poll(latestRedirect, { timeout: 60_000, intervals: [500] }).toMatch(/\/sessions\/2025-07-02$/);
    await page.goto(`${server.url}/sessions/2025-07-02`);
    await expect(page.getByTestId('close-HSI')).toHaveText('24,221.41');
    // The previous close of the copy is 2025-06-30's prevClose (24,284.15), so the change is -62.74.
    await expect(page.getByTestId('points-HSI')).toHaveText('-62.74');
  });

  test('a corrected file replaces the old view', async ({ page }) => {
    writeSession('2025-07-02', 24300.5);
    await expect
      .poll(
        async () => {
          await page.goto(`${server.url}/sessions/2025-07-02`);
          return page.getByTestId('close-HSI').textContent();
        },
        { timeout: 60_000, intervals: [500] },
      )
      .toBe('24,300.50');
  });

  test('an invalid new file is reported and never becomes the latest', async ({ page }) => {
    fs.writeFileSync(sessionFile('2025-07-03'), '{"schemaVersion":1,"date":"2025-07-03","market":"XHKG","session":"full","indices":[],"stocks":[{"code":"700"}]}');
    const health = await (await fetch(`${server.url}/api/health`)).json();
    expect(health).toMatchObject({ latestSession: '2025-07-02', invalidFiles: 1, invalidDates: ['2025-07-03'] });
    expect(await latestRedirect()).toMatch(/\/sessions\/2025-07-02$/);
    await page.goto(`${server.url}/sessions/2025-07-03`);
    await expect(page.getByTestId('invalid-session')).toContainText("This session’s data is invalid");
    await expect(page.getByTestId('invalid-session')).toContainText('sessions/2025-07-03.json: stocks[0].code: expected a 5-digit HKEX code such as "00700" (got "700")');
    expect(server.output()).toContain('"event":"session-data"');
  });

  test('an invalid replacement keeps the last valid view and says so', async ({ page }) => {
    await page.goto(`${server.url}/sessions/2025-07-02`);
    await expect(page.getByTestId('close-HSI')).toHaveText('24,300.50');
    fs.writeFileSync(sessionFile('2025-07-02'), '{"schemaVersion":1,"date":"2025-07-02",');
    await page.goto(`${server.url}/sessions/2025-07-02`);
    await expect(page.getByTestId('close-HSI')).toHaveText('24,300.50');
    await expect(page.getByTestId('rejected-update')).toContainText('not valid JSON');
  });
});
