import { localized } from '@/lib/i18n/text';

export type PreferencesText = (typeof siteText)['en']['prefs'];

/** The frame of every page: header, footer, site name and description. */
export const siteText = localized({
  en: {
    name: 'HK Market Recap',
    description: 'The Hong Kong trading session at a glance: indexes, industries, movers and key takeaways.',
    skip: 'Skip to content',
    nav: 'Site',
    allSessions: 'All sessions',
    stocks: 'Stocks',
    footer: 'Data: end-of-day closes from the bundled sample (see data/README.md). Dates and times are Hong Kong time (HKT).',
    feedDaily: 'daily recaps',
    feedRecaps: 'week and month recaps',
    switchLabel: '閱讀中文版',
    switchName: '中文',
    prefs: {
      colors: 'Colour convention',
      colorsTitle: 'Colour convention for gains and losses',
      conventions: { hk: 'HK (green up)', mainland: 'Mainland (red up)', cb: 'Colour-blind' },
      conventionTitles: { hk: 'Hong Kong: green up, red down', mainland: 'Mainland: red up, green down', cb: 'Colour-blind safe: blue up, orange down' },
      theme: 'Theme',
      themeTitle: 'Light or dark theme',
      themes: { system: 'Auto theme', light: 'Light', dark: 'Dark' },
    },
  },
  'zh-hk': {
    name: '港股收市回顧',
    description: '香港股市每日收市一覽：指數、行業、升跌股份及重點摘要。',
    skip: '跳至內容',
    nav: '網站',
    allSessions: '所有交易日',
    stocks: '股份',
    footer: '數據：隨附樣本的每日收市價（見 data/README.md）。日期及時間均為香港時間。',
    feedDaily: '每日收市回顧',
    feedRecaps: '每週及每月回顧',
    switchLabel: 'Read in English',
    switchName: 'English',
    prefs: {
      colors: '升跌顏色',
      colorsTitle: '升跌的顏色慣例',
      conventions: { hk: '香港（綠升紅跌）', mainland: '內地（紅升綠跌）', cb: '色弱適用' },
      conventionTitles: { hk: '香港慣例：綠色為升，紅色為跌', mainland: '內地慣例：紅色為升，綠色為跌', cb: '色弱適用：藍色為升，橙色為跌' },
      theme: '主題',
      themeTitle: '淺色或深色主題',
      themes: { system: '自動主題', light: '淺色', dark: '深色' },
    },
  },
});
