/**
 * The Chinese link-preview card (issue 14): the time to render /sessions/2025-05-21/preview.png?lang=zh-hk
 * (1200 × 630, next/og with the bundled Noto Sans CJK HK subset) on the production server, warm. Each
 * request carries a distinct `r=` so the server's response cache never answers it: every one is a render.
 * Budget: ≤ 500 ms warm.
 */
import { get, type NextServer } from './processes';
import type { Row } from './report';

export const OG_BUDGET_MS = 500;

export async function ogRows(server: NextServer, date: string, runs = 9): Promise<Row[]> {
  const url = (locale: 'zh-hk' | 'en', r: number) => `${server.origin}/sessions/${date}/preview.png?lang=${locale}&r=${r}`;
  const time = async (locale: 'zh-hk' | 'en', r: number) => {
    const t0 = performance.now();
    const res = await get(url(locale, r));
    const elapsed = performance.now() - t0;
    if (res.status !== 200 || res.headers.get('content-type') !== 'image/png') throw new Error(`${url(locale, r)} answered ${res.status} ${res.headers.get('content-type')}`);
    return { elapsed, bytes: res.body.length };
  };
  const cold = await time('zh-hk', 0);
  await time('zh-hk', 1); // warm-up: fonts read, JIT
  const zh: number[] = [];
  const en: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const r = await time('zh-hk', 100 + i);
    zh.push(r.elapsed);
    bytes = r.bytes;
    en.push((await time('en', 200 + i)).elapsed);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  const how = `GET ${date}/preview.png on \`npm start\` (bench build), a new r= each time so nothing is served from cache; median of ${runs} after one warm-up; scripts/bench/og.ts`;
  return [
    {
      figure: 'Chinese link-preview card (OG image with CJK text), warm render',
      value: `${Math.round(median(zh))} ms (max ${Math.round(Math.max(...zh))} ms; cold ${Math.round(cold.elapsed)} ms; ${(bytes / 1024).toFixed(0)} KB PNG)`,
      budget: `≤ ${OG_BUDGET_MS} ms`,
      met: median(zh) <= OG_BUDGET_MS,
      how: `${how}; ?lang=zh-hk`,
    },
    { figure: 'English link-preview card, warm render (for comparison)', value: `${Math.round(median(en))} ms`, how },
  ];
}
