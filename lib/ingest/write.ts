/**
 * Writing session files: one stock per line (files are bundled in git, so diffs stay readable and
 * small), and atomically: a reader sees the old file or the new one, never half of one.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { SessionFile } from '@/lib/schema/session';

function jsonArray(items: readonly unknown[]): string {
  if (items.length === 0) return '[]';
  return `[\n${items.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`;
}

/** The session as JSON text: top-level keys one per line, each index/stock/sector row compact on its own line. */
export function serialiseSession(session: SessionFile): string {
  const lines = [
    `  "schemaVersion": ${JSON.stringify(session.schemaVersion)}`,
    `  "date": ${JSON.stringify(session.date)}`,
    `  "market": ${JSON.stringify(session.market)}`,
    `  "session": ${JSON.stringify(session.session)}`,
    `  "indices": ${jsonArray(session.indices)}`,
    `  "stocks": ${jsonArray(session.stocks)}`,
  ];
  if (session.sectors !== undefined) lines.push(`  "sectors": ${jsonArray(session.sectors)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

export type WriteOutcome = 'written' | 'exists';

/**
 * Write `text` to `dir/name` through a temp file in the same directory (so the final step is a rename
 * or link on one filesystem). Without `force` an existing file is left alone and 'exists' is returned;
 * the check is the link itself, so a file appearing meanwhile is not clobbered either.
 */
export function writeFileAtomic(dir: string, name: string, text: string, options: { force?: boolean } = {}): WriteOutcome {
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, name);
  if (!options.force && fs.existsSync(target)) return 'exists';
  const temp = path.join(dir, `.${name}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = fs.openSync(temp, 'wx');
    try {
      fs.writeFileSync(fd, text);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (options.force) {
      fs.renameSync(temp, target);
      return 'written';
    }
    try {
      fs.linkSync(temp, target); // fails with EEXIST instead of replacing
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return 'exists';
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw err;
      // A filesystem without hard links: fall back to check-then-rename.
      if (fs.existsSync(target)) return 'exists';
      fs.renameSync(temp, target);
    }
    return 'written';
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/** Write `dir/YYYY-MM-DD.json`. */
export function writeSessionFile(dir: string, session: SessionFile, text: string, options: { force?: boolean } = {}): WriteOutcome {
  return writeFileAtomic(dir, `${session.date}.json`, text, options);
}
