/**
 * Processes the benchmark starts (next start, nginx) and how they stop. Every process is started in its
 * own process group and registered, so `stopAll()` (run in bench.ts's `finally` and on signals) ends each
 * one by its id, never by name. Everything listens on and talks to 127.0.0.1 only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const HOST = '127.0.0.1';
/** The benchmark's build lives beside the others' (.next, .next-heatmap, ...). */
export const BENCH_DIST_DIR = '.next-bench';

export interface Started {
  name: string;
  child: ChildProcess;
  pid: number;
  stop: () => Promise<void>;
  /** stdout + stderr, kept for error messages. */
  log: () => string;
}

const running = new Set<Started>();

/** Starts a command in its own process group; `stop()` sends SIGTERM to the group, SIGKILL after 5 s. */
export function startProcess(name: string, command: string, args: string[], env: Record<string, string> = {}): Started {
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error(`could not start ${name}: ${command}`);
  const pid = child.pid;
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const started: Started = {
    name,
    child,
    pid,
    log: () => output,
    stop: async () => {
      running.delete(started);
      if (child.exitCode !== null || child.signalCode !== null) return;
      try {
        process.kill(-pid, 'SIGTERM');
      } catch {
        return;
      }
      const done = await Promise.race([exited.then(() => true), sleep(5_000).then(() => false)]);
      if (!done) {
        try {
          process.kill(-pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
        await Promise.race([exited, sleep(2_000)]);
      }
    },
  };
  running.add(started);
  return started;
}

export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((p) => p.stop()));
}

/** The first port from `from` on which 127.0.0.1 can listen. */
export async function freePort(from: number, taken: number[] = []): Promise<number> {
  for (let port = from; port < from + 200; port++) {
    if (taken.includes(port)) continue;
    const ok = await new Promise<boolean>((resolve) => {
      const server = net.createServer();
      server.once('error', () => resolve(false));
      server.listen(port, HOST, () => server.close(() => resolve(true)));
    });
    if (ok) return port;
  }
  throw new Error(`no free port in ${from}..${from + 199}`);
}

/** Polls a URL until it answers (any status below 500) or the time runs out. */
export async function waitForUrl(url: string, timeoutMs: number, proc?: Started): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc && proc.child.exitCode !== null) throw new Error(`${proc.name} exited (${proc.child.exitCode}):\n${proc.log()}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await res.arrayBuffer();
      if (res.status < 500) return;
    } catch {
      /* not up yet */
    }
    await sleep(250);
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s${proc ? `:\n${proc.log()}` : ''}`);
}

/**
 * Waits for /api/health?ready: the history store open and the recap index up to date, i.e. a warm server.
 * Returns how long that took.
 */
export async function waitReady(origin: string, timeoutMs: number): Promise<number> {
  const t0 = performance.now();
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${origin}/api/health?ready`, { signal: AbortSignal.timeout(5_000) });
      await res.arrayBuffer();
      if (res.status === 200) return performance.now() - t0;
    } catch {
      /* busy */
    }
    await sleep(500);
  }
  throw new Error(`${origin} was not ready (store and recap index) within ${timeoutMs / 1000} s`);
}

export interface NextServer extends Started {
  port: number;
  origin: string;
}

/** dist/server.mjs, bundled now from server/main.ts (a second, so always current). */
export const SERVER_BUNDLE = path.join(ROOT, 'dist', 'server.mjs');
let serverBundled: Promise<void> | undefined;
function bundleServer(): Promise<void> {
  serverBundled ??= new Promise((resolve, reject) => {
    const proc = startProcess('build-server', process.execPath, [path.join(ROOT, 'scripts', 'build-server.mjs')]);
    proc.child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`scripts/build-server.mjs failed (${code}): ${proc.log()}`))));
  });
  return serverBundled;
}

/**
 * The production server (`npm start`: dist/server.mjs, Next's handler behind the response cache) on the
 * benchmark build, reading sessions from `dataDir` (read at runtime, per request).
 */
export async function startNext(port: number, dataDir?: string, env: Record<string, string> = {}): Promise<NextServer> {
  await bundleServer();
  const origin = `http://${HOST}:${port}`;
  const proc = startProcess(`npm start :${port}`, process.execPath, [SERVER_BUNDLE, '-p', String(port), '-H', HOST], {
    NEXT_DIST_DIR: BENCH_DIST_DIR,
    SITE_URL: origin,
    NODE_ENV: 'production',
    ...(dataDir ? { DATA_DIR: dataDir } : {}),
    ...env,
  });
  const server: NextServer = { ...proc, port, origin };
  try {
    await waitForUrl(`${origin}/api/health`, 60_000, proc);
  } catch (error) {
    await proc.stop();
    throw error;
  }
  return server;
}

/** The process and its descendants (next start may fork a worker). */
function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Field 4 (ppid) comes after the command name, which is in parentheses and may hold spaces.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      /* exited meanwhile */
    }
  }
  const out: number[] = [];
  const queue = [pid];
  while (queue.length > 0 && out.length < 1_000) {
    const p = queue.shift()!;
    out.push(p);
    queue.push(...(children.get(p) ?? []));
  }
  return out;
}

/** Resident memory (VmRSS, or VmHWM: the peak so far) of a process and its children, in bytes. */
export function rssBytes(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  let total = 0;
  for (const p of processTree(pid)) {
    try {
      const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(fs.readFileSync(`/proc/${p}/status`, 'utf8'));
      if (m) total += Number(m[1]) * 1024;
    } catch {
      /* exited meanwhile */
    }
  }
  return total;
}

/**
 * A GET as a browser sends it (Accept-Encoding: br, gzip), timed from the request to the status line and
 * headers (`ttfb`: the server's response time) and to the last byte of the body as it comes over the wire,
 * not decoded (`ms`: without the client's decompression, which fetch() would add and which grows with the
 * page's size).
 */
export function timedRawGet(url: string, timeoutMs = 60_000): Promise<{ status: number; ms: number; ttfb: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const req = http.get(url, { headers: { 'accept-encoding': 'br, gzip' }, timeout: timeoutMs }, (res) => {
      // The status line and headers are in: the server has answered (what Lighthouse calls server response time).
      const ttfb = performance.now() - t0;
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - t0, ttfb, bytes }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`${url}: no answer within ${timeoutMs / 1000} s`)));
    req.on('error', reject);
  });
}

/** GET with a timeout; returns status, final URL (after redirects), headers and body. */
export async function get(url: string, init: RequestInit = {}, timeoutMs = 60_000) {
  const res = await fetch(url, { redirect: 'follow', ...init, signal: AbortSignal.timeout(timeoutMs) });
  const body = Buffer.from(await res.arrayBuffer());
  return { status: res.status, url: res.url, headers: res.headers, body };
}
