/**
 * Where a page's main-thread time goes, from a Lighthouse run: its task groups (Lighthouse's own
 * taxonomy: script evaluation, style & layout, parse HTML & CSS, …), the work per script, the long tasks
 * with the script they are attributed to, the DOM size and the LCP element. Used by the bench's
 * Lighthouse section and by `scripts/perf-ab.ts` (A/B of two servers, alternating).
 */
import type { Result as LhResult } from 'lighthouse';

export interface MainThreadBreakdown {
  /** ms per Lighthouse task group (scriptEvaluation, styleLayout, parseHTML, …), as the audit reports it. */
  groups: Record<string, number>;
  /** Total main-thread ms. */
  total: number;
  /** Per script: total, evaluation and parse/compile ms (bootup-time), the largest first. */
  scripts: { url: string; total: number; scripting: number; parse: number }[];
  /** Long tasks: start and duration (ms) and the script they are attributed to. */
  longTasks: { url: string; start: number; duration: number }[];
  domElements: number | null;
  lcpElement: string | null;
}

type Audits = LhResult['audits'];

interface TableDetails {
  type: string;
  items?: Record<string, unknown>[];
}

function items(audits: Audits, id: string): Record<string, unknown>[] {
  const details = audits[id]?.details as TableDetails | undefined;
  return details?.items ?? [];
}

const shortUrl = (url: unknown) => {
  const s = String(url ?? '');
  try {
    const u = new URL(s);
    return u.pathname.split('/').pop() || u.pathname;
  } catch {
    return s;
  }
};

export function mainThreadBreakdown(audits: Audits): MainThreadBreakdown {
  const groups: Record<string, number> = {};
  for (const item of items(audits, 'mainthread-work-breakdown')) {
    const group = String(item.group ?? 'other');
    groups[group] = (groups[group] ?? 0) + Number(item.duration ?? 0);
  }
  const total = Object.values(groups).reduce((a, b) => a + b, 0);
  const scripts = items(audits, 'bootup-time')
    .map((i) => ({ url: shortUrl(i.url), total: Number(i.total ?? 0), scripting: Number(i.scripting ?? 0), parse: Number(i.scriptParseCompile ?? 0) }))
    .sort((a, b) => b.total - a.total);
  const longTasks = items(audits, 'long-tasks').map((i) => ({ url: shortUrl(i.url), start: Number(i.startTime ?? 0), duration: Number(i.duration ?? 0) }));
  const dom = audits['dom-size']?.numericValue ?? null;
  let lcpElement: string | null = null;
  const lcp = audits['largest-contentful-paint-element']?.details as { items?: { items?: { node?: { snippet?: string; selector?: string } }[] }[] } | undefined;
  const node = lcp?.items?.[0]?.items?.[0]?.node;
  if (node) lcpElement = `${node.selector ?? ''} ${node.snippet ?? ''}`.trim().slice(0, 160);
  return { groups, total, scripts, longTasks, domElements: dom, lcpElement };
}

export function formatBreakdown(b: MainThreadBreakdown): string {
  const g = Object.entries(b.groups)
    .sort((x, y) => y[1] - x[1])
    .map(([k, v]) => `${k} ${Math.round(v)}`)
    .join(', ');
  const lt = b.longTasks.map((t) => `${Math.round(t.duration)} ms @${Math.round(t.start)} (${t.url || 'unattributed'})`).join('; ');
  return `main thread ${Math.round(b.total)} ms [${g}]; long tasks: ${lt || 'none'}; DOM ${b.domElements ?? '?'}`;
}
