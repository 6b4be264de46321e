/**
 * The stock page's title and link-preview description (pure): what a chat or a wiki shows for a pasted
 * `/stocks/CODE` (or `/zh-hk/stocks/CODE`) link.
 */
import { formatDayMonthYear, formatSessionDate } from '@/lib/dates';
import { direction, formatPct, formatPctAbs, formatPrice } from '@/lib/format';
import { industryName } from '@/lib/industries';
import type { Locale } from '@/lib/i18n/locale';
import type { StockPageView } from '@/lib/views/stock-page';

/** "Tencent (00700) 騰訊控股" / "騰訊控股（00700）" (a stock with no Chinese name: its English name). */
export function stockShareTitle(view: Pick<StockPageView, 'entry'>, locale: Locale = 'en'): string {
  const { entry } = view;
  if (locale === 'zh-hk') return `${entry.nameZh ?? entry.name}（${entry.code}）`;
  return `${entry.name} (${entry.code})${entry.nameZh ? ` ${entry.nameZh}` : ''}`;
}

export function stockDescription(view: Pick<StockPageView, 'entry' | 'latest' | 'periods' | 'range'>, locale: Locale = 'en'): string {
  const { entry, latest, periods, range } = view;
  const year = periods.find((p) => p.period === '1y')?.stock;
  const ytd = periods.find((p) => p.period === 'ytd')?.stock;
  if (locale === 'zh-hk') {
    const close = latest.close === null ? '' : `，報${formatPrice(latest.close)}港元${latest.closeBasis === 'adjusted' ? '（經調整）' : ''}`;
    const dir = direction(latest.changePct);
    const move = dir === 'up' ? `收升${formatPctAbs(latest.changePct)}` : dir === 'down' ? `收跌${formatPctAbs(latest.changePct)}` : '收市持平';
    const parts = [`${entry.nameZh ?? entry.name}（${entry.code}），${industryName(entry.sector, locale)}：${formatDayMonthYear(latest.date, locale)}${move}${close}。`];
    if (ytd) parts.push(`年初至今${formatPct(ytd.returnPct)}${year ? `，1年${formatPct(year.returnPct)}` : ''}。`);
    if (range) parts.push(`52週收市低位在${formatDayMonthYear(range.low.date, locale)}，高位在${formatDayMonthYear(range.high.date, locale)}。`);
    return parts.join('');
  }
  const close = latest.close === null ? '' : ` at HKD ${formatPrice(latest.close)}${latest.closeBasis === 'adjusted' ? ' (adjusted)' : ''}`;
  const parts = [`${entry.name} (${entry.code}), ${entry.sector}: closed ${formatPct(latest.changePct)}${close} on ${formatSessionDate(latest.date)}.`];
  if (ytd) parts.push(`YTD ${formatPct(ytd.returnPct)}${year ? `, 1Y ${formatPct(year.returnPct)}` : ''}.`);
  if (range) parts.push(`52-week closing range ${formatSessionDate(range.low.date)} low to ${formatSessionDate(range.high.date)} high.`);
  return parts.join(' ');
}
