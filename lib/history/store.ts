/**
 * The history store: every stock's and index's daily series, derived from `data/sessions/*.json` into an
 * embedded DuckDB database file, and kept in step with the folder.
 *
 * Why DuckDB: the questions pages ask are column scans and aggregates over a date range of a long table
 * (a 1Y period return is one GROUP BY over 250 sessions × 2,600 stocks; 52-week highs the same), which a
 * columnar engine answers in milliseconds from a table kept in date order (zone maps skip the other years).
 * It installs from npm as a prebuilt per-platform package (no download or compiler at install time).
 *
 * The files stay the only source of truth:
 * - each file is validated with the app's own `validateSession` and reshaped with `toSession`, so the store
 *   holds exactly what the pages show; an invalid file never enters (the last valid version's rows stay);
 * - the `files` table remembers the version (mtime + size) of every file it has read, so a restart parses
 *   only files that are new or changed since, and a deleted file's rows leave;
 * - `growth` (chain-linked growth of 1 from before the stock's first row) and `seq` (the row's number in
 *   the stock's history) are derived columns, and `industry_days` (each industry's equal-weighted daily
 *   move) a derived table, recomputed from the earliest changed date after a change;
 *   `meta.dirty_from` records a pending recompute, so a crash mid-update is repaired on the next open;
 * - deleting the database file only costs a rebuild.
 *
 * Freshness: every query first runs a throttled check (the folder's mtime at most every `checkMs`, every
 * file's mtime and size at most every `scanMs`, or at once after fs.watch reports a change), so a new or
 * corrected file is in the store on the first request after it lands, well inside a minute.
 *
 * Instances: DuckDB locks its file for one process. Each server process derives its own store; when the
 * file is held by another process on the same machine, the next slot beside it (`history-2.duckdb`, …)
 * is used (each one persistent, so restarts reuse them), and after MAX_SLOTS an in-memory store.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { EXTREME_MOVE_PCT, MAX_SESSION_FILE_BYTES } from '@/lib/config';
import type { Industry } from '@/lib/industries';
import { indexOfDate, periodWindow as windowOf, windowBetween } from '@/lib/history/periods';
import {
  FIFTY_TWO_WEEK_SESSIONS,
  type DatedReturns,
  type FiftyTwoWeekExtremes,
  type HistoryStore,
  type IndexDay,
  type IndexPeriodChange,
  type Period,
  type PeriodReturns,
  type PeriodWindow,
  type SessionTurnover,
  type StockDay,
  type StockInfo,
  type StockPeriodReturn,
  type StockRef,
} from '@/lib/history/types';
import type { CloseBasis } from '@/lib/schema/session';
import { toSession, type Session } from '@/lib/session/model';
import { validateSession } from '@/lib/session/validate';

/** Bump when the tables change shape: an older store file is then rebuilt. */
const STORE_FORMAT = 2;
const SESSION_FILE = /^(\d{4}-\d{2}-\d{2})\.json$/;
/** Second, third… instances on one machine use history-2.duckdb … history-8.duckdb beside the first. */
export const MAX_SLOTS = 8;
/** Relative tolerance for "a new high": chain-linked growth computed in another order differs in the last bits. */
const NEW_EXTREME_TOLERANCE = 1e-9;

export interface HistoryStoreOptions {
  /** The folder holding `sessions/`. */
  dataDir: string;
  /** The database file, or ':memory:'. Slots for further instances go beside it. */
  storePath: string;
  /** How often (ms) a query may check the sessions folder's mtime. Default 1000. */
  checkMs?: number;
  /** How often (ms) a query may stat every file (catches in-place edits). Default 15000. */
  scanMs?: number;
  /** Watch the folder and rescan on the next query after a change. Default true. */
  watch?: boolean;
  /** DuckDB's memory limit. Default '1GB'. */
  memoryLimit?: string;
  /** Files validated per committed batch during a build. Default 100. */
  batchFiles?: number;
  /** How long to wait for an existing store file held by another process (e.g. one shutting down) before using another slot. Default 5000. */
  lockWaitMs?: number;
}

export interface RefreshStats {
  /** Session files read and validated. */
  parsed: number;
  /** Of those, rejected (their previous valid rows, if any, stay). */
  rejected: number;
  removed: number;
  /** Derived columns recomputed from this date ('' when none). */
  recomputedFrom: string;
  ms: number;
}

interface FileVersion {
  mtimeMs: number;
  size: number;
  /** The version (mtime:size) of the file whose rows the store holds; null when none (never valid). */
  rows: string | null;
}

const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS files (date VARCHAR PRIMARY KEY, mtime_ms DOUBLE, size BIGINT, rows_version VARCHAR);
CREATE TABLE IF NOT EXISTS sessions (date VARCHAR, kind VARCHAR, stocks INTEGER, turnover DOUBLE);
CREATE TABLE IF NOT EXISTS index_days (date VARCHAR, id VARCHAR, name VARCHAR, close DOUBLE, prev_close DOUBLE, change_pct DOUBLE);
CREATE TABLE IF NOT EXISTS stock_days (
  date VARCHAR, code VARCHAR, name VARCHAR, name_zh VARCHAR, sector VARCHAR, listing_date VARCHAR,
  change_pct DOUBLE, close DOUBLE, close_basis VARCHAR, volume DOUBLE, turnover DOUBLE, extreme BOOLEAN,
  growth DOUBLE, seq INTEGER
);
CREATE TABLE IF NOT EXISTS industry_days (date VARCHAR, sector VARCHAR, pct DOUBLE, members INTEGER);`;

/**
 * Bump when a derived table's definition changes: the derived tables are then recomputed from the rows the
 * store holds, without re-reading any file (unlike STORE_FORMAT).
 */
const DERIVED_FORMAT = 1;

function isLockError(err: unknown): boolean {
  return /lock/i.test((err as Error)?.message ?? '');
}

/** Slot k's file: history.duckdb, history-2.duckdb, … */
export function slotPath(storePath: string, k: number): string {
  if (k === 1) return storePath;
  const ext = path.extname(storePath);
  return `${storePath.slice(0, storePath.length - ext.length)}-${k}${ext}`;
}

/** Serialises work on one connection (DuckDB runs one statement at a time per connection). */
class Lane {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.tail.then(task, task);
    this.tail = next.catch(() => undefined);
    return next;
  }
}

type Row = Record<string, unknown>;

export class DuckDbHistoryStore implements HistoryStore {
  private dates: string[] = [];
  private files = new Map<string, FileVersion>();
  private versionTag = 'empty';
  private lastCheck = 0;
  private lastScan = 0;
  private dirVersion = '';
  private watcherDirty = false;
  private watcher: fs.FSWatcher | null = null;
  private refreshing: Promise<RefreshStats> | null = null;
  private readonly reads = new Lane();
  private readonly writes = new Lane();
  /** What the last refresh that found a change did; tests and the bench read it. */
  lastRefresh: RefreshStats = { parsed: 0, rejected: 0, removed: 0, recomputedFrom: '', ms: 0 };
  /** Files parsed since this process opened the store. */
  parsedSinceOpen = 0;

  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly writer: DuckDBConnection,
    private readonly reader: DuckDBConnection,
    readonly file: string,
    private readonly options: Required<Omit<HistoryStoreOptions, 'storePath' | 'lockWaitMs'>>,
  ) {}

  /** Opens (or creates) the store and brings it up to date with the folder. */
  static async open(options: HistoryStoreOptions): Promise<DuckDbHistoryStore> {
    const opts = {
      dataDir: options.dataDir,
      checkMs: options.checkMs ?? 1000,
      scanMs: options.scanMs ?? 15_000,
      watch: options.watch ?? true,
      memoryLimit: options.memoryLimit ?? '1GB',
      batchFiles: options.batchFiles ?? 100,
    };
    const config = { memory_limit: opts.memoryLimit, threads: '2' };
    let instance: DuckDBInstance | null = null;
    let file = options.storePath;
    if (file !== ':memory:') {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const slots = Array.from({ length: MAX_SLOTS }, (_, i) => slotPath(options.storePath, i + 1));
      const tryOpen = async (candidate: string) => {
        try {
          instance = await DuckDBInstance.create(candidate, config);
          file = candidate;
        } catch (err) {
          if (!isLockError(err)) throw err;
        }
      };
      // A store already built is worth a short wait: on a restart the old process may still be shutting
      // down and holding its file, and building another one costs minutes with 20 years of files.
      const existing = slots.filter((candidate) => fs.existsSync(candidate));
      const waitUntil = Date.now() + (options.lockWaitMs ?? 5_000);
      for (;;) {
        for (const candidate of existing) if (instance === null) await tryOpen(candidate);
        if (instance !== null || existing.length === 0 || Date.now() >= waitUntil) break;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      for (const candidate of slots) if (instance === null && !existing.includes(candidate)) await tryOpen(candidate);
      if (instance === null) {
        console.warn(JSON.stringify({ event: 'history-store', message: `${MAX_SLOTS} store files beside ${options.storePath} are held by other processes; using an in-memory store` }));
        file = ':memory:';
      }
    }
    instance ??= await DuckDBInstance.create(':memory:', config);
    const writer = await instance.connect();
    const reader = await instance.connect();
    const store = new DuckDbHistoryStore(instance, writer, reader, file, opts);
    await store.init();
    await store.refresh();
    if (opts.watch) store.startWatching();
    return store;
  }

  private async all(conn: DuckDBConnection, sql: string, values?: DuckDBValue[]): Promise<Row[]> {
    const reader = await conn.runAndReadAll(sql, values);
    return reader.getRowObjectsJS() as Row[];
  }

  private async init(): Promise<void> {
    const w = this.writer;
    await w.run(SCHEMA_SQL);
    const meta = new Map((await this.all(w, 'SELECT key, value FROM meta')).map((r) => [r.key as string, r.value as string]));
    const format = meta.get('format');
    const dataDir = meta.get('data_dir');
    if (format !== String(STORE_FORMAT) || dataDir !== this.options.dataDir) {
      // Another format or another data folder: start from nothing (the store is derived, so nothing is lost).
      for (const t of ['files', 'sessions', 'index_days', 'stock_days', 'industry_days', 'meta']) await w.run(`DELETE FROM ${t}`);
      await w.run(`INSERT INTO meta VALUES ('format', '${STORE_FORMAT}'), ('data_dir', $1)`, [this.options.dataDir]);
    }
    for (const r of await this.all(w, 'SELECT date, mtime_ms, size::DOUBLE AS size, rows_version FROM files')) {
      this.files.set(r.date as string, { mtimeMs: r.mtime_ms as number, size: r.size as number, rows: (r.rows_version as string | null) ?? null });
    }
    this.dates = (await this.all(w, 'SELECT date FROM sessions ORDER BY date')).map((r) => r.date as string);
    const dirty = meta.get('dirty_from');
    if (meta.get('derived_format') !== String(DERIVED_FORMAT)) {
      // A store written before the derived tables changed: derive them again from the rows it holds.
      await this.deriveIndustryDays('0000-00-00');
      await w.run(`INSERT OR REPLACE INTO meta VALUES ('derived_format', '${DERIVED_FORMAT}')`);
    } else if (dirty) await this.recompute(dirty);
    this.updateVersion();
  }

  private sessionsDir(): string {
    return path.join(this.options.dataDir, 'sessions');
  }

  private startWatching(): void {
    try {
      this.watcher = fs.watch(this.sessionsDir(), { persistent: false }, () => {
        this.watcherDirty = true;
      });
      this.watcher.on('error', () => {
        this.watcher?.close();
        this.watcher = null;
      });
    } catch {
      // No watch support (some network file systems): the periodic scan still catches every change.
      this.watcher = null;
    }
  }

  private updateVersion(): void {
    const h = createHash('sha1');
    for (const date of [...this.files.keys()].sort()) {
      const rows = this.files.get(date)!.rows;
      if (rows !== null) h.update(`${date}:${rows}|`);
    }
    this.versionTag = h.digest('base64url').slice(0, 16);
  }

  /** Changes whenever the store's content changes. Cheap (a cached string); starts a throttled check in the background. */
  version(): string {
    if (this.due()) void this.ensureFresh().catch(() => undefined);
    return this.versionTag;
  }

  private due(): boolean {
    const now = Date.now();
    return this.watcherDirty || now - this.lastCheck >= this.options.checkMs;
  }

  /** Runs the throttled check; resolves when the store reflects the folder as of now (or of the running refresh). */
  async ensureFresh(): Promise<void> {
    if (this.refreshing) {
      await this.refreshing;
      return;
    }
    if (!this.due()) return;
    this.lastCheck = Date.now();
    let dirVersion = '';
    try {
      const s = fs.statSync(this.sessionsDir());
      dirVersion = `${s.mtimeMs}:${s.size}`;
    } catch {
      dirVersion = 'missing';
    }
    const scanDue = this.watcherDirty || dirVersion !== this.dirVersion || Date.now() - this.lastScan >= this.options.scanMs;
    if (!scanDue) return;
    await this.refresh();
  }

  /** Brings the store in line with the folder: reads new and changed files, drops deleted ones. */
  refresh(): Promise<RefreshStats> {
    if (this.refreshing) return this.refreshing;
    this.refreshing = this.writes
      .run(() => this.doRefresh())
      .finally(() => {
        this.refreshing = null;
      });
    return this.refreshing;
  }

  private listFolder(): Map<string, { mtimeMs: number; size: number }> {
    const found = new Map<string, { mtimeMs: number; size: number }>();
    const dir = this.sessionsDir();
    let names: string[];
    try {
      const s = fs.statSync(dir);
      this.dirVersion = `${s.mtimeMs}:${s.size}`;
      names = fs.readdirSync(dir);
    } catch {
      this.dirVersion = 'missing';
      return found;
    }
    for (const name of names) {
      const date = SESSION_FILE.exec(name)?.[1];
      if (!date) continue;
      try {
        const s = fs.statSync(path.join(dir, name));
        if (s.isFile()) found.set(date, { mtimeMs: s.mtimeMs, size: s.size });
      } catch {
        // Removed between readdir and stat: treated as deleted.
      }
    }
    return found;
  }

  /** Validates one file exactly as the pages do; null when it is invalid. */
  private readSession(date: string, size: number): Session | null {
    const file = path.join(this.sessionsDir(), `${date}.json`);
    try {
      const bytes = size > MAX_SESSION_FILE_BYTES ? new Uint8Array(0) : fs.readFileSync(file);
      const result = validateSession(bytes, file, { expectedDate: date, sizeBytes: size });
      return result.ok ? toSession(result.data, result.warnings) : null;
    } catch {
      return null;
    }
  }

  private async doRefresh(): Promise<RefreshStats> {
    const t0 = performance.now();
    this.watcherDirty = false;
    this.lastScan = Date.now();
    this.lastCheck = Date.now();
    const onDisk = this.listFolder();
    const changed: string[] = [];
    const removed: string[] = [];
    for (const [date, v] of onDisk) {
      const known = this.files.get(date);
      if (!known || known.mtimeMs !== v.mtimeMs || known.size !== v.size) changed.push(date);
    }
    for (const date of this.files.keys()) if (!onDisk.has(date)) removed.push(date);
    changed.sort();
    const stats: RefreshStats = { parsed: 0, rejected: 0, removed: 0, recomputedFrom: '', ms: 0 };
    if (changed.length === 0 && removed.length === 0) {
      stats.ms = performance.now() - t0;
      return stats;
    }
    const w = this.writer;
    let dirtyFrom = '';
    const markDirty = async (date: string) => {
      if (dirtyFrom !== '' && dirtyFrom <= date) return;
      dirtyFrom = date;
      await w.run(`INSERT OR REPLACE INTO meta VALUES ('dirty_from', $1)`, [dirtyFrom]);
    };

    for (const date of removed) {
      if (this.files.get(date)?.rows) {
        await markDirty(date);
        for (const t of ['stock_days', 'index_days', 'sessions']) await w.run(`DELETE FROM ${t} WHERE date = $1`, [date]);
      }
      await w.run('DELETE FROM files WHERE date = $1', [date]);
      this.files.delete(date);
      stats.removed++;
    }

    for (let i = 0; i < changed.length; i += this.options.batchFiles) {
      const batch = changed.slice(i, i + this.options.batchFiles);
      const good: Session[] = [];
      const seen: [string, FileVersion][] = [];
      for (const date of batch) {
        const v = onDisk.get(date)!;
        const session = this.readSession(date, v.size);
        stats.parsed++;
        this.parsedSinceOpen++;
        if (session) good.push(session);
        else stats.rejected++;
        // A rejected version is remembered (not re-read until it changes); the last valid rows stay.
        seen.push([date, { mtimeMs: v.mtimeMs, size: v.size, rows: session !== null ? `${v.mtimeMs}:${v.size}` : (this.files.get(date)?.rows ?? null) }]);
      }
      // One transaction per batch: the rows and the versions that explain them are committed together.
      await w.run('BEGIN TRANSACTION');
      try {
        if (good.length > 0) {
          await markDirty(good[0]!.date);
          await this.writeSessions(good);
        }
        for (const [date, v] of seen) await w.run('INSERT OR REPLACE INTO files VALUES ($1, $2, $3, $4)', [date, v.mtimeMs, v.size, v.rows]);
        await w.run('COMMIT');
      } catch (err) {
        await w.run('ROLLBACK');
        throw err;
      }
      for (const [date, v] of seen) this.files.set(date, v);
    }
    if (dirtyFrom !== '') {
      await this.recompute(dirtyFrom);
      stats.recomputedFrom = dirtyFrom;
    }
    this.dates = (await this.all(w, 'SELECT date FROM sessions ORDER BY date')).map((r) => r.date as string);
    this.updateVersion();
    stats.ms = performance.now() - t0;
    this.lastRefresh = stats;
    return stats;
  }

  private async writeSessions(sessions: Session[]): Promise<void> {
    const w = this.writer;
    const list = sessions.map((s) => `'${s.date}'`).join(',');
    for (const t of ['stock_days', 'index_days', 'sessions']) await w.run(`DELETE FROM ${t} WHERE date IN (${list})`);
    const sa = await w.createAppender('sessions');
    const ia = await w.createAppender('index_days');
    const st = await w.createAppender('stock_days');
    const num = (a: typeof st, v: number | null) => (v === null || !Number.isFinite(v) ? a.appendNull() : a.appendDouble(v));
    const str = (a: typeof st, v: string | null) => (v === null ? a.appendNull() : a.appendVarchar(v));
    for (const s of sessions) {
      let turnover = 0;
      for (const q of s.stocks) turnover += q.turnover ?? 0;
      sa.appendVarchar(s.date);
      sa.appendVarchar(s.session);
      sa.appendInteger(s.stocks.length);
      sa.appendDouble(turnover);
      sa.endRow();
      for (const x of s.indices) {
        ia.appendVarchar(s.date);
        ia.appendVarchar(x.id);
        ia.appendVarchar(x.name);
        ia.appendDouble(x.close);
        ia.appendDouble(x.prevClose);
        ia.appendDouble(x.changePct);
        ia.endRow();
      }
      for (const q of s.stocks) {
        st.appendVarchar(s.date);
        st.appendVarchar(q.code);
        st.appendVarchar(q.name);
        str(st, q.nameZh);
        st.appendVarchar(q.sector);
        str(st, q.listingDate);
        st.appendDouble(q.changePct);
        num(st, q.close);
        str(st, q.closeBasis);
        num(st, q.volume);
        num(st, q.turnover);
        st.appendBoolean(q.extreme);
        st.appendNull();
        st.appendNull();
        st.endRow();
      }
    }
    sa.closeSync();
    ia.closeSync();
    st.closeSync();
  }

  /**
   * Recomputes `growth` and `seq` for rows on or after `from`. When only the newest session(s) changed,
   * they continue each stock's last earlier row; otherwise the table is rewritten in date order.
   */
  private async recompute(from: string): Promise<void> {
    const w = this.writer;
    const older = await this.all(w, 'SELECT count(*)::DOUBLE AS n FROM sessions WHERE date >= $1', [from]);
    const tail = (older[0]?.n as number) ?? 0;
    if (tail <= 1) {
      await w.run(
        `UPDATE stock_days SET growth = coalesce(p.g, 1) * (1 + stock_days.change_pct / 100), seq = coalesce(p.s, 0) + 1
         FROM (SELECT code, arg_max(growth, date) AS g, arg_max(seq, date) AS s FROM stock_days WHERE date < $1 GROUP BY code) p
         WHERE stock_days.date >= $1 AND stock_days.code = p.code`,
        [from],
      );
      await w.run('UPDATE stock_days SET growth = 1 + change_pct / 100, seq = 1 WHERE date >= $1 AND growth IS NULL', [from]);
    } else {
      await w.run(`CREATE OR REPLACE TABLE stock_days AS
        SELECT * EXCLUDE (growth, seq),
          product(1 + change_pct / 100) OVER w AS growth,
          (row_number() OVER w)::INTEGER AS seq
        FROM stock_days
        WINDOW w AS (PARTITION BY code ORDER BY date ROWS UNBOUNDED PRECEDING)
        ORDER BY date, code`);
      await w.run('CREATE OR REPLACE TABLE index_days AS SELECT * FROM index_days ORDER BY date, id');
    }
    await this.deriveIndustryDays(from);
    await w.run(`DELETE FROM meta WHERE key = 'dirty_from'`);
  }

  /**
   * Each industry's equal-weighted daily move (extreme days left out), one row per date and industry, from
   * `from` on: what the stock page's industry line and "the best day for Materials since …" read, instead
   * of aggregating every stock's history on each request (11 such scans cost ~0.7 s at 20 years × 2,600).
   */
  private async deriveIndustryDays(from: string): Promise<void> {
    const w = this.writer;
    await w.run('DELETE FROM industry_days WHERE date >= $1', [from]);
    await w.run(
      `INSERT INTO industry_days SELECT date, sector, avg(change_pct), count(*)::INTEGER FROM stock_days
       WHERE date >= $1 AND NOT extreme GROUP BY date, sector ORDER BY date, sector`,
      [from],
    );
  }

  private async query(sql: string, values?: DuckDBValue[]): Promise<Row[]> {
    await this.ensureFresh();
    return this.reads.run(() => this.all(this.reader, sql, values));
  }

  async sessionDates(): Promise<readonly string[]> {
    await this.ensureFresh();
    return this.dates;
  }

  async periodWindow(endDate: string, period: Period): Promise<PeriodWindow | null> {
    await this.ensureFresh();
    return windowOf(this.dates, endDate, period);
  }

  async periodReturns(endDate: string, period: Period): Promise<PeriodReturns | null> {
    await this.ensureFresh();
    const window = windowOf(this.dates, endDate, period);
    if (!window) return null;
    return { window, ...(await this.returnsOver(window)) };
  }

  async periodReturnsBetween(from: string, to: string): Promise<DatedReturns | null> {
    await this.ensureFresh();
    const window = windowBetween(this.dates, from, to);
    if (!window) return null;
    return { window, ...(await this.returnsOver(window)) };
  }

  /** Stocks' and indexes' returns over a window (whatever defined it). */
  private async returnsOver(window: Omit<PeriodWindow, 'period'>): Promise<Omit<PeriodReturns, 'window'>> {
    const { endDate } = window;
    const rows = await this.query(
      `SELECT code, count(*)::INTEGER AS sessions, min(date) AS from_date, arg_min(seq, date) AS first_seq,
         product(1 + change_pct / 100) AS growth, bool_or(extreme) AS extreme
       FROM stock_days WHERE date >= $1 AND date <= $2
       GROUP BY code HAVING max(date) = $2 ORDER BY code`,
      [window.startDate, endDate],
    );
    const stocks = rows.map((r): StockPeriodReturn => {
      const fromDate = r.from_date as string;
      return {
        code: r.code as string,
        returnPct: ((r.growth as number) - 1) * 100,
        fromDate,
        // Listed (first seen) inside the period; a stock merely suspended on the first day had earlier rows.
        partial: fromDate > window.startDate && (r.first_seq as number) === 1,
        sessions: r.sessions as number,
        extreme: r.extreme as boolean,
      };
    });
    const idx = await this.query(
      `SELECT e.id, e.close,
         coalesce((SELECT arg_max(b.close, b.date) FROM index_days b WHERE b.id = e.id AND b.date <= $3),
                  (SELECT arg_min(f.prev_close, f.date) FROM index_days f WHERE f.id = e.id AND f.date >= $1 AND f.date <= $2)) AS base
       FROM index_days e WHERE e.date = $2 ORDER BY e.id`,
      [window.startDate, endDate, window.baseDate ?? ''],
    );
    const indices = idx.map((r): IndexPeriodChange => {
      const close = r.close as number;
      const baseClose = r.base as number;
      return { id: r.id as string, baseClose, close, change: close - baseClose, changePct: (close / baseClose - 1) * 100 };
    });
    return { stocks, indices };
  }

  async stockHistory(code: string, to?: string): Promise<StockDay[]> {
    const rows = await this.query(
      `SELECT date, close, close_basis, change_pct, volume, turnover, growth, extreme FROM stock_days
       WHERE code = $1 AND date <= $2 ORDER BY date`,
      [code, to ?? '9999-12-31'],
    );
    return rows.map((r) => ({
      date: r.date as string,
      close: (r.close as number | null) ?? null,
      closeBasis: (r.close_basis as CloseBasis | null) ?? null,
      changePct: r.change_pct as number,
      volume: (r.volume as number | null) ?? null,
      turnover: (r.turnover as number | null) ?? null,
      growth: r.growth as number,
      extreme: r.extreme as boolean,
    }));
  }

  async indexHistory(id: string, to?: string): Promise<IndexDay[]> {
    const rows = await this.query('SELECT date, close, change_pct FROM index_days WHERE id = $1 AND date <= $2 ORDER BY date', [id, to ?? '9999-12-31']);
    return rows.map((r) => ({ date: r.date as string, close: r.close as number, changePct: r.change_pct as number }));
  }

  async industryHistory(sector: Industry, to?: string): Promise<{ date: string; changePct: number; members: number }[]> {
    const rows = await this.query('SELECT date, pct, members FROM industry_days WHERE sector = $1 AND date <= $2 ORDER BY date', [sector, to ?? '9999-12-31']);
    return rows.map((r) => ({ date: r.date as string, changePct: r.pct as number, members: r.members as number }));
  }

  async marketTurnover(endDate: string, count: number): Promise<SessionTurnover[]> {
    const rows = await this.query(
      `SELECT date, turnover, stocks FROM (SELECT * FROM sessions WHERE date <= $1 ORDER BY date DESC LIMIT $2) ORDER BY date`,
      [endDate, Math.max(0, Math.floor(count))],
    );
    return rows.map((r) => ({ date: r.date as string, turnover: r.turnover as number, stocks: r.stocks as number }));
  }

  /**
   * A session page asks for its 52-week extremes twice (the activity panel and the takeaways' history), a
   * 250-session scan each (~0.1 s at 2,600 stocks): the last few answers are kept for the store's version.
   */
  private readonly extremesMemo = new Map<string, Promise<FiftyTwoWeekExtremes>>();

  async fiftyTwoWeek(endDate: string): Promise<FiftyTwoWeekExtremes> {
    await this.ensureFresh();
    const key = `${this.versionTag}|${endDate}`;
    let hit = this.extremesMemo.get(key);
    if (!hit) {
      hit = this.computeFiftyTwoWeek(endDate);
      hit.catch(() => this.extremesMemo.delete(key));
      this.extremesMemo.set(key, hit);
      while (this.extremesMemo.size > 16) this.extremesMemo.delete(this.extremesMemo.keys().next().value!);
    }
    return hit;
  }

  private async computeFiftyTwoWeek(endDate: string): Promise<FiftyTwoWeekExtremes> {
    const end = indexOfDate(this.dates, endDate);
    if (end === -1) return { highs: [], lows: [], insufficientHistory: 0 };
    const start = Math.max(0, end - FIFTY_TWO_WEEK_SESSIONS + 1);
    const window = { startDate: this.dates[start]!, complete: end - start + 1 === FIFTY_TWO_WEEK_SESSIONS };
    const rows = await this.query(
      `SELECT code, arg_max(name, date) AS name, arg_max(close, date) AS close, arg_max(change_pct, date) AS change_pct,
         arg_max(growth, date) AS g, max(growth) FILTER (WHERE date < $2) AS prev_max, min(growth) FILTER (WHERE date < $2) AS prev_min,
         min(date) AS first_date, arg_min(seq, date) AS first_seq
       FROM stock_days WHERE date >= $1 AND date <= $2
       GROUP BY code HAVING max(date) = $2 ORDER BY code`,
      [window.startDate, endDate],
    );
    const highs: StockRef[] = [];
    const lows: StockRef[] = [];
    let insufficientHistory = 0;
    for (const r of rows) {
      // 250 closes are needed: the window must be full and the stock must have a row before or on its first day.
      const enough = window.complete && ((r.first_date as string) === window.startDate || (r.first_seq as number) > 1);
      if (!enough) {
        insufficientHistory++;
        continue;
      }
      const ref: StockRef = { code: r.code as string, name: r.name as string, close: (r.close as number | null) ?? null, changePct: r.change_pct as number };
      const g = r.g as number;
      const prevMax = r.prev_max as number | null;
      const prevMin = r.prev_min as number | null;
      if (prevMax === null || prevMin === null) continue;
      if (g > prevMax * (1 + NEW_EXTREME_TOLERANCE)) highs.push(ref);
      else if (g < prevMin * (1 - NEW_EXTREME_TOLERANCE)) lows.push(ref);
    }
    const byMove = (a: StockRef, b: StockRef) => b.changePct - a.changePct || (a.code < b.code ? -1 : 1);
    highs.sort(byMove);
    lows.sort((a, b) => a.changePct - b.changePct || (a.code < b.code ? -1 : 1));
    return { highs, lows, insufficientHistory };
  }

  async stocks(): Promise<StockInfo[]> {
    const rows = await this.query(
      `SELECT code, arg_max(name, date) AS name, arg_max(name_zh, date) AS name_zh, arg_max(sector, date) AS sector,
         max(listing_date) AS listing_date, min(date) AS first_date, max(date) AS last_date
       FROM stock_days GROUP BY code ORDER BY code`,
    );
    return rows.map((r) => ({
      code: r.code as string,
      name: r.name as string,
      nameZh: (r.name_zh as string | null) ?? null,
      sector: r.sector as Industry,
      listingDate: (r.listing_date as string | null) ?? null,
      firstDate: r.first_date as string,
      lastDate: r.last_date as string,
    }));
  }

  /** Closes the database (tests; a server keeps it open). */
  close(): void {
    this.watcher?.close();
    this.reader.closeSync();
    this.writer.closeSync();
    this.instance.closeSync();
  }
}

/** The move beyond which a day is extreme (re-exported for callers that explain the rule). */
export { EXTREME_MOVE_PCT };
