/**
 * One ingest run: read the vendor CSVs, build the sessions, validate each with the same code the app
 * loads them with, write the valid ones, and describe everything in a report. The CLI only parses
 * arguments and prints.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseCalendarCsv } from '@/lib/calendar';
import { EXTREME_MOVE_PCT } from '@/lib/config';
import { buildSessions, type BuildNote } from '@/lib/ingest/build';
import { readActionsCsv, readBarsCsv, readIndexClosesCsv, readSecuritiesCsv } from '@/lib/ingest/csv';
import { serialiseSession, writeSessionFile } from '@/lib/ingest/write';
import { formatProblem, validateSession } from '@/lib/session/validate';

export interface IngestOptions {
  securities: string;
  bars: string;
  indices: string;
  calendar?: string;
  actions?: string;
  from?: string;
  to?: string;
  out: string;
  force?: boolean;
}

export interface IngestReport {
  lines: string[];
  counts: { written: number; skipped: number; refused: number; invalid: number };
  notes: BuildNote[];
  exitCode: 0 | 1;
}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`${file}: cannot read: ${(err as Error).message}`, { cause: err });
  }
}

const NOTE_ORDER: BuildNote['kind'][] = ['new-listing', 'unexplained-move', 'unknown-code', 'index-absent', 'unused-action', 'no-bars'];

/** Throws on unreadable or malformed input (the message names the file and line); otherwise reports. */
export function runIngest(options: IngestOptions): IngestReport {
  const calendar = options.calendar ? parseCalendarCsv(readText(options.calendar), options.calendar) : undefined;
  const result = buildSessions({
    securities: readSecuritiesCsv(readText(options.securities), options.securities),
    bars: readBarsCsv(readText(options.bars), options.bars, { through: options.to }),
    indexCloses: readIndexClosesCsv(readText(options.indices), options.indices),
    actions: options.actions ? readActionsCsv(readText(options.actions), options.actions) : undefined,
    calendar,
    from: options.from,
    to: options.to,
  });

  const counts = { written: 0, skipped: 0, refused: 0, invalid: 0 };
  const perDate: Array<{ date: string; lines: string[] }> = [];

  for (const refused of result.refused) {
    counts.refused += 1;
    perDate.push({ date: refused.date, lines: [`refused ${refused.date}: ${refused.message}`] });
  }

  for (const empty of result.empty) {
    counts.skipped += 1;
    perDate.push({ date: empty.date, lines: [`skipped ${empty.date}: ${empty.message}`] });
  }

  for (const session of result.sessions) {
    const file = path.join(options.out, `${session.date}.json`);
    const text = serialiseSession(session);
    const checked = validateSession(text, file, { calendar, expectedDate: session.date });
    if (!checked.ok) {
      counts.invalid += 1;
      perDate.push({ date: session.date, lines: [`invalid ${session.date}: not written`, ...checked.errors.map((p) => `  ${formatProblem(p)}`)] });
      continue;
    }
    // Extreme moves are already listed as flags below; other warnings are shown here.
    const warnings = checked.warnings.filter((p) => !p.message.startsWith('extreme move')).map((p) => `  warning: ${formatProblem(p)}`);
    const outcome = writeSessionFile(options.out, session, text, { force: options.force });
    const summary = `${session.stocks.length} stocks, ${session.indices.map((i) => i.id).join('+') || 'no indices'}${session.session === 'half' ? ', half day' : ''}`;
    if (outcome === 'written') {
      counts.written += 1;
      perDate.push({ date: session.date, lines: [`wrote ${file} (${summary})`, ...warnings] });
    } else {
      counts.skipped += 1;
      perDate.push({ date: session.date, lines: [`skipped ${session.date}: exists (use --force)`, ...warnings] });
    }
  }

  perDate.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const lines = perDate.flatMap((d) => d.lines);
  for (const kind of NOTE_ORDER) {
    const notes = result.notes.filter((n) => n.kind === kind);
    if (notes.length === 0) continue;
    lines.push(`${HEADINGS[kind]} (${notes.length}):`, ...notes.map((n) => `  ${n.message}`));
  }
  lines.push(`wrote ${counts.written}, skipped ${counts.skipped}, refused ${counts.refused}, invalid ${counts.invalid}`);
  return { lines, counts, notes: result.notes, exitCode: counts.invalid > 0 ? 1 : 0 };
}

const HEADINGS: Record<BuildNote['kind'], string> = {
  'new-listing': 'New listings left out of their first session',
  'unexplained-move': `Moves beyond ±${EXTREME_MOVE_PCT} % not explained by a corporate action (real event or data glitch; check them)`,
  'unknown-code': 'Codes in the bars but not in the securities file',
  'index-absent': 'Indices missing from some sessions',
  'unused-action': 'Corporate actions not applied',
  'no-bars': 'Trading days without bars',
};
