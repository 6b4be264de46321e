/**
 * The stock page's title and link-preview description (pure): what a chat or a wiki shows for a pasted
 * `/stocks/CODE` link.
 */
import { formatSessionDate } from '@/lib/dates';
import { formatPct, formatPrice } from '@/lib/format';
import type { StockPageView } from '@/lib/views/stock-page';

export function stockShareTitle(view: Pick<StockPageView, 'entry'>): string {
  const { entry } = view;
  return `${entry.name} (${entry.code})${entry.nameZh ? ` ${entry.nameZh}` : ''}`;
}

export function stockDescription(view: Pick<StockPageView, 'entry' | 'latest' | 'periods' | 'range'>): string {
  const { entry, latest, periods, range } = view;
  const close = latest.close === null ? '' : ` at HKD ${formatPrice(latest.close)}${latest.closeBasis === 'adjusted' ? ' (adjusted)' : ''}`;
  const year = periods.find((p) => p.period === '1y')?.stock;
  const ytd = periods.find((p) => p.period === 'ytd')?.stock;
  const parts = [`${entry.name} (${entry.code}), ${entry.sector}: closed ${formatPct(latest.changePct)}${close} on ${formatSessionDate(latest.date)}.`];
  if (ytd) parts.push(`YTD ${formatPct(ytd.returnPct)}${year ? `, 1Y ${formatPct(year.returnPct)}` : ''}.`);
  if (range) parts.push(`52-week closing range ${formatSessionDate(range.low.date)} low to ${formatSessionDate(range.high.date)} high.`);
  return parts.join(' ');
}
