/**
 * Generators shared by the fuzz tests: valid session snapshots in the contract's own words, and mutations
 * that each break exactly one thing and say which JSON path the validator should blame for it.
 */
import fc from 'fast-check';
import { INDUSTRIES } from '@/lib/industries';
import { isRealIsoDate } from '@/lib/schema/session';

/** A snapshot as a user's pipeline writes it: plain JSON, before the contract has looked at it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
export interface Snapshot extends JsonObject {
  stocks: JsonObject[];
  indices: JsonObject[];
}

/** A broken snapshot: the text or bytes to validate, and the path an error must name (`(file)` for the file as a whole). */
export interface Malformed {
  kind: string;
  input: string | Uint8Array;
  expectedPath: string;
}

const INDEX_IDS = ['HSI', 'HSCEI', 'HSTECH', 'HSCI', 'HSMI', 'HSSI'] as const;

const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);
const DAY_MS = 86_400_000;

/** Real calendar dates 2024..2026 (the bundled HKEX calendar's span and a little beyond). */
export const realDate = fc.integer({ min: Date.UTC(2024, 0, 1) / DAY_MS, max: Date.UTC(2026, 11, 31) / DAY_MS }).map((d) => isoDay(d * DAY_MS));

const price = fc.double({ min: 0.01, max: 5000, noNaN: true, noDefaultInfinity: true }).map((p) => Math.round(p * 1000) / 1000 || 0.01);
const pct = fc.double({ min: -60, max: 60, noNaN: true }).map((p) => Math.round(p * 10_000) / 10_000);
const name = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((s) => s.length <= 200);

/** Drop the keys whose value is undefined: an absent optional field, not `"x": undefined`. */
function compact(obj: Record<string, Json | undefined>): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(obj)) if (v !== undefined) out[k] = v;
  return out;
}

/** close/prevClose/changePct that agree, with any one of them allowed to be absent (as the contract allows). */
const priceTriple = fc
  .record({ prevClose: price, changePct: pct, shape: fc.constantFrom('all', 'pricesOnly', 'changeOnly', 'changeAndClose') })
  .map(({ prevClose, changePct, shape }) => {
    const close = Math.max(0.001, Math.round(prevClose * (1 + changePct / 100) * 1000) / 1000);
    const consistentPct = (close / prevClose - 1) * 100;
    switch (shape) {
      case 'all':
        return { close, prevClose, changePct: consistentPct };
      case 'pricesOnly':
        return { close, prevClose };
      case 'changeOnly':
        return { changePct };
      default:
        return { close, changePct: consistentPct };
    }
  });

const stockRow = (code: string) =>
  fc
    .record({
      name,
      nameZh: fc.option(fc.option(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), { nil: null }), { nil: undefined }),
      sector: fc.constantFrom(...INDUSTRIES),
      prices: priceTriple,
      volume: fc.option(fc.option(fc.integer({ min: 0, max: 2_000_000_000 }), { nil: null }), { nil: undefined }),
      turnover: fc.option(fc.option(fc.double({ min: 0, max: 1e11, noNaN: true }), { nil: null }), { nil: undefined }),
      marketCap: fc.option(fc.option(fc.double({ min: 1, max: 1e13, noNaN: true }), { nil: null }), { nil: undefined }),
      closeBasis: fc.option(fc.constantFrom('actual', 'adjusted', 'approx'), { nil: undefined }),
      listingDate: fc.option(realDate, { nil: undefined }),
    })
    .map(({ prices, ...rest }) => compact({ code, ...rest, ...prices }));

const indexRow = (id: string) =>
  fc
    .record({ close: fc.double({ min: 100, max: 40_000, noNaN: true }), changePct: fc.double({ min: -15, max: 15, noNaN: true }), shape: fc.constantFrom('all', 'pricesOnly', 'changeOnly') })
    .map(({ close, changePct, shape }) => {
      const prevClose = close / (1 + changePct / 100);
      const row = { id, name: `${id} index`, close };
      return shape === 'all' ? { ...row, prevClose, changePct } : shape === 'pricesOnly' ? { ...row, prevClose } : { ...row, changePct };
    });

/** Unique 5-digit HKEX codes, in file order. */
const codes = (minLength: number, maxLength: number) =>
  fc.uniqueArray(fc.integer({ min: 1, max: 99_999 }), { minLength, maxLength }).map((ns) => ns.map((n) => String(n).padStart(5, '0')));

/** A valid snapshot: 0–60 stocks (at least `minStocks`), unique codes, known industries, consistent prices. */
export function validSnapshot({ minStocks = 0, maxStocks = 60 } = {}): fc.Arbitrary<Snapshot> {
  return fc
    .record({
      date: realDate,
      session: fc.constantFrom('full', 'half'),
      codes: codes(minStocks, maxStocks),
      indexIds: fc.shuffledSubarray([...INDEX_IDS], { minLength: 0 }),
      sectors: fc.option(fc.shuffledSubarray([...INDUSTRIES]), { nil: undefined }),
    })
    .chain(({ date, session, codes, indexIds, sectors }) =>
      fc.record({
        stocks: fc.tuple(...codes.map(stockRow)),
        indices: fc.tuple(...indexIds.map(indexRow)),
        sectorMoves: fc.array(pct, { minLength: sectors?.length ?? 0, maxLength: sectors?.length ?? 0 }),
      }).map(({ stocks, indices, sectorMoves }): Snapshot => {
        const snapshot: Snapshot = { schemaVersion: 1, date, market: 'XHKG', session, indices, stocks };
        if (sectors) snapshot.sectors = sectors.map((sector, i) => ({ sector, changePct: sectorMoves[i] ?? 0 }));
        return snapshot;
      }),
    );
}

export const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** `pick(list, n)`: a fast-check integer turned into "somewhere in this list". */
function pick<T>(list: readonly T[], n: number): T {
  const item = list[n % list.length];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

const clone = (s: Snapshot): Snapshot => structuredClone(s);

/** Every numeric field present in the snapshot, as [container, key, path, nullable]. */
function numericFields(s: Snapshot): [JsonObject, string, string, boolean][] {
  const out: [JsonObject, string, string, boolean][] = [[s, 'schemaVersion', 'schemaVersion', false]];
  const nullable = new Set(['volume', 'turnover', 'marketCap']);
  const rows: [string, JsonObject[]][] = [
    ['stocks', s.stocks],
    ['indices', s.indices],
    ['sectors', (s.sectors as JsonObject[] | undefined) ?? []],
  ];
  for (const [list, items] of rows) {
    items.forEach((row, i) => {
      for (const [k, v] of Object.entries(row)) if (typeof v === 'number') out.push([row, k, `${list}[${i}].${k}`, nullable.has(k)]);
    });
  }
  return out;
}

/** What a number becomes in a careless export. */
const junkForNumber = fc.constantFrom<Json>('n/a', 'NaN', 'Infinity', '-Infinity', '', '1.5', '—', null, {}, { value: 1 }, [], [1], true, false);

/** Strings that are not one of the 12 industries (near misses first). */
const notAnIndustry = fc.oneof(
  fc.constantFrom('Tech', 'financials', 'FINANCIALS', ' Energy', 'Energy ', 'Properties and Construction', 'Health Care', '', 'Information  Technology', '資訊科技業'),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
).filter((s) => !(INDUSTRIES as readonly string[]).includes(s));

const badCode = fc.oneof(
  fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')),
  fc.integer({ min: 0, max: 999_999 }).map((n) => String(n).padStart(6, '0')),
  fc.stringMatching(/^[0-9A-Za-z]{5}$/).filter((s) => /[A-Za-z]/.test(s)),
  fc.constantFrom('0070O', ' 0700', '00700 ', '００７００', '0x1F4', '-0700', '00700\n', '7e+02', '', '00 700'),
);

const notARealDate = fc.oneof(
  fc.record({ y: fc.integer({ min: 0, max: 9999 }), m: fc.integer({ min: 0, max: 99 }), d: fc.integer({ min: 0, max: 99 }) })
    .map(({ y, m, d }) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.constantFrom('2025-02-29', '2025-02-30', '2025-04-31', '2025-13-01', '2025-00-10', '2025-5-21', '20250521', '2025-05-21T00:00:00Z', ' 2025-05-21', '２０２５-０５-２１', '21/05/2025', ''),
).filter((s) => !isRealIsoDate(s));

/** Each mutation breaks exactly one thing at a random place and names where. */
export const mutations: Record<string, fc.Arbitrary<Malformed>> = {
  numberBecomesJunk: fc.tuple(validSnapshot(), fc.nat(), junkForNumber).map(([v, n, junk]) => {
    const s = clone(v);
    const fields = numericFields(s).filter(([, , , nullable]) => !(nullable && junk === null));
    const [row, key, path] = pick(fields, n);
    row[key] = junk;
    return { kind: 'numberBecomesJunk', input: JSON.stringify(s), expectedPath: path };
  }),

  /** 1e999 parses to Infinity: valid JSON, not a valid price. */
  numberOverflowsToInfinity: fc.tuple(validSnapshot({ minStocks: 1 }), fc.nat(), fc.constantFrom('1e999', '-1e999', '1e400')).map(([v, n, literal]) => {
    const s = clone(v);
    const fields = numericFields(s).filter(([, key]) => key !== 'schemaVersion');
    const [row, key, path] = pick(fields, n);
    row[key] = '__OVERFLOW__';
    return { kind: 'numberOverflowsToInfinity', input: JSON.stringify(s).replace('"__OVERFLOW__"', literal), expectedPath: path };
  }),

  requiredFieldMissing: fc.tuple(validSnapshot(), fc.nat()).map(([v, n]) => {
    const s = clone(v);
    const required: [JsonObject, string, string][] = ['schemaVersion', 'date', 'market', 'session', 'indices', 'stocks'].map((k) => [s, k, k]);
    s.stocks.forEach((row, i) => {
      for (const k of ['code', 'name', 'sector']) required.push([row, k, `stocks[${i}].${k}`]);
      // Without both prices, changePct is what makes the row usable; the refinement blames the row.
      if (row.changePct !== undefined && (row.close === undefined || row.prevClose === undefined)) required.push([row, 'changePct', `stocks[${i}]`]);
    });
    s.indices.forEach((row, i) => {
      for (const k of ['id', 'name', 'close']) required.push([row, k, `indices[${i}].${k}`]);
    });
    ((s.sectors as JsonObject[] | undefined) ?? []).forEach((row, i) => {
      for (const k of ['sector', 'changePct']) required.push([row, k, `sectors[${i}].${k}`]);
    });
    const [row, key, path] = pick(required, n);
    delete row[key];
    return { kind: 'requiredFieldMissing', input: JSON.stringify(s), expectedPath: path };
  }),

  unknownIndustry: fc.tuple(validSnapshot({ minStocks: 1 }), fc.nat(), notAnIndustry).map(([v, n, sector]) => {
    const s = clone(v);
    const sectors = (s.sectors as JsonObject[] | undefined) ?? [];
    const rows: [JsonObject, string][] = [...s.stocks.map((r, i): [JsonObject, string] => [r, `stocks[${i}].sector`]), ...sectors.map((r, i): [JsonObject, string] => [r, `sectors[${i}].sector`])];
    const [row, path] = pick(rows, n);
    row.sector = sector;
    return { kind: 'unknownIndustry', input: JSON.stringify(s), expectedPath: path };
  }),

  duplicateCode: fc.tuple(validSnapshot({ minStocks: 2 }), fc.nat(), fc.nat()).map(([v, a, b]) => {
    const s = clone(v);
    const i = a % s.stocks.length;
    let j = b % s.stocks.length;
    if (j === i) j = (i + 1) % s.stocks.length;
    s.stocks[j]!.code = s.stocks[i]!.code!;
    return { kind: 'duplicateCode', input: JSON.stringify(s), expectedPath: `stocks[${Math.max(i, j)}].code` };
  }),

  malformedCode: fc.tuple(validSnapshot({ minStocks: 1 }), fc.nat(), badCode).map(([v, n, code]) => {
    const s = clone(v);
    const i = n % s.stocks.length;
    s.stocks[i]!.code = code;
    return { kind: 'malformedCode', input: JSON.stringify(s), expectedPath: `stocks[${i}].code` };
  }),

  /** The whole file, or one field, buried 10..100,000 levels deep in arrays or objects. */
  deepNesting: fc
    .tuple(validSnapshot({ minStocks: 1 }), fc.nat(), fc.integer({ min: 10, max: 100_000 }), fc.constantFrom('array', 'object'), fc.boolean())
    .map(([v, n, depth, container, whole]) => {
      const open = container === 'array' ? '[' : '{"a":';
      const close = container === 'array' ? ']' : '}';
      if (whole) {
        // The root is then an array (or an object without any of the required fields).
        const text = open.repeat(depth) + JSON.stringify(v) + close.repeat(depth);
        return { kind: 'deepNesting', input: text, expectedPath: container === 'array' ? '(root)' : 'schemaVersion' };
      }
      const s = clone(v);
      const [row, key, path] = pick(numericFields(s), n);
      row[key] = '__DEEP__';
      return { kind: 'deepNesting', input: JSON.stringify(s).replace('"__DEEP__"', open.repeat(depth) + '1' + close.repeat(depth)), expectedPath: path };
    }),

  notARealDate: fc.tuple(validSnapshot(), fc.nat(), notARealDate).map(([v, n, date]) => {
    const s = clone(v);
    const withListing = s.stocks.map((r, i): [JsonObject, string, string] => [r, 'listingDate', `stocks[${i}].listingDate`]);
    const [row, key, path] = pick([[s, 'date', 'date'] as [JsonObject, string, string], ...withListing], n);
    row[key] = date;
    return { kind: 'notARealDate', input: JSON.stringify(s), expectedPath: path };
  }),

  wrongHeader: fc
    .tuple(
      validSnapshot(),
      fc.oneof(
        fc.record({ key: fc.constant('schemaVersion'), value: fc.constantFrom<Json>(0, 2, -1, 1.5, '1', 'v1', null, true, [1]) }),
        fc.record({ key: fc.constant('market'), value: fc.oneof(fc.constantFrom<Json>('XSHG', 'xhkg', 'HK', 'HKEX', '', null, 1), fc.string()).filter((m) => m !== 'XHKG') }),
        fc.record({ key: fc.constant('session'), value: fc.oneof(fc.constantFrom<Json>('morning', 'FULL', 'Half', '', null, 0), fc.string()).filter((m) => m !== 'full' && m !== 'half') }),
      ),
    )
    .map(([v, { key, value }]) => {
      const s = clone(v);
      s[key] = value;
      return { kind: 'wrongHeader', input: JSON.stringify(s), expectedPath: key };
    }),

  /** A list, a row or the root replaced by the wrong kind of JSON value. */
  wrongContainerType: fc.tuple(validSnapshot({ minStocks: 1 }), fc.nat(), fc.constantFrom<Json>(null, 1, 'oops', true, {}, [])).map(([v, n, junk]) => {
    const s = clone(v);
    const targets: [string, () => string][] = [
      ['stocks', () => JSON.stringify({ ...s, stocks: junk })],
      ['indices', () => JSON.stringify({ ...s, indices: junk })],
      ['(root)', () => JSON.stringify(junk)],
    ];
    const i = n % s.stocks.length;
    targets.push([
      `stocks[${i}]`,
      () => {
        s.stocks[i] = junk as JsonObject;
        return JSON.stringify(s);
      },
    ]);
    // `[]` in place of a list is an empty list, which is valid.
    const usable = targets.filter(([path]) => !(Array.isArray(junk) && (path === 'stocks' || path === 'indices')));
    const [path, make] = pick(usable, n);
    return { kind: 'wrongContainerType', input: make(), expectedPath: path === '(root)' && typeof junk === 'object' && junk !== null && !Array.isArray(junk) ? 'schemaVersion' : path };
  }),

  /** Prices that disagree with the reported change, or that are not positive. */
  inconsistentPrices: fc.tuple(validSnapshot({ minStocks: 1 }), fc.nat(), fc.constantFrom('drift', 'zero', 'negative')).map(([v, n, how]) => {
    const s = clone(v);
    const i = n % s.stocks.length;
    const row = s.stocks[i]!;
    if (how === 'drift') {
      row.close = 10;
      row.prevClose = 10;
      row.changePct = 1 + (n % 50);
      return { kind: 'inconsistentPrices', input: JSON.stringify(s), expectedPath: `stocks[${i}].changePct` };
    }
    const key = n % 2 === 0 ? 'close' : 'prevClose';
    row[key] = how === 'zero' ? 0 : -Math.max(0.01, (n % 1000) / 10);
    return { kind: 'inconsistentPrices', input: JSON.stringify(s), expectedPath: `stocks[${i}].${key}` };
  }),

  truncated: fc.tuple(validSnapshot(), fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true })).map(([v, at]) => {
    const bytes = encode(JSON.stringify(v));
    return { kind: 'truncated', input: bytes.subarray(0, Math.floor(at * bytes.length)), expectedPath: '(file)' };
  }),

  invalidUtf8: fc
    .tuple(validSnapshot(), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom([0xff], [0xfe], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf], [0x80], [0xe2, 0x82], [0xf5, 0x80, 0x80, 0x80]))
    .map(([v, at, bad]) => {
      const bytes = encode(JSON.stringify(v));
      const pos = Math.floor(at * bytes.length);
      const out = new Uint8Array(bytes.length + bad.length);
      out.set(bytes.subarray(0, pos), 0);
      out.set(bad, pos);
      out.set(bytes.subarray(pos), pos + bad.length);
      return { kind: 'invalidUtf8', input: out, expectedPath: '(file)' };
    }),

  /** More rows than the contract allows: stocks > 10,000, indices > 100, sectors > 12. */
  hugeArrays: fc.tuple(validSnapshot({ minStocks: 1, maxStocks: 3 }), fc.constantFrom('stocks', 'indices', 'sectors'), fc.integer({ min: 1, max: 2000 })).map(([v, list, extra]) => {
    const s = clone(v);
    const template = s.stocks[0]!;
    if (list === 'stocks') s.stocks = Array.from({ length: 10_000 + extra }, (_, i) => ({ ...template, code: String(i).padStart(5, '0') }));
    if (list === 'indices') s.indices = Array.from({ length: 100 + extra }, (_, i) => ({ id: `IDX${i}`, name: `Index ${i}`, close: 100, changePct: 0 }));
    if (list === 'sectors') s.sectors = Array.from({ length: INDUSTRIES.length + 1 + (extra % 100) }, (_, i) => ({ sector: INDUSTRIES[i % INDUSTRIES.length]!, changePct: 0 }));
    return { kind: 'hugeArrays', input: JSON.stringify(s), expectedPath: list };
  }),
};
