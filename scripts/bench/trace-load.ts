/**
 * One page load in Debian's Chromium with a Chromium trace (CDP Tracing), on Lighthouse's phone
 * (412×823 @1.75, touch) and an optional CPU slowdown, summarised as main-thread time by trace event.
 * `rewrite` may change the served HTML (experiments: what does the page cost without X?).
 */
import type { Browser } from '@playwright/test';

export interface TraceSummary {
  /** Self time (ms) per trace event name on the renderer main thread, navigation to `settleMs` after load. */
  byEvent: Record<string, number>;
  /** The same in thread (CPU) time, which a loaded machine does not inflate. */
  byEventCpu: Record<string, number>;
  totalCpu: number;
  /** Top-level tasks ≥ 50 ms: start (ms from navigation), duration. */
  longTasks: { start: number; duration: number; top: string }[];
  total: number;
  fcp: number | null;
  lcp: number | null;
  events: TraceEvent[];
}

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time: what the work cost, without the time the thread waited for a core. */
  tdur?: number;
  pid: number;
  tid: number;
  cat: string;
  args?: Record<string, unknown>;
}

const CATEGORIES = [
  '-*',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'blink.user_timing',
  'loading',
  'toplevel',
  'disabled-by-default-devtools.timeline.frame',
];

export async function traceLoad(
  browser: Browser,
  url: string,
  opts: { cpu?: number; mobile?: boolean; settleMs?: number; rewrite?: (html: string) => string; javaScript?: boolean } = {},
): Promise<TraceSummary> {
  const mobile = opts.mobile ?? true;
  const context = await browser.newContext(
    mobile ? { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true, javaScriptEnabled: opts.javaScript ?? true } : { viewport: { width: 1366, height: 900 }, javaScriptEnabled: opts.javaScript ?? true },
  );
  try {
    const page = await context.newPage();
    if (opts.rewrite) {
      const rewrite = opts.rewrite;
      await page.route(url, async (route) => {
        const res = await route.fetch();
        await route.fulfill({ response: res, body: rewrite(await res.text()) });
      });
    }
    const cdp = await context.newCDPSession(page);
    if (opts.cpu && opts.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: opts.cpu });
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', { categories: CATEGORIES.join(','), transferMode: 'ReportEvents' });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForTimeout(opts.settleMs ?? 3000);
    await cdp.send('Tracing.end');
    await done;
    return summarise(events);
  } finally {
    await context.close();
  }
}

export function summarise(events: TraceEvent[]): TraceSummary {
  // The renderer main thread of the page: the thread that has the navigation's ParseHTML.
  const parse = events.find((e) => e.name === 'ParseHTML');
  const main = parse ? { pid: parse.pid, tid: parse.tid } : null;
  const nav = events.find((e) => e.name === 'navigationStart' && (!main || e.pid === main.pid)) ?? events.find((e) => e.name === 'TracingStartedInBrowser');
  const t0 = nav?.ts ?? 0;
  const mine = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && typeof e.dur === 'number').sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // Self time by name: walk the nesting with a stack.
  const byEvent: Record<string, number> = {};
  const byEventCpu: Record<string, number> = {};
  const stack: { e: TraceEvent; end: number; child: number; childCpu: number }[] = [];
  const longTasks: TraceSummary['longTasks'] = [];
  let total = 0;
  let totalCpu = 0;
  const close = (upTo: number) => {
    while (stack.length && stack[stack.length - 1]!.end <= upTo) {
      const s = stack.pop()!;
      byEvent[s.e.name] = (byEvent[s.e.name] ?? 0) + (s.e.dur! - s.child) / 1000;
      const cpu = s.e.tdur ?? s.e.dur!;
      byEventCpu[s.e.name] = (byEventCpu[s.e.name] ?? 0) + Math.max(0, cpu - s.childCpu) / 1000;
      if (stack.length) {
        stack[stack.length - 1]!.child += s.e.dur!;
        stack[stack.length - 1]!.childCpu += cpu;
      }
    }
  };
  const topCounts = new Map<TraceEvent, Map<string, number>>();
  for (const e of mine) {
    close(e.ts);
    if (stack.length === 0 && e.name === 'RunTask') {
      total += e.dur! / 1000;
      totalCpu += (e.tdur ?? e.dur!) / 1000;
      if (e.dur! >= 50_000) longTasks.push({ start: (e.ts - t0) / 1000, duration: e.dur! / 1000, top: '' });
      topCounts.set(e, new Map());
    }
    stack.push({ e, end: e.ts + e.dur!, child: 0, childCpu: 0 });
  }
  close(Infinity);
  // Name each long task by its largest direct-or-nested events (durations, not self).
  for (const lt of longTasks) {
    const start = t0 + lt.start * 1000;
    const end = start + lt.duration * 1000;
    const inside = new Map<string, number>();
    for (const e of mine) if (e.ts > start && e.ts + e.dur! <= end && e.name !== 'RunTask') inside.set(e.name, Math.max(inside.get(e.name) ?? 0, e.dur! / 1000));
    lt.top = [...inside].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ');
  }
  const mark = (name: string) => {
    const m = events.filter((e) => e.name === name && (!main || e.pid === main.pid)).pop();
    return m ? (m.ts - t0) / 1000 : null;
  };
  return { byEvent, byEventCpu, longTasks, total, totalCpu, fcp: mark('firstContentfulPaint'), lcp: mark('largestContentfulPaint::Candidate'), events };
}
