import { localized } from '@/lib/i18n/text';

/** The week and month recaps (`/weeks/2025-W21`, `/months/2025-05`). */
export const recapsText = localized({
  en: {
    kindTitle: { week: 'Weekly recap', month: 'Monthly recap' },
    pager: { week: 'Weekly recaps', month: 'Monthly recaps' },
    earliest: '← Earliest',
    latest: 'Latest →',
    /** The heatmap's, chart's and cards' label of a change over the period. */
    label: { week: 'Week', month: 'Month' },
    noun: { week: 'week', month: 'month' },
    definition: {
      sessions: (n: number, from: string, to: string) => `${n} session${n === 1 ? '' : 's'}, ${from} to ${to}; changes are measured from `,
      fromPrevious: (noun: string) => `the previous ${noun}'s last close (`,
      fromPreviousEnd: ')',
      fromFirst: 'the first session’s previous close (the archive starts in this period)',
      toClose: ' to the close of ',
      end: ". A stock's return chain-links its daily changes.",
    },
    days: (noun: string) => `Sessions of the ${noun}`,
    hsi: 'HSI',
    breadth: (noun: string) => `Breadth over the ${noun}`,
    best: (noun: string) => `Best stocks of the ${noun}`,
    worst: (noun: string) => `Worst stocks of the ${noun}`,
    change: (label: string) => `${label} change`,
    share: {
      week: (title: string) => `Hong Kong week: ${title}`,
      month: (title: string) => `Hong Kong month: ${title}`,
      fallback: (n: number, site: string) => `${n} Hong Kong sessions. ${site}.`,
    },
  },
  'zh-hk': {
    kindTitle: { week: '每週回顧', month: '每月回顧' },
    pager: { week: '每週回顧', month: '每月回顧' },
    earliest: '← 最早',
    latest: '最新 →',
    label: { week: '全週', month: '全月' },
    noun: { week: '週', month: '月' },
    definition: {
      sessions: (n: number, from: string, to: string) => `共${n}個交易日，由${from}至${to}；升跌幅由`,
      fromPrevious: (noun: string) => `上${noun}最後收市（`,
      fromPreviousEnd: '）',
      fromFirst: '首個交易日的前收市價（資料庫由此期間開始）',
      toClose: '起計，至',
      end: '收市。股份回報將每日升跌幅連乘。',
    },
    days: (noun: string) => `本${noun}交易日`,
    hsi: '恒指',
    breadth: (noun: string) => `全${noun}上升及下跌股份數目`,
    best: (noun: string) => `全${noun}最多升幅股份`,
    worst: (noun: string) => `全${noun}最大跌幅股份`,
    change: (label: string) => `${label}升跌幅`,
    share: {
      week: (name: string) => `${name}回顧`,
      month: (name: string) => `${name}回顧`,
      fallback: (n: number, site: string) => `共${n}個香港交易日。${site}。`,
    },
  },
});
