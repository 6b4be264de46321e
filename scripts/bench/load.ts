/**
 * Load generation with wrk (Debian package `wrk`). Why wrk and not a node load generator: the machine has
 * 2 cores shared by client and server, and a single-threaded JS client (autocannon) saturates a core by
 * itself at the rates nginx reaches, which would cap the nginx figures and make the nginx/static ratio
 * meaningless. wrk is C, event-driven and light.
 *
 * Every run: 2 threads, 50 connections, a fixed duration, `Accept-Encoding: gzip` (as a browser sends),
 * and a 30 s request timeout so slow answers count as latency, not as socket errors.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface LoadResult {
  requests: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  /** Connect/read/write/timeout socket errors. */
  socketErrors: number;
  /** Responses with a status of 400 or more (wrk's "Non-2xx or 3xx"). */
  badStatus: number;
  raw: string;
}

export async function wrkAvailable(): Promise<boolean> {
  try {
    await run('wrk', ['--version']);
    return true;
  } catch (error) {
    // wrk --version prints its banner and exits 1.
    return (error as { code?: unknown }).code === 1;
  }
}

function toMs(value: string, unit: string): number {
  const n = Number(value);
  return unit === 'us' ? n / 1000 : unit === 's' ? n * 1000 : unit === 'm' ? n * 60_000 : n;
}

export function parseWrk(out: string): LoadResult {
  const latency = (pct: string) => {
    const m = new RegExp(`^\\s*${pct}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, 'm').exec(out);
    return m ? toMs(m[1]!, m[2]!) : NaN;
  };
  const requests = Number(/(\d+) requests in/.exec(out)?.[1] ?? NaN);
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN);
  const sock = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const socketErrors = sock ? sock.slice(1).reduce((a, b) => a + Number(b), 0) : 0;
  const badStatus = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0);
  return { requests, rps, p50Ms: latency('50'), p99Ms: latency('99'), socketErrors, badStatus, raw: out };
}

export async function wrk(url: string, seconds: number, connections = 50): Promise<LoadResult> {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error(`load is only sent to 127.0.0.1, not ${url}`);
  const { stdout } = await run(
    'wrk',
    ['-t2', `-c${connections}`, `-d${seconds}s`, '--timeout', '30s', '--latency', '-H', 'Accept-Encoding: gzip', url],
    { timeout: (seconds + 45) * 1000, killSignal: 'SIGKILL' },
  );
  return parseWrk(stdout);
}
