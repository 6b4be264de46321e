/**
 * The Chinese words of the day-in-its-history facts (lib/takeaways/history-facts.ts), beside
 * takeaways-history-en.ts over the same facts: 「恒指收市創2025年3月24日以來新高，並連升兩日」. When nothing
 * in the archive went further, the sentence says since when the site's records run
 * (「本站自2024年1月3日有紀錄以來」), never a bare 有紀錄以來: the archive is 18 months, not the index's life.
 * Turnover is the snapshot's stocks' (樣本內), in 億港元 (lib/format formatTurnover), not HKEX's total.
 */
import { formatDayMonthYear } from '@/lib/dates';
import { formatInteger, formatPrice, formatTurnover } from '@/lib/format';
import { countZh, directionWordZh, movePhraseZh, ordinalZh, pctAbsZh, withCodeZh } from '@/lib/format/takeaways-zh';
import { industryName } from '@/lib/industries';
import type { HistoryFact, SinceDate } from '@/lib/takeaways/history-facts';

const printed = (pct: number) => Number(pct.toFixed(2));
const dateZh = (date: string) => formatDayMonthYear(date, 'zh-hk');

/** 「2025年3月24日以來」, or 「本站自2024年1月3日有紀錄以來」 when nothing in the archive went further. */
export const sinceWordsZh = (s: SinceDate) => (s.date === null ? `本站自${dateZh(s.archiveStart)}有紀錄以來` : `${dateZh(s.date)}以來`);

/** 「連升兩日」 / 「連跌三日」. */
const streakZh = (streak: number) => `連${streak > 0 ? '升' : '跌'}${countZh(Math.abs(streak))}日`;

export interface HistoryWordsZh {
  /** 「等權平均」 the first time a group average appears, 「平均」 after. */
  average: () => string;
  /** 恒生指數 at its first mention, 恒指 after. */
  indexName: (id: string, name: string) => string;
}

export function renderHistoryFactZh(f: HistoryFact, { average, indexName }: HistoryWordsZh): string {
  switch (f.kind) {
    case 'index-history': {
      const parts: string[] = [];
      if (f.largest) parts.push(`單日${f.largest.up ? '升幅' : '跌幅'}為${sinceWordsZh(f.largest)}最大`);
      if (f.record) parts.push(`收市創${sinceWordsZh(f.record)}新${f.record.kind === 'highest' ? '高' : '低'}`);
      if (f.streak !== 0) parts.push(streakZh(f.streak));
      const [first, ...rest] = parts;
      const list = rest.length === 0 ? first! : `${[first, ...rest.slice(0, -1)].join('，')}，並${rest[rest.length - 1]}`;
      return `${indexName(f.index.id, f.index.name)}${list}。`;
    }
    case 'turnover': {
      const p = printed(f.vsAveragePct);
      const average = `前${f.sessions}個交易日平均的${formatTurnover(f.average, 'zh-hk')}`;
      const vs = p === 0 ? `與${average}相若` : `較${average}${p > 0 ? '高' : '低'}${pctAbsZh(f.vsAveragePct)}`;
      return `樣本內${formatInteger(f.stocks)}隻股份成交額${formatTurnover(f.turnover, 'zh-hk')}，${vs}。`;
    }
    case 'fifty-two-week': {
      const [a, b] = f.highs >= f.lows ? [`${f.highs}隻收市創52週高位`, `${f.lows}隻創低位`] : [`${f.lows}隻收市創52週低位`, `${f.highs}隻創高位`];
      return `在有一年數據的${f.eligible}隻股份中，${a}，${b}。`;
    }
    case 'industry-history': {
      const bits: string[] = [];
      if (f.bestIn > 0) bits.push(`為${f.bestIn}個交易日以來${f.pct > 0 ? '最佳' : '最差'}單日表現`);
      if (f.streak !== 0) bits.push(streakZh(f.streak));
      return `${industryName(f.industry, 'zh-hk')}${average()}${movePhraseZh(f.pct)}，${bits.join('，並')}。`;
    }
    case 'follow-up': {
      const prev = printed(f.previousPct);
      const when = f.debut ? '上市首日' : '上一交易日';
      const before = prev === 0 ? `${when}持平後` : `${when}${directionWordZh(f.previousPct)}${pctAbsZh(f.previousPct)}後`;
      const today = printed(f.stock.changePct);
      const day = f.listingDay !== null && f.listingDay > 1 ? `第${ordinalZh(f.listingDay)}個交易日` : '';
      // 再 for a second move the same way, 掉頭 for a turn.
      const turn = prev === 0 || today === 0 ? '' : Math.sign(prev) === Math.sign(today) ? '再' : '掉頭';
      return `${withCodeZh(f.stock)}${before}，${day}${turn}${movePhraseZh(f.stock.changePct)}。`;
    }
    case 'listing-offer': {
      const when = f.day === 1 ? '上市首日' : `上市第${ordinalZh(f.day)}個交易日`;
      const offer = `招股價${formatPrice(f.offerPrice)}港元`;
      const vs = printed(f.vsOfferPct) === 0 ? `與${offer}持平` : `較${offer}${f.vsOfferPct > 0 ? '高' : '低'}${pctAbsZh(f.vsOfferPct)}`;
      return `${withCodeZh(f.stock)}${when}收報${formatPrice(f.close)}港元，${vs}，全日${movePhraseZh(f.stock.changePct)}。`;
    }
  }
}
