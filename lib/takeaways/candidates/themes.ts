/**
 * Themes (data/themes.json): a theme of ≥ 3 members present, told member by member when they all moved
 * one way and are few, else by its average and its leader; a theme of 2 present members only when both
 * moved the same way, each named with its move and nothing claimed about the rest.
 * A theme already told inside an industry's sentence is not told again.
 */
import type { ThemeMove } from '@/lib/metrics/session-moves';
import { themeName, type TakeawayContext } from '@/lib/takeaways/context';
import { MIN_GROUP_STOCKS } from '@/lib/takeaways/candidates/industries';
import { emptyRefs, type Candidate } from '@/lib/takeaways/facts';
import { themeToldKey } from '@/lib/takeaways/theme-keys';

const MAX_EACH = 6;


export function themeCandidates(ctx: TakeawayContext): Candidate[] {
  const out: Candidate[] = [];
  for (const t of ctx.metrics.themes) {
    if (t.equalWeightedPct === null) continue;
    const sameWay = t.advancers === t.count || t.decliners === t.count;
    if (t.count >= MIN_GROUP_STOCKS || (t.count === 2 && sameWay)) out.push(themeCandidate(ctx, t, sameWay));
  }
  return out;
}

function themeCandidate(ctx: TakeawayContext, t: ThemeMove, sameWay: boolean): Candidate {
  const pct = t.equalWeightedPct!;
  return {
    kind: 'theme',
    key: t.id,
    salience: ctx.groupSalience(t),
    build: (named) => {
      if (named.has(themeToldKey(t.id))) return null;
      const members = ctx.themeMembers(t);
      const free = members.filter((s) => !named.has(s.code));
      const ahead = pct > ctx.market;
      let shape: 'each' | 'average' | 'pair';
      let stocks = free;
      if (t.count === 2) {
        if (free.length < 2) return null;
        shape = 'pair';
        stocks = [...free].sort((a, b) => Math.abs(a.changePct) - Math.abs(b.changePct) || (a.code < b.code ? -1 : 1));
      } else if (sameWay && members.length <= MAX_EACH && free.length === members.length) {
        shape = 'each';
      } else {
        shape = 'average';
        // Its leader the way the theme went against the market, unless another takeaway names it (the
        // next one down would read as if it led).
        const lead = ahead ? members[0] : members[members.length - 1];
        stocks = lead && !named.has(lead.code) ? [lead] : [];
      }
      return {
        fact: { kind: 'theme', theme: themeName(ctx, t), shape, pct, advancers: t.advancers, count: t.count, memberCount: t.memberCount, ahead, stocks: stocks.map(ctx.move) },
        refs: { ...emptyRefs(), themes: [t.id], stocks: stocks.map((s) => s.code) },
      };
    },
  };
}
