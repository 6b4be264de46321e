/**
 * The one table the benchmark prints and writes to docs/benchmarks.md: each figure with its value, its
 * budget (✗ MISSED when missed) and how it was measured, under the command, the machine and the date.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './processes';

export interface Row {
  figure: string;
  value: string;
  /** e.g. "≤ 120 KB"; empty when the figure has no budget. */
  budget?: string;
  /** true met, false missed, undefined = no check (no budget, or not measured). */
  met?: boolean;
  how: string;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
// Under 10 ms a tenth of a millisecond is shown: a cached page answers in 1-2 ms, where whole milliseconds hide the ratio.
export const ms = (x: number) => (x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : x < 1 ? `${x.toFixed(2)} ms` : x < 10 ? `${x.toFixed(1)} ms` : `${Math.round(x)} ms`);
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const cell = (s: string) => s.replaceAll('|', '\\|').replaceAll('\n', ' ');

function budgetCell(row: Row): string {
  if (!row.budget) return '–';
  if (row.met === undefined) return `${row.budget} (not checked)`;
  return row.met ? `${row.budget} ✓` : `${row.budget} ✗ MISSED`;
}

export function table(rows: Row[]): string {
  const lines = ['| Figure | Value | Budget | How it was measured |', '| --- | --- | --- | --- |'];
  for (const r of rows) lines.push(`| ${cell(r.figure)} | ${cell(r.value)} | ${cell(budgetCell(r))} | ${cell(r.how)} |`);
  return lines.join('\n');
}

function quiet(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim();
  } catch {
    return 'unknown';
  }
}

/**
 * The tree the figures are from: the commit, and whether the working tree matched it. Files of the app that
 * differed from the commit are listed (docs/benchmarks.md itself, which this run rewrites, does not count).
 */
export function tree(): string {
  const commit = quiet('git', ['rev-parse', '--short', 'HEAD']);
  const branch = quiet('git', ['rev-parse', '--abbrev-ref', 'HEAD']);
  const changed = quiet('git', ['status', '--porcelain', '--untracked-files=no'])
    .split('\n')
    // `quiet` trims the output, so the first line may have lost the leading space of its status: drop the status token.
    .map((l) => l.trim().replace(/^\S+\s+/, ''))
    .filter((f) => f && f !== 'docs/benchmarks.md' && f !== 'tsconfig.json' && f !== 'next-env.d.ts');
  const state = changed.length === 0 ? 'clean (the committed tree)' : `with uncommitted changes to ${changed.join(', ')} (not a committed tree)`;
  return `${commit} on ${branch}, ${state}`;
}

export function machine(): string[] {
  const chromium = quiet('/usr/bin/chromium', ['--version']).split('\n').find((l) => /Chromium/.test(l)) ?? 'unknown';
  const nginx = quiet('bash', ['-c', 'nginx -v 2>&1']);
  const wrk = quiet('bash', ['-c', 'wrk --version 2>&1 | head -1']);
  const next = (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'next', 'package.json'), 'utf8')) as { version: string }).version;
  return [
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${os.cpus().length} cores (nproc ${quiet('nproc', [])}), ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB, ${os.type()} ${os.release()}`,
    `- Node ${process.version}, Next ${next}, ${chromium}, ${nginx}, ${wrk}`,
    `- Tree measured: ${tree()}`,
  ];
}

export function writeReport(file: string, command: string, rows: Row[], notes: string[]): string {
  const missed = rows.filter((r) => r.met === false).length;
  const text = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (scripts/bench.ts); do not edit by hand, run it again.',
    '',
    `Command: \`${command}\``,
    '',
    ...machine(),
    '',
    table(rows),
    '',
    missed > 0 ? `**${missed} budget${missed > 1 ? 's' : ''} missed.**` : 'Every budget checked was met.',
    '',
    ...(notes.length > 0 ? ['## Notes', '', ...notes.map((n) => `- ${n}`), ''] : []),
  ].join('\n');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return text;
}
