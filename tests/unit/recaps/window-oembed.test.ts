/** The window between explicit dates (lib/history/periods.ts) and the recap oEmbed answer (pure). */
import { describe, expect, it } from 'vitest';
import { windowBetween } from '@/lib/history/periods';
import { matchRecapTarget, recapOembedAnswer } from '@/lib/share/oembed-recap';

const dates = ['2025-05-16', '2025-05-19', '2025-05-20', '2025-05-21', '2025-05-22', '2025-05-23', '2025-05-26'];

describe('windowBetween', () => {
  it.each([
    ['a full week', '2025-05-19', '2025-05-25', { startDate: '2025-05-19', endDate: '2025-05-23', baseDate: '2025-05-16', sessions: 5, complete: true }],
    ['the archive start', '2025-05-12', '2025-05-18', { startDate: '2025-05-16', endDate: '2025-05-16', baseDate: null, sessions: 1, complete: false }],
    ['the archive end', '2025-05-26', '2025-06-01', { startDate: '2025-05-26', endDate: '2025-05-26', baseDate: '2025-05-23', sessions: 1, complete: true }],
  ])('%s', (_, from, to, want) => {
    expect(windowBetween(dates, from, to)).toEqual({ period: 'dates', ...want });
  });
  it.each([
    ['before the archive', '2023-01-01', '2023-01-31'],
    ['after it', '2025-06-02', '2025-06-08'],
    ['a gap inside it', '2025-05-17', '2025-05-18'],
  ])('%s has no window', (_, from, to) => {
    expect(windowBetween(dates, from, to)).toBeNull();
  });
});

describe('recap oEmbed', () => {
  const base = 'http://localhost:3000';
  it.each([
    ['http://localhost:3000/weeks/2025-W21', { kind: 'week', id: '2025-W21' }],
    ['http://localhost:3000/months/2025-05/', { kind: 'month', id: '2025-05' }],
    ['http://localhost:3000/weeks/2025-W99', null],
    ['http://evil.example/weeks/2025-W21', null],
    ['http://localhost:3000/sessions/2025-05-21', null],
    ['javascript:alert(1)', null],
  ])('%s → %j', (url, want) => {
    expect(matchRecapTarget(url, base, 'localhost:3000')).toEqual(want);
  });
  it('answers a rich embed: the linked summary PNG, scaled to maxwidth', () => {
    const a = recapOembedAnswer(new URLSearchParams('maxwidth=400'), { kind: 'week', id: '2025-W21' }, { baseUrl: base, providerName: 'HK Market Recap', title: 'Hong Kong week: Week 21' });
    expect(a.status).toBe(200);
    if (a.status !== 200) return;
    expect([a.body.width, a.body.height]).toEqual([400, 225]);
    expect(a.body.html).toBe(
      '<a href="http://localhost:3000/weeks/2025-W21"><img src="http://localhost:3000/weeks/2025-W21/summary.png?width=400" width="400" height="225" alt="Hong Kong week: Week 21" style="max-width:100%;height:auto"></a>',
    );
    expect(a.body.thumbnail_url).toBe('http://localhost:3000/weeks/2025-W21/summary.png?width=400');
  });
  it('404 for a period without sessions, 501 for xml', () => {
    expect(recapOembedAnswer(new URLSearchParams(), { kind: 'month', id: '2023-01' }, { baseUrl: base, providerName: 'x', title: null }).status).toBe(404);
    expect(recapOembedAnswer(new URLSearchParams('format=xml'), { kind: 'month', id: '2025-05' }, { baseUrl: base, providerName: 'x', title: 'x' }).status).toBe(501);
  });
});
