/**
 * The heatmap's and the industries chart's words. The server component reads `heatmapText[locale]`; the
 * client map gets only `heatmapClientText(locale)` (plain strings and `{placeholder}` templates, no
 * functions: props cross to the browser as JSON). Industry names are the official HSICS ones
 * (lib/industries.ts); the short forms are for narrow header blocks and the phone chart.
 */
import { INDUSTRY_SHORT, type SizeMeasure } from '@/lib/heatmap/types';
import type { IndustryBasis } from '@/lib/heatmap/industry-pct';
import { INDUSTRIES, INDUSTRY_NAMES_ZH, type Industry } from '@/lib/industries';
import type { Locale } from '@/lib/i18n/locale';
import { localized } from '@/lib/i18n/text';

/** Short Chinese industry names for narrow blocks (the press's usual abbreviations). */
export const INDUSTRY_SHORT_ZH: Record<Industry, string> = {
  Conglomerates: '綜合企業',
  'Consumer Discretionary': '非必需消費',
  'Consumer Staples': '必需消費',
  Energy: '能源',
  Financials: '金融',
  Healthcare: '醫療保健',
  Industrials: '工業',
  'Information Technology': '資訊科技',
  Materials: '原材料',
  'Properties & Construction': '地產建築',
  Telecommunications: '電訊',
  Utilities: '公用事業',
};

export function industryShortName(industry: Industry, locale: Locale): string {
  return locale === 'zh-hk' ? INDUSTRY_SHORT_ZH[industry] : INDUSTRY_SHORT[industry];
}

export const heatmapText = localized({
  en: {
    title: 'Heatmap',
    titleSector: (sector: string) => `Heatmap: ${sector}`,
    titlePeriod: (label: string) => `, ${label}`,
    allIndustries: '← All industries',
    tileSize: 'Tile size',
    sizeBy: 'Size by',
    sizes: { marketCap: 'Market cap', turnover: 'Turnover', equal: 'Equal' } satisfies Record<SizeMeasure, string>,
    sizeNotes: {
      marketCap: 'tile area is market capitalisation',
      turnover: 'tile area is turnover (HKD traded, an estimate of value traded)',
      equal: 'every tile the same size',
    } satisfies Record<SizeMeasure, string>,
    countAll: (n: number) => `${n} stocks by industry`,
    countSector: (n: number, sector: string) => `${n} stocks in ${sector}`,
    unsized: (n: number) => ` (${n} without it are in the table only)`,
    howTo: (zoomed: boolean) =>
      `. Click an industry to ${zoomed ? 'go back' : 'zoom in'}; hover or tap a tile for details, click it or press Enter for the stock's page; arrow keys move between tiles.`,
    outlined: 'Outlined:',
    mapLabel: (period: string | null, sizeNote: string) => `Stocks by industry, ${period ? `${period} % change, ` : ''}${sizeNote}`,
    changeLabel: (period: string) => `${period} change`,
    legend: {
      scale: (low: string, high: string) => `Colour scale: % change from ${low} or less to ${high} or more, grey at 0`,
      industry: (period: string | null) => `Industry ${period ? `${period} ` : ''}% change: `,
      average: ' average of its stocks',
      leftOut: (period: string | null): string => (period ? ' (stocks with a day beyond ±50 % in the period left out)' : ' (moves beyond ±50 % left out)'),
      capped: (cap: number, period: string | null) => `Colours capped at ±${cap}%${period ? ` for ${period} (±3% for 1D; the cap widens with the period)` : ''}`,
      basis: { 'equal-weighted': 'equal-weighted', 'cap-weighted': 'cap-weighted' } satisfies Record<IndustryBasis, string>,
      conventions: {
        hk: 'Hong Kong: green up, red down',
        mainland: 'Mainland: red up, green down',
        cb: 'Colour-blind safe: blue up, orange down',
      },
    },
    chart: {
      title: 'Industries vs the HSI',
      titlePeriod: (label: string) => `, ${label}`,
      explore: 'Explore',
    },
  },
  'zh-hk': {
    title: '熱圖',
    titleSector: (sector: string) => `熱圖：${sector}`,
    titlePeriod: (label: string) => `（${label}）`,
    allIndustries: '← 所有行業',
    tileSize: '方塊大小',
    sizeBy: '方塊大小按',
    sizes: { marketCap: '市值', turnover: '成交額', equal: '劃一' },
    sizeNotes: {
      marketCap: '方塊面積代表市值',
      turnover: '方塊面積代表成交額（港元成交金額的估算）',
      equal: '所有方塊大小相同',
    },
    countAll: (n: number) => `按行業劃分的${n}隻股份`,
    countSector: (n: number, sector: string) => `${sector}的${n}隻股份`,
    unsized: (n: number) => `（${n}隻沒有此數據的股份只列於列表）`,
    howTo: (zoomed: boolean) =>
      `。點選行業可${zoomed ? '返回' : '放大'}；將游標移到方塊上或輕按方塊可看詳情，點選方塊或按Enter鍵可開啟股份頁面；方向鍵可在方塊之間移動。`,
    outlined: '已標示：',
    mapLabel: (period: string | null, sizeNote: string) => `按行業劃分的股份，${period ? `${period}升跌幅，` : ''}${sizeNote}`,
    changeLabel: (period: string) => `${period}升跌幅`,
    legend: {
      scale: (low: string, high: string) => `色階：升跌幅由${low}或以下至${high}或以上，0為灰色`,
      industry: (period: string | null) => `行業${period ?? ''}升跌幅：成分股的`,
      average: '平均',
      leftOut: (period: string | null) => (period ? '（期內任何一日升跌逾±50%的股份不計在內）' : '（升跌逾±50%的股份不計在內）'),
      capped: (cap: number, period: string | null) => `${period ? `${period}的` : ''}色階上限為±${cap}%${period ? '（1日為±3%，期間越長上限越寬）' : ''}`,
      basis: { 'equal-weighted': '等權', 'cap-weighted': '市值加權' },
      conventions: {
        hk: '香港慣例：綠升紅跌',
        mainland: '內地慣例：紅升綠跌',
        cb: '色弱適用：藍升橙跌',
      },
    },
    chart: {
      title: '各行業對恒指',
      titlePeriod: (label: string) => `（${label}）`,
      explore: '互動圖表',
    },
  },
});

/** What the client map shows, as plain strings: `{name}`-style placeholders are filled by `fill`. */
export interface HeatmapClientText {
  /** 'zh' shows a stock's Chinese name (English, marked lang="en", where none is known). */
  names: 'en' | 'zh';
  /** The stock page's path prefix in this edition ('/stocks/' or '/zh-hk/stocks/'). */
  stockBase: string;
  /** Turnover amounts: 'en' HKD 9.85B, 'zh' 98.5億港元. */
  amounts: 'en' | 'zh';
  /** Indexed like INDUSTRIES. */
  industries: string[];
  industriesShort: string[];
  /** {name} {pct} {a} {d} {action} */
  header: string;
  zoomIn: string;
  showAll: string;
  /** {name} {code} {industry} {pct}, then the flags appended. */
  tile: string;
  tileExtreme: string;
  tileListed: string;
  close: string;
  change: string;
  turnover: string;
  extreme: string;
  listed: string;
  stockPage: string;
  table: string;
  hideTable: string;
  tableCaption: string;
  thIndustry: string;
  thCode: string;
  thName: string;
  thChange: string;
  thTurnover: string;
  tableExtreme: string;
}

const CLIENT: Record<Locale, Omit<HeatmapClientText, 'industries' | 'industriesShort' | 'change'>> = {
  en: {
    names: 'en',
    stockBase: '/stocks/',
    amounts: 'en',
    header: '{name} {pct}, {a} up, {d} down: {action}',
    zoomIn: 'zoom in',
    showAll: 'show all industries',
    tile: '{name} ({code}), {industry}, {pct}',
    tileExtreme: ', extreme move: check',
    tileListed: ', listed inside the period',
    close: 'Close',
    turnover: 'Turnover',
    extreme: 'Extreme move: check (kept out of the industry average)',
    listed: 'Listed inside the period: counted from its first close',
    stockPage: 'Stock page →',
    table: 'Table',
    hideTable: 'Hide table',
    tableCaption: 'Every stock on the heatmap',
    thIndustry: 'Industry',
    thCode: 'Code',
    thName: 'Name',
    thChange: '% change',
    thTurnover: 'Turnover (HKD)',
    tableExtreme: ' (extreme move: check)',
  },
  'zh-hk': {
    names: 'zh',
    stockBase: '/zh-hk/stocks/',
    amounts: 'zh',
    header: '{name} {pct}，上升{a}隻，下跌{d}隻：{action}',
    zoomIn: '放大',
    showAll: '顯示所有行業',
    tile: '{name}（{code}），{industry}，{pct}',
    tileExtreme: '，升跌異常：請核實',
    tileListed: '，期內上市',
    close: '收市價',
    turnover: '成交額',
    extreme: '升跌異常：請核實（不計入行業平均）',
    listed: '期內上市：由首個收市價起計',
    stockPage: '股份頁面 →',
    table: '列表',
    hideTable: '隱藏列表',
    tableCaption: '熱圖上的所有股份',
    thIndustry: '行業',
    thCode: '代號',
    thName: '名稱',
    thChange: '升跌幅',
    thTurnover: '成交額（港元）',
    tableExtreme: '（升跌異常：請核實）',
  },
};

/** The client map's strings for an edition; `change` is the tooltip's % label ("1M change"). */
export function heatmapClientText(locale: Locale, change: string): HeatmapClientText {
  return {
    ...CLIENT[locale],
    industries: INDUSTRIES.map((i) => (locale === 'zh-hk' ? INDUSTRY_NAMES_ZH[i] : i)),
    industriesShort: INDUSTRIES.map((i) => industryShortName(i, locale)),
    change,
  };
}
