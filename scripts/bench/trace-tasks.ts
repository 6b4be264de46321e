/**
 * The long main-thread tasks of a Chromium trace (as Lighthouse saves it), each with the trace events
 * that make up its time (self time summed by event name) and the script it is attributed to.
 *
 *   npx tsx scripts/bench/trace-tasks.ts TRACE.json [minMs=30]
 */
import fs from 'node:fs';
import { MainThreadTasks } from 'lighthouse/core/lib/tracehouse/main-thread-tasks.js';
import { TraceProcessor } from 'lighthouse/core/lib/tracehouse/trace-processor.js';

interface Task {
  event: { name: string; args?: { data?: { url?: string; functionName?: string; stackTrace?: { url: string }[] } } };
  startTime: number;
  endTime: number;
  duration: number;
  selfTime: number;
  group: { id: string };
  attributableURLs: string[];
  children: Task[];
  parent?: Task;
}

const [file, minArg] = process.argv.slice(2);
const min = Number(minArg ?? 30);
const trace = JSON.parse(fs.readFileSync(file!, 'utf8'));
const processed = TraceProcessor.processTrace(trace);
const nav = TraceProcessor.processNavigation(processed);
const tasks = MainThreadTasks.getMainThreadTasks(processed.mainThreadEvents, processed.frames, processed.timestamps.traceEnd, processed.timestamps.timeOrigin) as unknown as Task[];
const toplevel = tasks.filter((t) => !t.parent);
const short = (u: string) => u.replace(/^https?:\/\/[^/]+/, '').slice(-40);

const selfBy = (t: Task, acc: Map<string, number>) => {
  const name = t.event.name === 'FunctionCall' || t.event.name === 'EvaluateScript' ? `${t.event.name}(${short(t.event.args?.data?.url ?? '') || '?'})` : t.event.name;
  acc.set(name, (acc.get(name) ?? 0) + t.selfTime);
  for (const c of t.children) selfBy(c, acc);
  return acc;
};
console.log(`FCP ${nav.timings.firstContentfulPaint?.toFixed(0)} LCP ${nav.timings.largestContentfulPaint?.toFixed(0)} load ${nav.timings.load?.toFixed(0)}`);
let total = 0;
const sums = new Map<string, number>();
for (const t of toplevel) {
  total += t.duration;
  selfBy(t, sums);
  if (t.duration < min) continue;
  const parts = [...selfBy(t, new Map())].filter(([, v]) => v >= 2).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(0)}`);
  console.log(`@${t.startTime.toFixed(0)} ${t.duration.toFixed(0)} ms [${short(t.attributableURLs[0] ?? '')}] ${parts.join(', ')}`);
}
console.log(`\ntotal toplevel ${total.toFixed(0)} ms; by event: ${[...sums].filter(([, v]) => v >= 3).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`);
