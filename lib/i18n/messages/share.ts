import type { ChartKind } from '@/lib/share/embed-options';
import type { IndustryBasis } from '@/lib/heatmap/industry-pct';
import type { SizeMeasure } from '@/lib/heatmap/types';
import type { Period } from '@/lib/history/types';
import { localized } from '@/lib/i18n/text';

/**
 * The words of what is shared: the link-preview cards, the chart images (SVG/PNG), the embed, oEmbed and
 * the feeds. Dates and figures come in formatted (lib/dates, lib/format); these only place them.
 */
export const shareText = localized({
  en: {
    periods: { '1d': '1D', '1w': '1W', '1m': '1M', '3m': '3M', ytd: 'YTD', '1y': '1Y' } satisfies Record<Period, string>,
    basis: { 'equal-weighted': 'equal-weighted', 'cap-weighted': 'cap-weighted' } satisfies Record<IndustryBasis, string>,
    /** A chart's period label as the views give it ('1M', 'Week'), in this edition. */
    periodLabel: (label: string) => label,
    /** Chart titles (the images' accessible names and the embed's <title>). */
    chartTitle: (chart: ChartKind, day: string, period: string | null) =>
      period
        ? chart === 'summary'
          ? `Hong Kong industries, ${period} % change to ${day}`
          : `Hong Kong stocks by industry (heatmap), ${period} to ${day}`
        : chart === 'summary'
          ? `Hong Kong industries, % change, ${day}`
          : `Hong Kong stocks by industry (heatmap), ${day}`,
    recapChartTitle: (chart: ChartKind, title: string) =>
      chart === 'summary' ? `Hong Kong industries, % change over ${title}` : `Hong Kong stocks by industry (heatmap), ${title}`,
    shareTitle: (day: string) => `Hong Kong close, ${day}`,
    /** The heatmap image's caption band. */
    sizing: { marketCap: 'sized by market cap', turnover: 'sized by turnover', equal: 'equal-sized tiles' } satisfies Record<SizeMeasure, string>,
    heatmapCaption: (site: string, span: string, sizing: string, basis: string, cap: number) => `${site} · ${span} · ${sizing} · industry % ${basis} · colours capped at ±${cap}%`,
    periodTo: (period: string, day: string) => `${period} % change to ${day}`,
    recapSpan: (title: string, from: string, to: string) => `${title}: ${from} to ${to}`,
    /** The summary chart image. */
    summaryHeader: (period: string | null, basis: string) => `Industry ${period ? `${period} ` : ''}% change, ${basis}`,
    breadthHeader: 'advancers / decliners',
    breadthHeaderNarrow: 'up/down',
    hsiShort: 'HSI',
    rowDesc: (industry: string, pct: string, up: number, down: number) => `${industry} ${pct} (${up} up, ${down} down)`,
    rowTitle: (industry: string, pct: string, up: number, down: number) => `${industry}: ${pct}, ${up} advancers, ${down} decliners`,
    /** The embed's values table and messages. */
    valuesCaption: (title: string) => `${title}: the values`,
    industry: 'Industry',
    pctChange: (basis: string) => `% change (${basis})`,
    advancers: 'Advancers',
    decliners: 'Decliners',
    noSession: 'No such session',
    noSessionMessage: (date: string) => `There is no Hong Kong session on ${date}.`,
    dataUnavailable: 'Data unavailable',
    dataUnavailableTitle: (date: string) => `Data unavailable: ${date}`,
    dataUnavailableMessage: (day: string) => `The data file for ${day} is invalid, so this chart cannot be drawn.`,
    seeSessionPage: (site: string) => `${site}: see the session page`,
    /** The link-preview card. */
    industriesHeader: (basis: string) => `Industries, % change (${basis})`,
    notInSnapshot: 'Not in this snapshot',
    noStocks: 'No stocks in this snapshot',
    sessionFooter: (stocks: number, half: boolean) => `${stocks} stocks · ${half ? 'half day' : 'full day'}`,
    weekHeading: (week: number, year: string) => `Week ${week}, ${year}`,
    recapFooter: (sessions: number, to: string) => `${sessions} sessions to ${to}`,
    previewAlt: 'The Hong Kong session: the Hang Seng Index and the 12 industries, % change',
    recapPreviewAlt: 'The Hong Kong recap: the Hang Seng Index and the 12 industries, % change over the period',
    stockPreviewAlt: 'The stock: latest close, % change, and its growth over the archive beside the HSI',
    stockCloseOf: (sector: string, day: string) => `${sector} · close of ${day}`,
    stockPrice: (price: string) => `HKD ${price}`,
    stockGrowth: (from: string, name: string) => `Growth of 100 since ${from}: ${name} (blue) and the HSI (grey)`,
    /** Feeds. */
    feedTitle: (site: string) => `${site}: daily sessions`,
    feedRecapsTitle: (site: string) => `${site}: week and month recaps`,
    feedRecapsSubtitle: 'The Hong Kong market over each week and month: index changes, leaders and laggards, breadth.',
    feedFullRecap: 'The full recap',
    feedEntryTitle: (day: string, takeaway: string) => `${day}: ${takeaway}`,
    recapShareTitle: (week: boolean, title: string) => `Hong Kong ${week ? 'week' : 'month'}: ${title}`,
  },
  'zh-hk': {
    periods: { '1d': '單日', '1w': '一週', '1m': '一個月', '3m': '三個月', ytd: '年初至今', '1y': '一年' },
    basis: { 'equal-weighted': '等權平均', 'cap-weighted': '市值加權' },
    periodLabel: (label: string) =>
      ({ '1D': '單日', '1W': '一週', '1M': '一個月', '3M': '三個月', YTD: '年初至今', '1Y': '一年', Week: '本週', Month: '本月' })[label] ?? label,
    chartTitle: (chart: ChartKind, day: string, period: string | null) =>
      period
        ? chart === 'summary'
          ? `港股各行業${period}升跌幅（截至${day}）`
          : `港股行業熱圖：${period}升跌幅（截至${day}）`
        : chart === 'summary'
          ? `港股各行業升跌幅 · ${day}`
          : `港股行業熱圖 · ${day}`,
    recapChartTitle: (chart: ChartKind, title: string) => (chart === 'summary' ? `港股各行業升跌幅 · ${title}` : `港股行業熱圖 · ${title}`),
    shareTitle: (day: string) => `港股收市 · ${day}`,
    sizing: { marketCap: '方塊面積按市值', turnover: '方塊面積按成交額', equal: '方塊面積相同' },
    heatmapCaption: (site: string, span: string, sizing: string, basis: string, cap: number) => `${site} · ${span} · ${sizing} · 行業升跌幅為${basis} · 顏色上限 ±${cap}%`,
    periodTo: (period: string, day: string) => `${period}升跌幅，截至${day}`,
    recapSpan: (title: string, from: string, to: string) => `${title}：${from}至${to}`,
    summaryHeader: (period: string | null, basis: string) => `行業${period ?? ''}升跌幅（${basis}）`,
    breadthHeader: '上升／下跌股份數目',
    breadthHeaderNarrow: '升／跌',
    hsiShort: '恒指',
    rowDesc: (industry: string, pct: string, up: number, down: number) => `${industry} ${pct}（${up}隻上升，${down}隻下跌）`,
    rowTitle: (industry: string, pct: string, up: number, down: number) => `${industry}：${pct}，${up}隻上升，${down}隻下跌`,
    valuesCaption: (title: string) => `${title}：數據`,
    industry: '行業',
    pctChange: (basis: string) => `升跌幅（${basis}）`,
    advancers: '上升股份',
    decliners: '下跌股份',
    noSession: '沒有此交易日',
    noSessionMessage: (date: string) => `${date}並非香港股市交易日。`,
    dataUnavailable: '數據暫不可用',
    dataUnavailableTitle: (date: string) => `數據暫不可用：${date}`,
    dataUnavailableMessage: (day: string) => `${day}的數據檔案無效，未能繪製此圖表。`,
    seeSessionPage: (site: string) => `${site}：請參閱該交易日頁面`,
    industriesHeader: (basis: string) => `各行業升跌幅（${basis}）`,
    notInSnapshot: '是次數據未有此指數',
    noStocks: '是次數據未有股份',
    sessionFooter: (stocks: number, half: boolean) => `${stocks}隻股份 · ${half ? '半日市' : '全日市'}`,
    weekHeading: (week: number, year: string) => `${year}年第${week}週`,
    recapFooter: (sessions: number, to: string) => `${sessions}個交易日，截至${to}`,
    previewAlt: '香港股市收市：恒生指數及十二個行業的升跌幅',
    recapPreviewAlt: '香港股市回顧：恒生指數及十二個行業在期內的升跌幅',
    stockPreviewAlt: '股份：最新收市價、升跌幅，以及與恒指比較的累計表現',
    stockCloseOf: (sector: string, day: string) => `${sector} · ${day}收市`,
    stockPrice: (price: string) => `${price}港元`,
    stockGrowth: (from: string, name: string) => `自${from}起每100元的增長：${name}（藍）與恒指（灰）`,
    feedTitle: (site: string) => `${site}：每日收市`,
    feedRecapsTitle: (site: string) => `${site}：每週及每月回顧`,
    feedRecapsSubtitle: '香港股市每週及每月表現：指數升跌、領漲及領跌股份、市場寬度。',
    feedFullRecap: '完整回顧',
    feedEntryTitle: (day: string, takeaway: string) => `${day}：${takeaway}`,
    recapShareTitle: (week: boolean, title: string) => `港股${week ? '一週' : '月度'}回顧：${title}`,
  },
});

export type ShareText = (typeof shareText)['en'];
