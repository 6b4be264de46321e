import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCalendarCsv } from '@/lib/calendar';
import { SESSION_SCHEMA_PATH, sessionJsonSchema } from '@/lib/schema/json-schema';
import { formatProblem, validateSession } from '@/lib/session/validate';

describe('published JSON Schema', () => {
  it('is the one generated from the zod contract (run `npm run schema` when this fails)', () => {
    expect(fs.readFileSync(path.resolve(SESSION_SCHEMA_PATH), 'utf8')).toBe(sessionJsonSchema());
  });

  it('states the contract names and the 12 industries', () => {
    const schema = JSON.parse(sessionJsonSchema());
    expect(schema.required).toEqual(['schemaVersion', 'date', 'market', 'session', 'indices', 'stocks']);
    const stock = schema.properties.stocks.items;
    expect(stock.required).toEqual(['code', 'name', 'sector']);
    expect(stock.properties.sector.enum).toHaveLength(12);
    expect(stock.properties.code.pattern).toBe('^\\d{5}$');
  });
});

describe('bundled sample sessions', () => {
  const dir = path.resolve('data/sessions');
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
  const calendar = parseCalendarCsv(fs.readFileSync(path.resolve('data/hkex-calendar.csv'), 'utf8'));

  // 2024-01-02, the first date in the vendor data (shared/data/hk), has no previous close for anything, so it has no snapshot.
  it('cover every HKEX session from 2024-01-03 to 2025-06-30 (365)', () => {
    const expected: string[] = [];
    for (let t = Date.UTC(2024, 0, 3); t <= Date.UTC(2025, 5, 30); t += 86_400_000) {
      const date = new Date(t).toISOString().slice(0, 10);
      if (calendar.isTradingDay(date)) expected.push(`${date}.json`);
    }
    expect(expected).toHaveLength(365);
    expect(files).toEqual(expected);
  });

  it.each(files)('%s is valid against the contract', (name) => {
    const result = validateSession(fs.readFileSync(path.join(dir, name)), `data/sessions/${name}`, { calendar, expectedDate: name.slice(0, 10) });
    expect(result.ok ? [] : result.errors.map(formatProblem)).toEqual([]);
  });
});
