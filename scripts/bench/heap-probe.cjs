// Preloaded into the benchmark's `next start` (node -r, with --expose-gc): on SIGUSR2 it runs a full GC
// and writes the live heap and RSS to $HEAP_PROBE_FILE, so the bench can tell garbage from a leak.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- preloaded with node -r, CommonJS on purpose
const fs = require('node:fs');
process.on('SIGUSR2', () => {
  const before = process.memoryUsage().rss;
  if (typeof global.gc === 'function') {
    global.gc();
    global.gc();
  }
  const m = process.memoryUsage();
  fs.writeFileSync(process.env.HEAP_PROBE_FILE, JSON.stringify({ rssBeforeGc: before, rss: m.rss, heapUsed: m.heapUsed, external: m.external, at: Date.now() }));
});
