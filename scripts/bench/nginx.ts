/**
 * deploy/nginx.conf, run as shipped but inside a temp prefix: the upstream port points at the benchmark's
 * next start, it listens on a free loopback port, runs in the foreground (so it is a child we stop by id),
 * and as root when we are root (its cache dir is in /tmp, which the default `nobody` could not write).
 * Two locations are added, files of the page's HTML: `/static-copy.html`, gzipped by nginx per request as
 * deploy/nginx.conf does (the baseline), and `/static-copy-gz.html` with its gzip -9 beside it
 * (`gzip_static on`: sent as is, by sendfile, no compression at all), nginx at its fastest.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { HOST, ROOT, startProcess, waitForUrl, type Started } from './processes';

export const STATIC_COPY = '/static-copy.html';
export const STATIC_COPY_GZ = '/static-copy-gz.html';

export interface Nginx extends Started {
  origin: string;
  prefix: string;
}

export function rewriteConfig(conf: string, upstreamPort: number, listenPort: number, staticRoot: string): string {
  const replaced = (from: RegExp, to: string, text: string) => {
    if (!from.test(text)) throw new Error(`deploy/nginx.conf no longer matches ${from}: update scripts/bench/nginx.ts`);
    return text.replace(from, to);
  };
  let out = conf;
  out = replaced(/server 127\.0\.0\.1:\d+;/, `server ${HOST}:${upstreamPort};`, out);
  out = replaced(/listen \d+;/, `listen ${HOST}:${listenPort};`, out);
  out = replaced(
    /(\n\s*)location \/ \{/,
    `$1location = ${STATIC_COPY} {\n      root ${staticRoot};\n    }\n$1location = ${STATIC_COPY_GZ} {\n      root ${staticRoot};\n      gzip_static on;\n    }\n$1location / {`,
    out,
  );
  const head = ['daemon off;', ...(process.getuid?.() === 0 ? ['user root;'] : [])].join('\n');
  return `${head}\n${out}`;
}

export async function startNginx(upstreamPort: number, listenPort: number, staticHtml: Buffer): Promise<Nginx> {
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'hk-bench-nginx-'));
  for (const dir of ['logs', 'cache', 'tmp', 'static']) fs.mkdirSync(path.join(prefix, dir));
  fs.writeFileSync(path.join(prefix, 'static', STATIC_COPY.slice(1)), staticHtml);
  fs.writeFileSync(path.join(prefix, 'static', STATIC_COPY_GZ.slice(1)), staticHtml);
  fs.writeFileSync(path.join(prefix, 'static', `${STATIC_COPY_GZ.slice(1)}.gz`), zlib.gzipSync(staticHtml, { level: 9 }));
  const conf = rewriteConfig(fs.readFileSync(path.join(ROOT, 'deploy', 'nginx.conf'), 'utf8'), upstreamPort, listenPort, path.join(prefix, 'static'));
  const confFile = path.join(prefix, 'nginx.conf');
  fs.writeFileSync(confFile, conf);
  const bin = fs.existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';
  const proc = startProcess(`nginx :${listenPort}`, bin, ['-c', confFile, '-p', `${prefix}/`, '-e', path.join(prefix, 'logs', 'error.log')]);
  const origin = `http://${HOST}:${listenPort}`;
  const nginx: Nginx = { ...proc, origin, prefix };
  const stop = proc.stop;
  nginx.stop = async () => {
    await stop();
    fs.rmSync(prefix, { recursive: true, force: true });
  };
  try {
    await waitForUrl(`${origin}${STATIC_COPY}`, 15_000, proc);
  } catch (error) {
    const log = fs.existsSync(path.join(prefix, 'logs', 'error.log')) ? fs.readFileSync(path.join(prefix, 'logs', 'error.log'), 'utf8') : '';
    await nginx.stop();
    throw new Error(`${(error as Error).message}\n${log}`);
  }
  return nginx;
}
