/**
 * Extra servers for browser tests that need their own data directory or a proxy in front: a second
 * `next start` on the build Playwright's webServer made, and nginx with deploy/nginx.conf.
 * Every server is bound to 127.0.0.1 and stopped by the test that started it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, timeoutMs: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}) before answering ${url}:\n${log()}`);
    try {
      const res = await fetch(url, { redirect: 'manual' });
      if (res.status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no answer from ${url} within ${timeoutMs} ms:\n${log()}`);
}

export interface Server {
  url: string;
  port: number;
  output: () => string;
  stop: () => Promise<void>;
}

function stopper(child: ChildProcess) {
  return () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    });
}

/**
 * The production server (`npm start`: dist/server.mjs, Next behind the response cache) on the existing
 * build, with its own environment (DATA_DIR, EMBED_ALLOWED_ORIGINS…). SITE_URL is the server's own URL
 * unless `env` sets it; `SITE_URL: ''` leaves it unset (links then come from the request).
 */
export async function startNext(env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let out = '';
  const merged: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', SITE_URL: url, ...env };
  for (const key of Object.keys(merged)) if (merged[key] === '') delete merged[key];
  const child = spawn(process.execPath, [path.resolve('dist/server.mjs'), '-p', String(port), '-H', '127.0.0.1'], {
    env: merged,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (out += d));
  await waitFor(`${url}/api/health`, 60_000, child, () => out);
  return { url, port, output: () => out, stop: stopper(child) };
}

/** A data directory with the calendar and copies of the given bundled sessions. */
export function tempDataDir(sessions: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hkmr-data-'));
  fs.mkdirSync(path.join(dir, 'sessions'));
  fs.copyFileSync(path.resolve('data/hkex-calendar.csv'), path.join(dir, 'hkex-calendar.csv'));
  for (const date of sessions) fs.copyFileSync(path.resolve(`data/sessions/${date}.json`), path.join(dir, 'sessions', `${date}.json`));
  for (const extra of ['themes.json', 'corporate-actions.csv']) {
    if (fs.existsSync(path.resolve('data', extra))) fs.copyFileSync(path.resolve('data', extra), path.join(dir, extra));
  }
  return dir;
}

export function nginxBinary(): string {
  for (const candidate of ['/usr/sbin/nginx', '/usr/bin/nginx']) if (fs.existsSync(candidate)) return candidate;
  throw new Error('nginx is not installed (apt-get install nginx); .ci/run installs it');
}

/** nginx with deploy/nginx.conf, rewritten to proxy `upstreamPort` and listen on a free port, in a temp prefix. */
export async function startNginx(upstreamPort: number): Promise<Server & { prefix: string }> {
  const port = await freePort();
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'hkmr-nginx-'));
  for (const sub of ['logs', 'cache', 'tmp']) fs.mkdirSync(path.join(prefix, sub));
  const conf = fs
    .readFileSync(path.resolve('deploy/nginx.conf'), 'utf8')
    .replace('server 127.0.0.1:3000;', `server 127.0.0.1:${upstreamPort};`)
    .replace('listen 8080;', `listen 127.0.0.1:${port};`)
    .replace('worker_processes auto;', `worker_processes 1;\nuser root;\ndaemon off;`);
  const confPath = path.join(prefix, 'nginx.conf');
  fs.writeFileSync(confPath, conf);
  let out = '';
  const child = spawn(nginxBinary(), ['-c', confPath, '-p', `${prefix}/`, '-e', `${prefix}/logs/error.log`], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (out += d));
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/api/health`, 15_000, child, () => out + safeRead(path.join(prefix, 'logs/error.log')));
  const stop = stopper(child);
  return { url, port, prefix, output: () => out + safeRead(path.join(prefix, 'logs/error.log')), stop: async () => { await stop(); fs.rmSync(prefix, { recursive: true, force: true }); } };
}

function safeRead(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
