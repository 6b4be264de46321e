/**
 * Industries: the leader and the laggard of the day (equal-weighted), each with a nested theme that moved
 * further the same way, its top movers and its bellwether; on a sparse snapshot, groups of named stocks
 * of one industry that all moved one way.
 *
 * Minimum samples: a ranking needs ≥ MIN_RANKED_INDUSTRIES industries with ≥ MIN_RANKED_INDUSTRY_STOCKS
 * stocks each and names only those; below SPARSE_SESSION_STOCKS stocks, a group of ≥ MIN_GROUP_STOCKS
 * moving one way is described as those stocks moving, never as an industry ranking.
 */
import type { IndustryMove, ThemeMove } from '@/lib/metrics/session-moves';
import type { StockQuote } from '@/lib/session/model';
import { themeName, type TakeawayContext } from '@/lib/takeaways/context';
import { emptyRefs, type Candidate } from '@/lib/takeaways/facts';
import { themeToldKey } from '@/lib/takeaways/theme-keys';

export const MIN_GROUP_STOCKS = 3;
export const MIN_RANKED_INDUSTRY_STOCKS = 5;
export const MIN_RANKED_INDUSTRIES = 6;
const NAMED_PER_INDUSTRY = 3;

/** Themes whose members present sit mostly (≥ half) in one industry: told inside that industry's sentence. */
export function nestedThemes(ctx: TakeawayContext): Map<string, string> {
  const nestedIn = new Map<string, string>();
  for (const t of ctx.metrics.themes) {
    const members = ctx.themeMembers(t);
    const counts = new Map<string, number>();
    for (const s of members) counts.set(s.sector, (counts.get(s.sector) ?? 0) + 1);
    for (const [industry, n] of counts) if (n * 2 >= members.length && members.length > 0) nestedIn.set(t.id, industry);
  }
  return nestedIn;
}

export function rankedIndustries(ctx: TakeawayContext): IndustryMove[] {
  return ctx.metrics.industries.filter((i) => i.count >= MIN_RANKED_INDUSTRY_STOCKS && i.equalWeightedPct !== null);
}

export function industryCandidates(ctx: TakeawayContext): Candidate[] {
  const ranked = rankedIndustries(ctx);
  if (!ctx.sparse && ranked.length >= MIN_RANKED_INDUSTRIES) {
    const byPct = [...ranked].sort((a, b) => b.equalWeightedPct! - a.equalWeightedPct! || (a.industry < b.industry ? -1 : 1));
    const leader = byPct[0]!;
    const laggard = byPct[byPct.length - 1]!;
    const out: Candidate[] = [];
    const nestedIn = nestedThemes(ctx);
    if (leader.equalWeightedPct! > ctx.market) out.push(rankedCandidate(ctx, leader, 'industry-leader', nestedIn));
    if (laggard !== leader && laggard.equalWeightedPct! < ctx.market) out.push(rankedCandidate(ctx, laggard, 'industry-laggard', nestedIn));
    return out;
  }
  const groups = ctx.metrics.industries.filter(
    (i) => i.count >= MIN_GROUP_STOCKS && i.advancers + i.decliners === i.count && (i.advancers === 0 || i.decliners === 0),
  );
  const topUp = groups.filter((g) => g.decliners === 0).sort((a, b) => b.equalWeightedPct! - a.equalWeightedPct!)[0];
  return groups.map((g) => sparseGroupCandidate(ctx, g, g === topUp && g.equalWeightedPct! > ctx.market));
}

function nestedThemeFor(ctx: TakeawayContext, industry: IndustryMove, nestedIn: ReadonlyMap<string, string>): ThemeMove | undefined {
  const up = industry.equalWeightedPct! > ctx.market;
  return ctx.metrics.themes
    .filter((t) => nestedIn.get(t.id) === industry.industry && t.count >= MIN_GROUP_STOCKS && t.equalWeightedPct !== null)
    .filter((t) => (up ? t.equalWeightedPct! > industry.equalWeightedPct! : t.equalWeightedPct! < industry.equalWeightedPct!))
    .sort((a, b) => ctx.groupSalience(b) - ctx.groupSalience(a) || (a.id < b.id ? -1 : 1))[0];
}

function rankedCandidate(ctx: TakeawayContext, ind: IndustryMove, kind: 'industry-leader' | 'industry-laggard', nestedIn: ReadonlyMap<string, string>): Candidate {
  const nested = nestedThemeFor(ctx, ind, nestedIn);
  return {
    kind,
    key: ind.industry,
    salience: Math.max(ctx.groupSalience(ind), nested ? ctx.groupSalience(nested) : 0),
    build: (named) => {
      const theme = nested && !named.has(themeToldKey(nested.id)) ? nested : undefined;
      // Its best (leader) or worst (laggard) movers not named elsewhere, and only those that moved its way:
      // a laggard's sentence never lists risers as if they dragged it down. When the sentence tells a theme,
      // the names follow the theme ("with insurers down 15.12% on average: …") and are the theme's own:
      // on 2024-10-08 the industry's worst three were brokers, listed as if they were insurers.
      const pct = ind.equalWeightedPct!;
      const members = (theme ? ctx.themeMembers(theme) : ctx.industryMembers(ind.industry)).filter((s) => !named.has(s.code));
      const ordered = kind === 'industry-leader' ? members : [...members].reverse();
      const its = (s: StockQuote) => (kind === 'industry-leader' ? s.changePct > 0 || pct <= 0 : s.changePct < 0 || pct >= 0);
      const lead = ordered.filter(its).slice(0, NAMED_PER_INDUSTRY);
      // The bellwether (largest by market cap, else most traded) when it is not among those named.
      const weightOf = (s: StockQuote) => s.marketCap ?? s.turnover ?? 0;
      const bell = [...ctx.industryMembers(ind.industry)].sort((a, b) => weightOf(b) - weightOf(a) || (a.code < b.code ? -1 : 1))[0];
      const showBell = bell && weightOf(bell) > 0 && !lead.includes(bell) && !named.has(bell.code);
      const refs = { ...emptyRefs(), industries: [ind.industry], stocks: lead.map((s) => s.code) };
      if (theme) refs.themes.push(theme.id);
      if (showBell) refs.stocks.push(bell.code);
      return {
        fact: {
          kind,
          industry: ind.industry,
          pct,
          advancers: ind.advancers,
          decliners: ind.decliners,
          count: ind.count,
          theme: theme ? { ...themeName(ctx, theme), pct: theme.equalWeightedPct! } : null,
          stocks: lead.map(ctx.move),
          bellwether: showBell ? { stock: ctx.move(bell), by: bell.marketCap !== null ? 'marketCap' : 'turnover' } : null,
        },
        refs,
      };
    },
  };
}

function sparseGroupCandidate(ctx: TakeawayContext, g: IndustryMove, led: boolean): Candidate {
  return {
    kind: 'group',
    key: g.industry,
    salience: ctx.groupSalience(g),
    build: (named) => {
      const members = ctx.industryMembers(g.industry);
      if (members.some((s) => named.has(s.code))) return null;
      const codes = members.map((s) => s.code);
      const hit = ctx.themes.filter((t) => t.codes.some((c) => codes.includes(c)));
      return {
        fact: { kind: 'group', industry: g.industry, up: g.decliners === 0, led, themes: hit.map((t) => themeName(ctx, t)), stocks: members.map(ctx.move) },
        refs: { ...emptyRefs(), industries: [g.industry], themes: hit.map((t) => t.id), stocks: codes },
      };
    },
  };
}
