#!/usr/bin/env node
/**
 * `npm test` runs this first (npm's `pretest`): the browser tests need Debian's Chromium and nginx. When
 * one is missing it is installed if we can (root with apt-get, as .ci/run does); otherwise this stops in
 * its first second with the exact command to run, instead of failing minutes later after a build.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const nginxPaths = ['/usr/sbin/nginx', '/usr/bin/nginx'];

function onPath(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

function missing() {
  const out = [];
  if (!fs.existsSync(chromium)) out.push({ pkg: 'chromium', what: `Chromium at ${chromium}${process.env.CHROMIUM_PATH ? ' ($CHROMIUM_PATH)' : ''}` });
  if (!nginxPaths.some((p) => fs.existsSync(p)) && !onPath('nginx')) out.push({ pkg: 'nginx', what: 'nginx (tests/e2e/nginx-cache.spec.ts)' });
  return out;
}

let need = missing();
if (need.length === 0) process.exit(0);

const pkgs = need.map((n) => n.pkg);
const isRoot = process.getuid?.() === 0;
if (isRoot && onPath('apt-get') && !process.env.CHROMIUM_PATH) {
  console.error(`npm test: installing from Debian: ${pkgs.join(' ')}`);
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', '-o', 'DPkg::Lock::Timeout=600', ...pkgs], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch (error) {
    console.error(`npm test: apt-get failed (${error.message.split('\n')[0]})`);
  }
  need = missing();
  if (need.length === 0) process.exit(0);
}

const sudo = isRoot ? '' : 'sudo ';
console.error(
  [
    `npm test needs ${need.map((n) => n.what).join(' and ')} for the browser tests, and could not install ${need.length > 1 ? 'them' : 'it'}.`,
    `Run:  ${sudo}apt-get install -y ${need.map((n) => n.pkg).join(' ')}`,
    `(or point CHROMIUM_PATH at a Chromium or Chrome binary), then npm test again.`,
  ].join('\n'),
);
process.exit(1);
