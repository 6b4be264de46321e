/**
 * A period's takeaways on hand-made periods (each % change is already the period return, as the recap's
 * view of its last session holds it): the words, and the independent fact check on each sentence.
 */
import { describe, expect, it } from 'vitest';
import type { Industry } from '@/lib/industries';
import { refKeys } from '@/lib/session/refs';
import type { Session, StockQuote } from '@/lib/session/model';
import { generatePeriodTakeaways } from '@/lib/takeaways/period';
import { checkTakeaway, type RawSession } from '../../support/fact-check';

function stock(code: string, sector: Industry, changePct: number, extreme = false): StockQuote {
  return { code, name: `STOCK ${code}`, nameZh: null, sector, changePct, close: 10, prevClose: null, volume: 1, turnover: 1e6, marketCap: null, closeBasis: 'actual', listingDate: null, extreme };
}

function session(hsi: { close: number; base: number }, stocks: StockQuote[]): Session {
  const change = hsi.close - hsi.base;
  return {
    date: '2025-05-23',
    session: 'full',
    indices: [{ id: 'HSI', name: 'Hang Seng Index', nameZh: null, close: hsi.close, prevClose: hsi.base, change, changePct: (hsi.close / hsi.base - 1) * 100 }],
    stocks,
    reportedSectors: null,
    warnings: [],
  };
}

const raw = (s: Session): RawSession => ({
  date: s.date,
  indices: s.indices.map((i) => ({ id: i.id, close: i.close, prevClose: i.prevClose })),
  stocks: s.stocks.map((x) => ({ code: x.code, sector: x.sector, changePct: x.changePct, extreme: x.extreme })),
});

// Materials up 6–9 %, Healthcare down, IT flat-ish, Financials mixed; one extreme stock, one listed in the week.
const spread = [
  stock('00001', 'Materials', 9),
  stock('00002', 'Materials', 7.5),
  stock('00003', 'Materials', 6),
  stock('00004', 'Healthcare', -8),
  stock('00005', 'Healthcare', -6.5),
  stock('00006', 'Healthcare', -5),
  stock('00007', 'Information Technology', 0.1),
  stock('00008', 'Information Technology', -0.1),
  stock('00009', 'Information Technology', 0),
  stock('00010', 'Financials', 1),
  stock('00011', 'Financials', -1),
  stock('00012', 'Financials', 0.5),
  stock('00013', 'Financials', 120, true),
];

describe('period takeaways', () => {
  it.each([
    [
      'a rising week, the index sentence and the leading industry',
      session({ close: 23601.26, base: 23345.05 }, spread),
      'week' as const,
      [
        'Over the week (5 sessions), the Hang Seng Index rose 1.10% to close at 23,601.26 (+256.21 points).',
        // The best and worst stocks stand further from the market than the industries, so they are named
        // there, and not again in their industry's sentence.
        'Materials led the industries over the week, up 7.50% equal-weighted (all 3 rose).',
        'Healthcare lagged the industries over the week, down 6.50% on average (all 3 fell).',
        'Best performer of the week: Stock 00001 (00001) surged 9.00%, followed by Stock 00002 (00002) +7.50% and Stock 00003 (00003) +6.00%.',
        'Worst performer of the week: Stock 00004 (00004) plunged 8.00%, followed by Stock 00005 (00005) -6.50% and Stock 00006 (00006) -5.00%.',
      ],
    ],
    [
      'a flat month: the index is little changed, never "rose 0.00%"',
      session({ close: 20000.5, base: 20000 }, spread),
      'month' as const,
      ['Over the month (5 sessions), the Hang Seng Index was little changed at 20,000.50 (+0.50 points).'],
    ],
  ])('%s', (_, s, span, expected) => {
    const out = generatePeriodTakeaways({ span, session: s, sessions: 5, listedInPeriod: new Map() });
    const texts = out.map((t) => t.text);
    for (const e of expected) expect(texts).toContain(e);
    // The extreme stock (+120 % with a day beyond ±50 %) is never named as a best performer.
    expect(texts.join(' ')).not.toContain('00013');
    let figures = 0;
    for (const t of out) {
      const r = checkTakeaway(t.text, refKeys(t.refs), raw(s), []);
      figures += r.figures;
      expect([r.uncited, r.directionErrors]).toEqual([[], []]);
    }
    console.log(`${span}: ${out.length} takeaways, ${figures} figures checked`);
    expect(out.length).toBeGreaterThanOrEqual(3);
    expect(out.length).toBeLessThanOrEqual(6);
  });

  it('a stock listed inside the period is marked with its first session', () => {
    const s = session({ close: 23601.26, base: 23345.05 }, [...spread.slice(0, 12), stock('03750', 'Industrials', 30)]);
    const out = generatePeriodTakeaways({ span: 'week', session: s, sessions: 5, listedInPeriod: new Map([['03750', '2025-05-20']]) });
    expect(out.map((t) => t.text)).toContain('Best performer of the week: Stock 03750 (03750, listed 20 May 2025) surged 30.00%, followed by Stock 00001 (00001) +9.00% and Stock 00002 (00002) +7.50%.');
  });
});
