/**
 * Hostile input, property by property: every malformed snapshot is refused with an error that names the
 * file and a JSON path, and every valid one survives validation and reshaping with all its stocks.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { parseCalendarCsv } from '@/lib/calendar';
import { MAX_SESSION_FILE_BYTES } from '@/lib/config';
import { toSession } from '@/lib/session/model';
import { validateSession, type ValidationResult } from '@/lib/session/validate';
import { encode, mutations, validSnapshot, type Malformed } from './arbitraries';

const calendar = parseCalendarCsv(fs.readFileSync(path.resolve('data/hkex-calendar.csv'), 'utf8'));
const FILE = 'data/sessions/fuzz.json';

/** Runs per mutation kind: 14 kinds × 80 = 1,120 malformed snapshots per run of this file. */
const RUNS_PER_MUTATION = 80;

/** Paths that blame `expected` itself or something inside it. */
const blames = (actual: string, expected: string) => actual === expected || actual.startsWith(`${expected}.`) || actual.startsWith(`${expected}[`);

let malformedChecked = 0;

function expectRefused(result: ValidationResult, expectedPath: string) {
  malformedChecked++;
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.errors.length).toBeGreaterThan(0);
  for (const problem of result.errors) {
    expect(problem.file).toBe(FILE);
    expect(problem.path).not.toBe('');
    expect(problem.message.trim()).not.toBe('');
    expect(problem.severity).toBe('error');
  }
  const paths = result.errors.map((p) => p.path);
  expect(paths.some((p) => blames(p, expectedPath)), `expected an error at ${expectedPath}, got ${JSON.stringify(result.errors)}`).toBe(true);
}

describe('valid snapshots (nothing valid is lost)', () => {
  it('validate ok, and toSession keeps every stock in order', () => {
    fc.assert(
      fc.property(validSnapshot(), fc.boolean(), (snapshot, asBytes) => {
        const text = JSON.stringify(snapshot);
        const result = validateSession(asBytes ? encode(text) : text, FILE, { calendar, expectedDate: snapshot.date as string });
        expect(result.ok ? [] : result.errors).toEqual([]);
        if (!result.ok) return;
        for (const w of result.warnings) expect(w.file).toBe(FILE);
        const session = toSession(result.data, result.warnings);
        expect(session.stocks.length).toBe(snapshot.stocks.length);
        expect(session.stocks.map((s) => s.code)).toEqual(snapshot.stocks.map((s) => s.code));
        expect(session.indices.map((i) => i.id).sort()).toEqual(snapshot.indices.map((i) => i.id as string).sort());
        for (const stock of session.stocks) expect(Number.isFinite(stock.changePct)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('survive layout a user might produce: indentation, CRLF, a UTF-8 byte-order mark', () => {
    fc.assert(
      fc.property(validSnapshot({ maxStocks: 10 }), fc.constantFrom(0, 2, '\t'), fc.boolean(), fc.boolean(), (snapshot, indent, crlf, bom) => {
        let text = JSON.stringify(snapshot, null, indent);
        if (crlf) text = text.replace(/\n/g, '\r\n');
        const bytes = encode(text);
        const input = bom ? Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]) : bytes;
        const result = validateSession(input, FILE, { calendar });
        expect(result.ok ? [] : result.errors).toEqual([]);
        expect(result.ok && toSession(result.data).stocks.length).toBe(snapshot.stocks.length);
      }),
      { numRuns: 50 },
    );
  });
  it('that validate ok reshape into finite numbers, whatever extremes the contract lets through', () => {
    // Any finite change, and prices from far below a tick to far above any quote (0.0001..1e9). The contract
    // sets no upper bound, so a close near 1e306 times a volume still overflows turnover: not covered here.
    const anyPrice = fc.double({ min: 1e-4, max: 1e9, noNaN: true });
    const anyChange = fc.double({ noNaN: true, noDefaultInfinity: true });
    const row = fc.record(
      { close: anyPrice, prevClose: anyPrice, changePct: anyChange, volume: fc.nat({ max: Number.MAX_SAFE_INTEGER }) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 5 }), row, (rows, indexRow) => {
        const stocks = rows.map((r, i) => ({ code: String(i).padStart(5, '0'), name: `S${i}`, sector: 'Energy', ...r }));
        const { volume: _volume, ...index } = indexRow;
        const indices = index.close === undefined ? [] : [{ id: 'HSI', name: 'Hang Seng Index', ...index }];
        const text = JSON.stringify({ schemaVersion: 1, date: '2025-05-21', market: 'XHKG', session: 'full', indices, stocks });
        const result = validateSession(text, FILE);
        if (!result.ok) return;
        const session = toSession(result.data);
        const numbers = [
          ...session.stocks.flatMap((s) => [s.changePct, s.close, s.prevClose, s.turnover]),
          ...session.indices.flatMap((i) => [i.close, i.prevClose, i.change, i.changePct]),
        ].filter((n): n is number => n !== null);
        expect(numbers.filter((n) => !Number.isFinite(n)), text).toEqual([]);
        for (const s of session.stocks) if (s.prevClose !== null) expect(s.prevClose, text).toBeGreaterThan(0);
        for (const i of session.indices) expect(i.prevClose, text).toBeGreaterThan(0);
      }),
      {
        numRuns: 300,
        // Found by this property: a fall of 100 % (prevClose = close / 0) and close / a subnormal prevClose.
        examples: [
          [[{ close: 0.0001, changePct: -100 }], {}],
          [[], { close: 0.0001, changePct: -100 }],
          [[{ close: 5, changePct: -150 }], {}],
          [[{ close: 1, prevClose: 5e-324 }], {}],
          [[], { close: 1, prevClose: 5e-324 }],
        ],
      },
    );
  });
});

describe('malformed snapshots (each breaks one thing; each is refused, naming file and path)', () => {
  it.each(Object.entries(mutations))('%s', (_kind, arbitrary: fc.Arbitrary<Malformed>) => {
    fc.assert(
      fc.property(arbitrary, ({ input, expectedPath }) => {
        expectRefused(validateSession(input, FILE, { calendar }), expectedPath);
      }),
      { numRuns: RUNS_PER_MUTATION },
    );
  });

  it(`checked at least 1,000 malformed snapshots (${Object.keys(mutations).length} kinds × ${RUNS_PER_MUTATION})`, () => {
    expect(malformedChecked).toBeGreaterThanOrEqual(1000);
  });
});

describe('a 50 MB file', () => {
  /** Valid-looking JSON: a header and a stocks array of big rows (long names) until ~50 MB. */
  function fiftyMegabytes(): string {
    const row = (i: number) => JSON.stringify({ code: String(i % 100_000).padStart(5, '0'), name: 'X'.repeat(190), sector: 'Energy', changePct: 0.5 });
    const rows: string[] = [];
    let size = 0;
    for (let i = 0; size < 50 * 1024 * 1024; i++) {
      const r = row(i);
      rows.push(r);
      size += r.length + 1;
    }
    return `{"schemaVersion":1,"date":"2025-05-21","market":"XHKG","session":"full","indices":[],"stocks":[${rows.join(',')}]}`;
  }

  it('is refused by size before it is decoded or parsed, naming the file and (file)', () => {
    const bytes = encode(fiftyMegabytes());
    expect(bytes.byteLength).toBeGreaterThan(50 * 1024 * 1024);
    expect(bytes.byteLength).toBeGreaterThan(MAX_SESSION_FILE_BYTES);
    const parse = vi.spyOn(JSON, 'parse');
    const result = validateSession(bytes, FILE, { calendar });
    // Refused fast: by its size, without parsing 50 MB of JSON first.
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { file: FILE, path: '(file)', message: expect.stringMatching(/^file is 50\.\d MB, larger than the 20\.0 MB limit$/), severity: 'error' },
    ]);
  });
});
