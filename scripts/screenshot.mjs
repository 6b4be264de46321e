// Look at what you built: `node scripts/screenshot.mjs URL out.png [width] [height] [full=1] [theme=light|dark]`.
import { chromium } from '@playwright/test';

const [url, out, width = '1280', height = '900', full = '1', theme = 'light'] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs URL out.png [width] [height] [full=1] [theme]');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) }, colorScheme: theme === 'dark' ? 'dark' : 'light' });
await page.goto(url, { waitUntil: 'networkidle' });
// A full-page capture paints beyond the viewport, but sections with content-visibility: auto (the phone
// layout) are only painted near it: draw them all for the capture.
if (full === '1') await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
await page.screenshot({ path: out, fullPage: full === '1' });
await browser.close();
