/**
 * The Chinese words of the week and month recaps' takeaways (facts: lib/takeaways/period-facts.ts), beside
 * takeaways-period-en.ts over the same facts, with the session takeaways' Chinese rules
 * (lib/format/takeaways-zh.ts): index points and levels in whole points, % to 2 dp with a direction word of
 * its size band, zero said as 無升跌, 「等權平均」 once, each index in full at its first mention.
 */
import { formatDayMonthYear } from '@/lib/dates';
import {
  countedZh,
  directionWordZh,
  equalWeightedOnceZh,
  indexLevelZh,
  indexNamerZh,
  indexPointsZh,
  listJoinZh,
  movePhraseZh,
  pctAbsZh,
  rankVerbZh,
  stockNameZh,
} from '@/lib/format/takeaways-zh';
import { TAKEAWAY_DECIMALS } from '@/lib/format/takeaways-en';
import { industryName } from '@/lib/industries';
import type { RecapKind } from '@/lib/recaps/period';
import type { IndexMove } from '@/lib/takeaways/facts';
import type { PeriodFact, PeriodStockMove } from '@/lib/takeaways/period-facts';

const printed = (pct: number) => Number(pct.toFixed(TAKEAWAY_DECIMALS.pct));
const SPAN_ZH: Record<RecapKind, string> = { week: '全週', month: '全月' };

/** 「CATL（03750，2025年5月20日上市）」 for a stock counted from a first close inside the period. */
const withCode = (s: PeriodStockMove) => `${stockNameZh(s)}（${s.code}${s.from ? `，${formatDayMonthYear(s.from, 'zh-hk')}上市` : ''}）`;
const nameAndMove = (s: PeriodStockMove, variant: number) =>
  `${s.from ? `${stockNameZh(s)}（${formatDayMonthYear(s.from, 'zh-hk')}上市）` : stockNameZh(s)}${movePhraseZh(s.changePct, variant)}`;

function indexSentence(indices: readonly IndexMove[], span: string, sessions: number, indexName: (id: string, name: string) => string): string {
  const [first, ...rest] = indices;
  if (!first) return '';
  const name = indexName(first.id, first.name);
  const level = `收報${indexLevelZh(first.close)}點`;
  const over = `${span}（${sessions}個交易日）`;
  const head =
    printed(first.changePct) === 0
      ? `${over}${name}累計變動不大，${first.change >= 0 ? '微升' : '微跌'}${indexPointsZh(first.change)}點，${level}`
      : `${over}${name}累計${directionWordZh(first.changePct)}${indexPointsZh(first.change)}點或${pctAbsZh(first.changePct)}，${level}`;
  const others = rest.map((ix) => `${indexName(ix.id, ix.name)}累計${movePhraseZh(ix.changePct)}`);
  return others.length === 0 ? `${head}。` : `${head}；${others.join('，')}。`;
}

export function renderPeriodTakeawaysZh(facts: readonly PeriodFact[]): string[] {
  const average = equalWeightedOnceZh();
  const indexName = indexNamerZh();
  return facts.map((f) => {
    const span = SPAN_ZH[f.span];
    switch (f.kind) {
      case 'period-index':
        return indexSentence(f.indices, span, f.sessions, indexName);
      case 'period-industry-leader':
      case 'period-industry-laggard': {
        const lead = f.kind === 'period-industry-leader';
        const n = lead ? f.advancers : f.decliners;
        let text = `${span}${industryName(f.industry, 'zh-hk')}${rankVerbZh(lead, f.pct)}，${average()}${movePhraseZh(f.pct)}（${countedZh(n, f.count, lead)}）`;
        if (f.stocks.length > 0) text += `：${listJoinZh(f.stocks.map(nameAndMove))}`;
        return `${text}。`;
      }
      case 'period-movers': {
        const [first, ...rest] = f.stocks;
        if (!first) return '';
        const head = `${span}表現${f.direction === 'up' ? '最佳' : '最差'}的股份為${withCode(first)}，${movePhraseZh(first.changePct)}`;
        if (rest.length === 0) return `${head}。`;
        return `${head}；其次為${listJoinZh(rest.map((s, i) => `${withCode(s)}${movePhraseZh(s.changePct, i + 1)}`))}。`;
      }
      case 'period-breadth': {
        const tone = f.advancers > f.decliners ? '升多跌少' : f.advancers < f.decliners ? '跌多升少' : '升跌各半';
        const ratio = f.ratio !== null && Number(f.ratio.toFixed(2)) > 0 ? `（升跌比率${f.ratio.toFixed(2)}）` : '';
        return `${span}${tone}：${f.total}隻股份中${f.advancers}隻上升、${f.decliners}隻下跌${ratio}。`;
      }
    }
  });
}
