/**
 * Validation of a session snapshot: bytes → UTF-8 → JSON → the zod contract → checks across fields.
 * Every problem names the file, the JSON path and what is wrong, on one line:
 *   data/sessions/2025-05-21.json: stocks[12].changePct: expected number, got "n/a"
 * Errors make the file unusable; warnings (suspicious but possible values) travel with the session.
 */
import type { z } from 'zod';
import { CHANGE_TOLERANCE_PP, EXTREME_MOVE_PCT, MAX_SESSION_FILE_BYTES } from '@/lib/config';
import type { HkexCalendar } from '@/lib/calendar';
import { INDUSTRIES } from '@/lib/industries';
import { sessionFileSchema, type SessionFile } from '@/lib/schema/session';

export type Severity = 'error' | 'warning';

export interface Problem {
  file: string;
  /** JSON path such as `stocks[12].changePct`; `(file)` for the file as a whole. */
  path: string;
  message: string;
  severity: Severity;
}

export type ValidationResult =
  | { ok: true; data: SessionFile; warnings: Problem[] }
  | { ok: false; errors: Problem[]; warnings: Problem[] };

export interface ValidateOptions {
  /** The HKEX calendar, for trading-day and half-day warnings. */
  calendar?: HkexCalendar;
  /** The date the file name promises (`2025-05-21.json`); the content must agree. */
  expectedDate?: string;
  maxBytes?: number;
  /** The file's size when known from the file system: an oversized file is refused without reading it. */
  sizeBytes?: number;
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.path}: ${p.message}`;
}

/** `['stocks', 12, 'changePct']` → `stocks[12].changePct`. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

function issueMessage(issue: z.core.$ZodIssue, input: unknown): string {
  const value = valueAt(input, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `required field is missing (expected ${issue.expected})`;
      return `expected ${issue.expected}, got ${describeValue(value)}`;
    case 'invalid_value':
      if (issue.values.length === INDUSTRIES.length && issue.values.every((v) => INDUSTRIES.includes(v as never))) {
        return `${describeValue(value)} is not one of the 12 Hang Seng industries (${INDUSTRIES.join(', ')})`;
      }
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, got ${describeValue(value)}`;
    case 'too_big':
      if (issue.origin === 'array') return `too many items: at most ${String(issue.maximum)}, got ${(value as unknown[]).length}`;
      return `${issue.message} (got ${describeValue(value)})`;
    case 'too_small':
      return `${issue.message.replace(/^Too small: /, '')} (got ${describeValue(value)})`;
    default:
      return value === undefined || typeof value === 'object' ? issue.message : `${issue.message} (got ${describeValue(value)})`;
  }
}

/**
 * A change no positive price can make: a fall of 100 % or more (the derived prevClose would be infinite or
 * negative), or a non-finite figure such as close / a subnormal prevClose.
 */
function impossibleChange(pct: number): string | undefined {
  if (!Number.isFinite(pct)) return `a change of ${pct} % cannot be shown (close / prevClose overflows)`;
  if (pct <= -100) return `a change of ${pct} % would leave a price of 0 or below`;
  return undefined;
}

function formatBytes(n: number): string {
  return n >= 1048576 ? `${(n / 1048576).toFixed(1)} MB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} bytes`;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Validate a snapshot given as raw bytes (or already-decoded text). Never throws. */
export function validateSession(input: Uint8Array | string, file: string, options: ValidateOptions = {}): ValidationResult {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const fail = (path: string, message: string) => {
    errors.push({ file, path, message, severity: 'error' });
    return { ok: false as const, errors, warnings };
  };
  const warn = (path: string, message: string) => warnings.push({ file, path, message, severity: 'warning' });

  const maxBytes = options.maxBytes ?? MAX_SESSION_FILE_BYTES;
  const size = options.sizeBytes ?? (typeof input === 'string' ? Buffer.byteLength(input) : input.byteLength);
  if (size > maxBytes) {
    return fail('(file)', `file is ${formatBytes(size)}, larger than the ${formatBytes(maxBytes)} limit`);
  }
  let text: string;
  try {
    text = typeof input === 'string' ? input : decoder.decode(input);
  } catch {
    return fail('(file)', 'not valid UTF-8 text');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    const reason = err instanceof RangeError ? 'nested too deeply' : (err as Error).message;
    return fail('(file)', `not valid JSON: ${reason}`);
  }

  const parsed = sessionFileSchema.safeParse(json);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 200)) {
      errors.push({ file, path: formatPath(issue.path), message: issueMessage(issue, json), severity: 'error' });
    }
    if (parsed.error.issues.length > 200) {
      errors.push({ file, path: '(file)', message: `${parsed.error.issues.length - 200} more problems not listed`, severity: 'error' });
    }
    return { ok: false, errors, warnings };
  }
  const data = parsed.data;

  if (options.expectedDate && data.date !== options.expectedDate) {
    errors.push({ file, path: 'date', message: `"${data.date}" does not match the file name (${options.expectedDate})`, severity: 'error' });
  }

  const seenCodes = new Map<string, number>();
  data.stocks.forEach((stock, i) => {
    const first = seenCodes.get(stock.code);
    if (first !== undefined) {
      errors.push({ file, path: `stocks[${i}].code`, message: `duplicate code "${stock.code}" (first at stocks[${first}])`, severity: 'error' });
    } else {
      seenCodes.set(stock.code, i);
    }
    const derived = stock.close !== undefined && stock.prevClose !== undefined ? (stock.close / stock.prevClose - 1) * 100 : undefined;
    if (stock.changePct !== undefined && derived !== undefined) {
      const gap = Math.abs(stock.changePct - derived);
      const msg = `changePct ${stock.changePct} disagrees with close/prevClose (${stock.close} / ${stock.prevClose} = ${derived.toFixed(2)} %)`;
      if (gap > CHANGE_TOLERANCE_PP.error) errors.push({ file, path: `stocks[${i}].changePct`, message: msg, severity: 'error' });
      else if (gap > CHANGE_TOLERANCE_PP.warn) warn(`stocks[${i}].changePct`, msg);
    }
    const pct = stock.changePct ?? derived;
    const impossible = pct === undefined ? undefined : impossibleChange(pct);
    if (impossible) {
      errors.push({ file, path: `stocks[${i}].${stock.changePct !== undefined ? 'changePct' : 'prevClose'}`, message: impossible, severity: 'error' });
    } else if (pct !== undefined && Math.abs(pct) > EXTREME_MOVE_PCT) {
      warn(`stocks[${i}].changePct`, `extreme move of ${pct.toFixed(2)} % for ${stock.code} ${stock.name}: a real event or a data glitch; check it`);
    }
  });

  const seenIndices = new Set<string>();
  data.indices.forEach((index, i) => {
    if (seenIndices.has(index.id)) errors.push({ file, path: `indices[${i}].id`, message: `duplicate index "${index.id}"`, severity: 'error' });
    seenIndices.add(index.id);
    if (index.changePct !== undefined && index.prevClose !== undefined) {
      const derived = (index.close / index.prevClose - 1) * 100;
      const gap = Math.abs(index.changePct - derived);
      const msg = `changePct ${index.changePct} disagrees with close/prevClose (${derived.toFixed(2)} %)`;
      if (gap > CHANGE_TOLERANCE_PP.error) errors.push({ file, path: `indices[${i}].changePct`, message: msg, severity: 'error' });
      else if (gap > CHANGE_TOLERANCE_PP.warn) warn(`indices[${i}].changePct`, msg);
    }
    const impossible = impossibleChange(index.changePct ?? (index.close / index.prevClose! - 1) * 100);
    if (impossible) {
      errors.push({ file, path: `indices[${i}].${index.changePct !== undefined ? 'changePct' : 'prevClose'}`, message: impossible, severity: 'error' });
    }
  });

  const seenSectors = new Set<string>();
  data.sectors?.forEach((row, i) => {
    if (seenSectors.has(row.sector)) errors.push({ file, path: `sectors[${i}].sector`, message: `duplicate industry "${row.sector}"`, severity: 'error' });
    seenSectors.add(row.sector);
  });

  const calendar = options.calendar;
  if (calendar) {
    const day = calendar.day(data.date);
    if (!day) {
      warn('date', `${data.date} is outside the bundled HKEX calendar (${calendar.first} to ${calendar.last}); not checked`);
    } else if (!calendar.isTradingDay(data.date)) {
      warn('date', `${data.date} is not an HKEX trading day (${day.status.replace('_', ' ')}${day.note ? `: ${day.note}` : ''})`);
    } else if (calendar.sessionKind(data.date) !== data.session) {
      warn('session', `session is "${data.session}" but the HKEX calendar has a ${calendar.sessionKind(data.date)} day on ${data.date}`);
    }
  }

  warnUnknownKeys(json, warn);

  if (errors.length > 0) return { ok: false, errors, warnings };
  return { ok: true, data, warnings };
}

const KNOWN_KEYS = {
  root: new Set(Object.keys(sessionFileSchema.shape)),
  stock: new Set(['code', 'name', 'nameZh', 'sector', 'changePct', 'close', 'prevClose', 'volume', 'turnover', 'marketCap', 'closeBasis', 'listingDate']),
  index: new Set(['id', 'name', 'close', 'prevClose', 'changePct']),
};

/** zod drops unknown fields; a typo such as `changepct` should not vanish without a word. */
function warnUnknownKeys(json: unknown, warn: (path: string, message: string) => void) {
  const root = json as Record<string, unknown>;
  const check = (obj: unknown, known: Set<string>, at: string) => {
    if (obj === null || typeof obj !== 'object') return;
    for (const key of Object.keys(obj)) {
      if (known.has(key)) continue;
      // A key is user text: quote anything that is not a plain name, so one problem stays on one line.
      const shown = /^[A-Za-z_][\w-]{0,63}$/.test(key) ? key : JSON.stringify(key.slice(0, 64));
      warn(at ? `${at}.${shown}` : shown, `unknown field ${JSON.stringify(key.slice(0, 64))} is ignored`);
    }
  };
  check(root, KNOWN_KEYS.root, '');
  (root.stocks as unknown[]).forEach((s, i) => check(s, KNOWN_KEYS.stock, `stocks[${i}]`));
  (root.indices as unknown[]).forEach((s, i) => check(s, KNOWN_KEYS.index, `indices[${i}]`));
}
