/**
 * The rotation panel's words: breadth statistics, the industry table, the quadrant sentences and the
 * Relative Rotation Graph. Quadrants as the Hong Kong brokers' RRG notes name them: 領先 (Leading),
 * 轉弱 (Weakening), 落後 (Lagging), 改善 (Improving). The chart's client leaves get only their strings.
 */
import type { Quadrant } from '@/lib/metrics/rrg';
import { localized } from '@/lib/i18n/text';

export const QUADRANT_NAMES_ZH: Record<Quadrant, string> = { Leading: '領先', Weakening: '轉弱', Lagging: '落後', Improving: '改善' };

/** What the RRG's client leaves show (plain strings: props cross to the browser as JSON). */
export interface RrgClientText {
  /** The figure's accessible name. */
  label: string;
  loading: string;
  placeholder: string;
  /** The caption, whole. */
  caption: string;
  ratio: string;
  momentum: string;
  /** Indexed like the quadrants: Leading, Weakening, Lagging, Improving. */
  quadrants: [string, string, string, string];
}

export const rotationText = localized({
  en: {
    title: 'Rotation',
    adRatio: 'Advance/decline',
    netBreadth: 'Net breadth',
    netBreadthTitle: '(advancers − decliners) / (advancers + decliners)',
    dispersion: 'Dispersion',
    dispersionTitle: "Standard deviation of the stocks' % changes",
    spread: 'Leadership spread',
    spreadTitle: 'Best minus worst industry, equal-weighted',
    cyclicals: 'Cyclicals vs growth',
    cyclicalsTitle: 'Cyclicals & commodities minus growth & tech, equal-weighted',
    defensives: 'Defensives vs HSI',
    defensivesTitle: 'Defensives minus the HSI',
    pp: (value: string) => `${value} pp`,
    ppCell: (value: string) => `${value} pp`,
    tableLabel: 'Rotation table',
    caption: 'Industries: today’s move, relative strength against the HSI, trailing returns, streaks and RRG quadrant',
    industry: 'Industry',
    today: 'Today',
    vsHsi: 'vs HSI',
    rsBar: 'Relative strength bar',
    sessions5: '5 sessions',
    sessions20: '20 sessions',
    streak: 'Streak',
    quadrant: 'Quadrant',
    quadrantWeekly: 'Quadrant (weekly RRG)',
    streakValue: (n: number, up: boolean) => `${n} ${up ? 'up' : 'down'}`,
    fromToday: 'from today',
    heldSessions: (n: number) => `${n} sessions`,
    was: (q: string) => ` (was ${q})`,
    footnote: (n: number) =>
      `Equal-weighted daily % of each industry’s stocks (moves beyond ±50 % left out); 5- and 20-session returns are chain-linked over the last ${n} sessions.`,
    notEnough: 'Not enough history yet for the rotation graph (it needs 15 sessions).',
    noChange: 'No industry changed quadrant since the previous session.',
    changed: (list: string) => `Changed quadrant since the previous session: ${list}.`,
    change: (industry: string, from: string, to: string) => `${industry} (${from} → ${to})`,
    weeklyNone: 'No industry changed quadrant on the weekly graph in the last 5 sessions.',
    weeklyChanged: (list: string) => `Changed quadrant in the last 5 sessions: ${list}.`,
    weeklyChange: (industry: string, from: string, to: string, held: string) => `${industry} (${from} → ${to}, ${held})`,
    heldToday: 'today',
    heldAgo: (n: number) => `${n} sessions ago`,
    listSep: '; ',
    rrg: {
      label: (window: string) => `Relative Rotation Graph of the 12 industries against the HSI, ${window}`,
      loading: 'Loading chart…',
      placeholder: 'The chart loads as it scrolls into view; the table above has the same quadrants.',
      defaultCaption: (window: string) =>
        `RS-Ratio (x) against RS-Momentum (y), 100 = in line with the HSI; tails show the last sessions, the dot is the latest. ${window}. `,
      weeklyWindow: (points: number) => `weekly, ${points} points to this session`,
      dailyWindow: (n: number) => `${n} sessions to this one`,
      weeklyCaption: (smooth: number, ratio: number, weeks: number, hold: number) =>
        `RS-Ratio (x) against RS-Momentum (y), 100 = in line with the HSI, on the archive's daily closes: relative strength smoothed over ${smooth} sessions, z-scores over ${ratio} (an open approximation after RRGPy, not JdK's proprietary formula). One dot a week over the last ${weeks} weeks; the large dot is this session. A quadrant change enters the takeaways once it has held ${hold} sessions; the table gives how long each has held. `,
      hint: 'Click an industry in the legend to hide or show it.',
      ratio: 'RS-Ratio',
      momentum: 'RS-Momentum',
      quadrants: { leading: 'Leading', weakening: 'Weakening', lagging: 'Lagging', improving: 'Improving' },
    },
  },
  'zh-hk': {
    title: '板塊輪動',
    adRatio: '升跌比率',
    netBreadth: '淨上升比率',
    netBreadthTitle: '（上升 − 下跌）／（上升 + 下跌）',
    dispersion: '離散度',
    dispersionTitle: '個別股份升跌幅的標準差',
    spread: '行業強弱差距',
    spreadTitle: '表現最好與最差行業之差（等權）',
    cyclicals: '周期股對增長股',
    cyclicalsTitle: '周期及商品股減增長及科技股（等權）',
    defensives: '防守股對恒指',
    defensivesTitle: '防守股減恒指',
    pp: (value: string) => `${value}個百分點`,
    ppCell: (value: string) => value,
    tableLabel: '板塊輪動表',
    caption: '各行業：今日升跌、相對恒指的強弱、過往回報、連升連跌日數及RRG象限',
    industry: '行業',
    today: '今日',
    vsHsi: '較恒指（百分點）',
    rsBar: '相對強弱棒形圖',
    sessions5: '5個交易日',
    sessions20: '20個交易日',
    streak: '連升／連跌',
    quadrant: '象限',
    quadrantWeekly: '象限（每週RRG）',
    streakValue: (n: number, up: boolean) => `${up ? '連升' : '連跌'}${n}日`,
    fromToday: '今日起',
    heldSessions: (n: number) => `${n}個交易日`,
    was: (q: string) => `（原為${q}）`,
    footnote: (n: number) => `各行業成分股的等權每日升跌幅（升跌逾±50%的股份不計在內）；5日及20日回報按最近${n}個交易日連鎖計算。`,
    notEnough: '歷史數據尚未足夠繪製相對輪動圖（需要15個交易日）。',
    noChange: '自上一個交易日以來，沒有行業轉換象限。',
    changed: (list: string) => `自上一個交易日以來轉換象限：${list}。`,
    change: (industry: string, from: string, to: string) => `${industry}（${from} → ${to}）`,
    weeklyNone: '最近5個交易日，每週圖上沒有行業轉換象限。',
    weeklyChanged: (list: string) => `最近5個交易日轉換象限：${list}。`,
    weeklyChange: (industry: string, from: string, to: string, held: string) => `${industry}（${from} → ${to}，${held}）`,
    heldToday: '今日',
    heldAgo: (n: number) => `${n}個交易日前`,
    listSep: '；',
    rrg: {
      label: (window: string) => `12個行業相對恒指的相對輪動圖（RRG），${window}`,
      loading: '圖表載入中…',
      placeholder: '圖表會在捲動到此處時載入；上表列有相同的象限。',
      defaultCaption: (window: string) =>
        `橫軸為相對強度比率（RS-Ratio），縱軸為相對強度動量（RS-Momentum），100即與恒指同步；尾線顯示最近的交易日，圓點為最新一日。${window}。`,
      weeklyWindow: (points: number) => `每週，截至此交易日共${points}點`,
      dailyWindow: (n: number) => `截至此交易日的${n}個交易日`,
      weeklyCaption: (smooth: number, ratio: number, weeks: number, hold: number) =>
        `橫軸為相對強度比率（RS-Ratio），縱軸為相對強度動量（RS-Momentum），100即與恒指同步，按資料庫的每日收市計算：相對強度以${smooth}個交易日平滑，Z分數以${ratio}個交易日計算（參照RRGPy的公開近似算法，並非JdK的專有公式）。最近${weeks}週每週一點；大圓點為此交易日。象限轉換須維持${hold}個交易日才會列入重點摘要；上表列出各行業維持的日數。`,
      hint: '點選圖例中的行業可隱藏或顯示。',
      ratio: '相對強度比率',
      momentum: '相對強度動量',
      quadrants: { leading: '領先', weakening: '轉弱', lagging: '落後', improving: '改善' },
    },
  },
});
