/**
 * Key takeaways: 3 to 6 numbered sentences that say what happened in a session, each with its numbers,
 * deterministic (same data → same text; ties broken by code / name).
 *
 * How: every fact the metrics support becomes a candidate with a salience, "how unusual is this":
 *   group  |group equal-weighted % − market %| / (σ / √n)   (σ = cross-sectional dispersion, n = members:
 *          the standard error of a mean of n stocks, so a 22-stock industry 1.6 pp ahead scores like a t-stat)
 *   stock  |stock % − market %| / σ   (+2 for a stock in its first five trading days: listings are news)
 *   breadth |(A − D)/(A + D)| / 0.15, rotation |cyclicals − growth| / (σ·√(1/n₁ + 1/n₂))
 * with σ floored at 1 pp. The index moves always come first; extreme moves are always named, as such.
 * The rest are taken by salience, a stock already named by a chosen takeaway is not repeated, and the
 * chosen ones are shown in reading order: indexes, groups, stocks, breadth, rotation, RRG, extremes.
 *
 * Minimum samples (a snapshot from a news report carries a handful of stocks):
 *   - breadth and dispersion claims need ≥ 50 stocks (MIN_STOCKS_FOR_BREADTH);
 *   - "led / lagged the industries" needs ≥ 6 industries with ≥ 5 stocks each, and names only those;
 *     below that (a sparse snapshot, < 30 stocks) a group of ≥ 3 stocks moving one way is described as
 *     the named stocks moving, never as an industry ranking;
 *   - a theme needs ≥ 3 members present, or 2 moving the same way (then each is named with its move);
 *   - a rotation needs ≥ 3 stocks on each side and a gap of ≥ 1 pp;
 *   - a single stock needs |move| ≥ 3 %.
 * Fewer takeaways come out when the data supports fewer; none is padded.
 */
import { INDEX_NAMES } from '@/lib/config';
import type { HkexCalendar } from '@/lib/calendar';
import type { HistoryMetrics } from '@/lib/metrics';
import type { GroupMove, StockRef } from '@/lib/metrics/group-move';
import type { IndustryMove, SessionMetrics, ThemeMove } from '@/lib/metrics/session-moves';
import { mean } from '@/lib/metrics/stats';
import type { IndexQuote, Session, StockQuote } from '@/lib/session/model';
import type { Theme } from '@/lib/themes';
import { displayName } from '@/lib/takeaways/names';
import { formatPoints, formatSignedPoints, listJoin, ORDINALS, pctAbs, pctSigned, ppSigned, rangePhrase } from '@/lib/takeaways/prose';

export interface TakeawayRefs {
  indices: string[];
  industries: string[];
  themes: string[];
  stocks: string[];
}

export interface Takeaway {
  text: string;
  refs: TakeawayRefs;
  kind: TakeawayKind;
}

export type TakeawayKind =
  | 'index'
  | 'industry-leader'
  | 'industry-laggard'
  | 'group'
  | 'theme'
  | 'new-listing'
  | 'movers'
  | 'large-caps'
  | 'breadth'
  | 'rotation'
  | 'rrg'
  | 'extreme';

export interface TakeawayInput {
  session: Session;
  metrics: SessionMetrics;
  /** Look-back metrics, for RRG quadrant changes and for counting a new listing's trading days. */
  history?: HistoryMetrics;
  themes: readonly Theme[];
  /** The HKEX calendar, to count a new listing's trading days exactly. */
  calendar?: HkexCalendar;
}

export const MAX_TAKEAWAYS = 6;
export const SPARSE_SESSION_STOCKS = 30;
export const MIN_STOCKS_FOR_BREADTH = 50;
export const MIN_GROUP_STOCKS = 3;
export const MIN_RANKED_INDUSTRY_STOCKS = 5;
export const MIN_RANKED_INDUSTRIES = 6;
export const MIN_ROTATION_GAP_PP = 1;
export const MIN_STOCK_MOVE_PCT = 3;
const NEW_LISTING_DAYS = 5;
const MIN_SCALE_PP = 1;

const KIND_ORDER: readonly TakeawayKind[] = [
  'index',
  'industry-leader',
  'group',
  'theme',
  'industry-laggard',
  'new-listing',
  'movers',
  'large-caps',
  'breadth',
  'rotation',
  'rrg',
  'extreme',
];

interface Candidate extends Takeaway {
  salience: number;
  /** Stable tie-break key. */
  key: string;
  /** Mover candidates are merged per direction into one takeaway. */
  moverDirection?: 'up' | 'down';
  stock?: StockQuote;
  /** Text that depends on what was chosen before it; null drops the candidate. */
  render?: (named: ReadonlySet<string>) => { text: string; stocks: string[] } | null;
}

function emptyRefs(): TakeawayRefs {
  return { indices: [], industries: [], themes: [], stocks: [] };
}

const SHORT_INDEX_NAMES: Record<string, string> = { HSCEI: 'HSCEI', HSTECH: 'Hang Seng TECH Index' };

function indexSentence(indices: readonly IndexQuote[]): string {
  const [first, ...rest] = indices;
  if (!first) return '';
  const name = INDEX_NAMES[first.id]?.en ?? first.name;
  const pct = first.changePct;
  const head =
    Number(pct.toFixed(2)) === 0
      ? `The ${name} closed flat at ${formatPoints(first.close)}`
      : `The ${name} closed ${pct > 0 ? 'up' : 'down'} ${pctAbs(pct)} at ${formatPoints(first.close)} (${formatSignedPoints(first.change)} points)`;
  const others = rest.map((ix) => {
    const n = SHORT_INDEX_NAMES[ix.id] ?? INDEX_NAMES[ix.id]?.en ?? ix.name;
    const verb = Number(ix.changePct.toFixed(2)) === 0 ? 'was unchanged' : `${ix.changePct > 0 ? 'rose' : 'fell'} ${pctAbs(ix.changePct)}`;
    return `the ${n} ${verb}`;
  });
  return others.length === 0 ? `${head}.` : `${head}; ${listJoin(others)}.`;
}

function stockPhrase(s: StockRef, withCode: boolean): string {
  return `${displayName(s.code, s.name)}${withCode ? ` (${s.code})` : ''}`;
}

function moveVerb(pct: number): string {
  const big = Math.abs(pct) >= 8;
  return pct > 0 ? (big ? 'jumped' : 'rose') : big ? 'tumbled' : 'fell';
}

/** Trading day number of a listing on `date` (1 = debut), or null when it cannot be told. */
function listingDay(listingDate: string, date: string, input: TakeawayInput): number | null {
  if (listingDate > date) return null;
  if (listingDate === date) return 1;
  if (input.calendar && input.calendar.day(listingDate) && input.calendar.day(date)) {
    let n = 0;
    // Walk the calendar day by day, in UTC so no time zone shifts a date.
    const [y, m, d] = listingDate.split('-').map(Number) as [number, number, number];
    for (let t = Date.UTC(y, m - 1, d); n <= NEW_LISTING_DAYS; t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      if (input.calendar.isTradingDay(iso)) n++;
      if (iso >= date) return n;
    }
    return null;
  }
  const dates = input.history?.series.dates;
  if (dates && dates.length > 0 && dates[0]! <= listingDate && dates[dates.length - 1] === date) {
    return dates.filter((d) => d >= listingDate).length;
  }
  return null;
}

export function generateTakeaways(input: TakeawayInput): Takeaway[] {
  const { session, metrics, themes } = input;
  const stocks = session.stocks.filter((s) => !s.extreme);
  const sparse = stocks.length < SPARSE_SESSION_STOCKS;
  const market = metrics.benchmarkPct ?? mean(stocks.map((s) => s.changePct)) ?? 0;
  const scale = Math.max(metrics.dispersionPp ?? 0, MIN_SCALE_PP);
  const byCode = new Map(session.stocks.map((s) => [s.code, s]));
  const themeById = new Map(themes.map((t) => [t.id, t]));
  const candidates: Candidate[] = [];
  const groupSalience = (g: GroupMove) => (g.equalWeightedPct === null ? 0 : Math.abs(g.equalWeightedPct - market) / (scale / Math.sqrt(g.count)));
  const membersOf = (codes: Iterable<string>) => {
    const out: StockQuote[] = [];
    for (const c of codes) {
      const s = byCode.get(c);
      if (s && !s.extreme) out.push(s);
    }
    return out.sort((a, b) => b.changePct - a.changePct || (a.code < b.code ? -1 : 1));
  };
  const themeMembers = (t: ThemeMove) => membersOf(themeById.get(t.id)?.codes ?? []);
  const industryMembers = (industry: string) => stocks.filter((s) => s.sector === industry).sort((a, b) => b.changePct - a.changePct || (a.code < b.code ? -1 : 1));

  // Themes whose members present sit mostly (≥ half) in one industry are folded into that industry's sentence.
  const nestedIn = new Map<string, string>();
  for (const t of metrics.themes) {
    const members = themeMembers(t);
    const counts = new Map<string, number>();
    for (const s of members) counts.set(s.sector, (counts.get(s.sector) ?? 0) + 1);
    for (const [industry, n] of counts) if (n * 2 >= members.length && members.length > 0) nestedIn.set(t.id, industry);
  }
  const folded = new Set<string>();

  // 1. Index moves: always first.
  if (session.indices.length > 0) {
    candidates.push({
      kind: 'index',
      text: indexSentence(session.indices),
      refs: { ...emptyRefs(), indices: session.indices.map((i) => i.id) },
      salience: Infinity,
      key: '0',
    });
  }

  // 2. Industries.
  const ranked = metrics.industries.filter((i) => i.count >= MIN_RANKED_INDUSTRY_STOCKS && i.equalWeightedPct !== null);
  if (!sparse && ranked.length >= MIN_RANKED_INDUSTRIES) {
    const byPct = [...ranked].sort((a, b) => b.equalWeightedPct! - a.equalWeightedPct! || (a.industry < b.industry ? -1 : 1));
    const leader = byPct[0]!;
    const laggard = byPct[byPct.length - 1]!;
    if (leader.equalWeightedPct! > market) candidates.push(industryCandidate(leader, 'industry-leader'));
    if (laggard !== leader && laggard.equalWeightedPct! < market) candidates.push(industryCandidate(laggard, 'industry-laggard'));
  } else {
    // Sparse: a group of ≥ 3 named stocks all moving one way is described as those stocks moving.
    const groups = metrics.industries.filter((i) => i.count >= MIN_GROUP_STOCKS && i.advancers + i.decliners === i.count && (i.advancers === 0 || i.decliners === 0));
    const topUp = groups.filter((g) => g.decliners === 0).sort((a, b) => b.equalWeightedPct! - a.equalWeightedPct!)[0];
    for (const g of groups) candidates.push(sparseGroupCandidate(g, g === topUp && g.equalWeightedPct! > market));
  }

  function nestedThemeFor(industry: IndustryMove): ThemeMove | undefined {
    const up = industry.equalWeightedPct! > market;
    return metrics.themes
      .filter((t) => nestedIn.get(t.id) === industry.industry && t.count >= MIN_GROUP_STOCKS && t.equalWeightedPct !== null)
      .filter((t) => (up ? t.equalWeightedPct! > industry.equalWeightedPct! : t.equalWeightedPct! < industry.equalWeightedPct!))
      .sort((a, b) => groupSalience(b) - groupSalience(a) || (a.id < b.id ? -1 : 1))[0];
  }

  function industryCandidate(ind: IndustryMove, kind: 'industry-leader' | 'industry-laggard'): Candidate {
    const members = industryMembers(ind.industry);
    const lead = kind === 'industry-leader' ? members.slice(0, 3) : members.slice(-3).reverse();
    const verb = kind === 'industry-leader' ? 'led' : 'lagged';
    const direction = kind === 'industry-leader' ? `${ind.advancers} of ${ind.count} rose` : `${ind.decliners} of ${ind.count} fell`;
    let text = `${ind.industry} ${verb} the industries, ${ind.equalWeightedPct! >= 0 ? 'up' : 'down'} ${pctAbs(ind.equalWeightedPct!)} equal-weighted (${direction})`;
    const refs: TakeawayRefs = { ...emptyRefs(), industries: [ind.industry] };
    const theme = nestedThemeFor(ind);
    if (theme) {
      text += `, with ${theme.name.toLowerCase()} ${theme.equalWeightedPct! >= 0 ? 'up' : 'down'} ${pctAbs(theme.equalWeightedPct!)} on average`;
      refs.themes.push(theme.id);
      folded.add(theme.id);
    }
    text += `: ${listJoin(lead.map((s) => `${stockPhrase(s, false)} ${pctSigned(s.changePct)}`))}`;
    refs.stocks.push(...lead.map((s) => s.code));
    // The industry's bellwether (largest by market cap, else most traded) when it is not among those named.
    const weightOf = (s: StockQuote) => s.marketCap ?? s.turnover ?? 0;
    const bell = [...members].sort((a, b) => weightOf(b) - weightOf(a) || (a.code < b.code ? -1 : 1))[0];
    if (bell && weightOf(bell) > 0 && !lead.includes(bell)) {
      const by = bell.marketCap !== null ? 'largest' : 'most-traded';
      text += `; ${stockPhrase(bell, false)}, its ${by} stock, ${bell.changePct >= 0 ? 'rose' : 'fell'} ${pctAbs(bell.changePct)}`;
      refs.stocks.push(bell.code);
    }
    return { kind, text: `${text}.`, refs, salience: Math.max(groupSalience(ind), theme ? groupSalience(theme) : 0), key: ind.industry };
  }

  function themeLabels(codes: readonly string[]): { ids: string[]; names: string[] } {
    const hit = themes.filter((t) => t.codes.some((c) => codes.includes(c)));
    return { ids: hit.map((t) => t.id), names: hit.map((t) => t.name.toLowerCase()) };
  }

  function sparseGroupCandidate(g: IndustryMove, led: boolean): Candidate {
    const members = industryMembers(g.industry);
    const up = g.decliners === 0;
    const codes = members.map((s) => s.code);
    const labels = themeLabels(codes);
    const about = labels.names.length > 0 ? `, among them ${listJoin(labels.names)},` : '';
    const head = led ? `${g.industry} names${about} led gains` : `${g.industry} names${about} ${up ? 'rose' : 'fell'}`;
    const names = listJoin(members.map((s) => stockPhrase(s, false)));
    const text = `${head} — ${names} ${up ? 'advanced' : 'declined'} ${rangePhrase(members.map((s) => s.changePct))}.`;
    return {
      kind: 'group',
      text,
      refs: { ...emptyRefs(), industries: [g.industry], themes: labels.ids, stocks: codes },
      salience: groupSalience(g),
      key: g.industry,
    };
  }

  // 3. Themes (not folded into an industry sentence; that is decided after selection).
  for (const t of metrics.themes) {
    if (t.equalWeightedPct === null) continue;
    const members = themeMembers(t);
    const sameWay = t.advancers === t.count || t.decliners === t.count;
    if (t.count >= MIN_GROUP_STOCKS) {
      const up = t.equalWeightedPct > market;
      let text: string;
      if (sameWay && members.length <= 6) {
        text = `${t.name} ${t.advancers === t.count ? 'advanced' : 'declined'} ${rangePhrase(members.map((s) => s.changePct))} — ${listJoin(members.map((s) => `${stockPhrase(s, false)} ${pctSigned(s.changePct)}`))}.`;
      } else {
        const top = up ? members[0]! : members[members.length - 1]!;
        text = `${t.name} ${t.equalWeightedPct >= 0 ? 'rose' : 'fell'} ${pctAbs(t.equalWeightedPct)} on average (${t.advancers} of ${t.count} up), ${up ? 'led' : 'dragged'} by ${stockPhrase(top, false)} ${pctSigned(top.changePct)}.`;
      }
      candidates.push({ kind: 'theme', text, refs: { ...emptyRefs(), themes: [t.id], stocks: members.map((s) => s.code) }, salience: groupSalience(t), key: t.id });
    } else if (t.count === 2 && sameWay) {
      // Two members only: name each with its move, claim nothing about the rest of the theme.
      const down = t.decliners === t.count;
      const small = members.every((s) => Math.abs(s.changePct) < 1);
      const verb = down ? (small ? 'slipped' : 'fell') : small ? 'edged up' : 'rose';
      const ordered = [...members].sort((a, b) => Math.abs(a.changePct) - Math.abs(b.changePct) || (a.code < b.code ? -1 : 1));
      const present = t.missingCodes.length > 0 ? ` (${t.count} of its ${t.memberCount} stocks in this snapshot)` : '';
      const text = `${t.name} ${verb}: ${listJoin(ordered.map((s) => `${stockPhrase(s, false)} ${down ? 'down' : 'up'} ${pctAbs(s.changePct)}`))}${present}.`;
      candidates.push({ kind: 'theme', text, refs: { ...emptyRefs(), themes: [t.id], stocks: ordered.map((s) => s.code) }, salience: groupSalience(t), key: t.id });
    }
  }

  // 4. Stocks: new listings, big movers, the largest names.
  for (const s of stocks) {
    if (!s.listingDate) continue;
    const day = listingDay(s.listingDate, session.date, input);
    if (day === null || day > NEW_LISTING_DAYS) continue;
    const when = day === 1 ? 'on its debut' : `on its ${ORDINALS[day]}`;
    candidates.push({
      kind: 'new-listing',
      text: `${stockPhrase(s, true)} ${moveVerb(s.changePct)} ${pctAbs(s.changePct)} ${when} (listed ${s.listingDate}).`,
      refs: { ...emptyRefs(), stocks: [s.code] },
      salience: Math.abs(s.changePct - market) / scale + 2,
      key: s.code,
    });
  }
  const movers = stocks.filter((s) => Math.abs(s.changePct) >= MIN_STOCK_MOVE_PCT && !(s.listingDate && (listingDay(s.listingDate, session.date, input) ?? 99) <= NEW_LISTING_DAYS));
  const gainers = movers.filter((s) => s.changePct > 0).sort((a, b) => b.changePct - a.changePct || (a.code < b.code ? -1 : 1)).slice(0, 3);
  const losers = movers.filter((s) => s.changePct < 0).sort((a, b) => a.changePct - b.changePct || (a.code < b.code ? -1 : 1)).slice(0, 3);
  for (const s of [...gainers, ...losers]) {
    candidates.push({
      kind: 'movers',
      text: '',
      refs: { ...emptyRefs(), stocks: [s.code] },
      salience: Math.abs(s.changePct - market) / scale,
      key: s.code,
      moverDirection: s.changePct > 0 ? 'up' : 'down',
      stock: s,
    });
  }
  if (!sparse) {
    const withCap = stocks.filter((s) => s.marketCap !== null).length >= stocks.length * 0.8;
    const weight = (s: StockQuote) => (withCap ? s.marketCap : s.turnover) ?? 0;
    const top = [...stocks].sort((a, b) => weight(b) - weight(a) || (a.code < b.code ? -1 : 1)).slice(0, 10).filter((s) => weight(s) > 0);
    const notable = top.filter((s) => Math.abs(s.changePct - market) >= 2).slice(0, 3);
    if (notable.length > 0) {
      const what = withCap ? 'ten largest companies by market cap' : 'ten most-traded stocks (by turnover)';
      candidates.push({
        kind: 'large-caps',
        text: '',
        // Rendered at selection, leaving out stocks another chosen takeaway already names.
        render: (named) => {
          const rest = notable.filter((s) => !named.has(s.code));
          if (rest.length === 0) return null;
          return {
            text: `Among the ${what}, ${listJoin(rest.map((s) => `${stockPhrase(s, false)} ${s.changePct > 0 ? 'rose' : 'fell'} ${pctAbs(s.changePct)}`))}.`,
            stocks: rest.map((s) => s.code),
          };
        },
        refs: { ...emptyRefs(), stocks: notable.map((s) => s.code) },
        salience: Math.max(...notable.map((s) => Math.abs(s.changePct - market) / scale)),
        key: 'large-caps',
      });
    }
  }

  // 5. Breadth.
  const b = metrics.breadth;
  if (b.total >= MIN_STOCKS_FOR_BREADTH && b.netBreadth !== null && Math.abs(b.netBreadth) >= 0.2) {
    const tone = b.netBreadth > 0 ? 'positive' : 'negative';
    const strong = Math.abs(b.netBreadth) >= 0.5 ? 'strongly ' : '';
    candidates.push({
      kind: 'breadth',
      text: `Breadth was ${strong}${tone}: ${b.advancers} of ${b.total} stocks rose and ${b.decliners} fell${b.advanceDeclineRatio !== null ? ` (advance/decline ratio ${b.advanceDeclineRatio.toFixed(2)})` : ''}.`,
      refs: emptyRefs(),
      salience: Math.abs(b.netBreadth) / 0.15,
      key: 'breadth',
    });
  }

  // 6. Rotation between groups.
  const rot = metrics.rotation;
  const cyc = rot.groups.cyclicals;
  const gro = rot.groups.growth;
  if (rot.cyclicalsVsGrowthPp !== null && cyc.count >= MIN_GROUP_STOCKS && gro.count >= MIN_GROUP_STOCKS && Math.abs(rot.cyclicalsVsGrowthPp) >= MIN_ROTATION_GAP_PP) {
    const toward = rot.cyclicalsVsGrowthPp > 0 ? 'toward commodities and away from tech' : 'toward tech and away from commodities';
    let text = `Rotation ${toward}: cyclicals & commodities averaged ${pctSigned(cyc.equalWeightedPct!)} against ${pctSigned(gro.equalWeightedPct!)} for growth & tech (${ppSigned(rot.cyclicalsVsGrowthPp)}, equal-weighted, ${cyc.count} and ${gro.count} stocks)`;
    const def = rot.groups.defensives;
    if (rot.defensivesVsMarketPp !== null && def.count >= MIN_GROUP_STOCKS && Math.abs(rot.defensivesVsMarketPp) >= MIN_ROTATION_GAP_PP) {
      text += `; defensives ${rot.defensivesVsMarketPp > 0 ? 'beat' : 'trailed'} the HSI by ${ppSigned(Math.abs(rot.defensivesVsMarketPp)).replace('+', '')}`;
    }
    candidates.push({
      kind: 'rotation',
      text: `${text}.`,
      refs: emptyRefs(),
      salience: Math.abs(rot.cyclicalsVsGrowthPp) / (scale * Math.sqrt(1 / cyc.count + 1 / gro.count)),
      key: 'rotation',
    });
  }

  // 7. RRG quadrant changes (only for industries large enough to be ranked today).
  if (input.history && !sparse) {
    const rankedNames = new Set(ranked.map((r) => r.industry));
    const changes = input.history.rrg.filter((r) => r.changed && rankedNames.has(r.industry) && (r.quadrant === 'Leading' || r.quadrant === 'Lagging'));
    if (changes.length > 0) {
      const parts = changes.slice(0, 3).map((r) => `${r.industry} from ${r.previousQuadrant} to ${r.quadrant}`);
      candidates.push({
        kind: 'rrg',
        text: `On the relative rotation graph against the HSI, ${listJoin(parts)}.`,
        refs: { ...emptyRefs(), industries: changes.slice(0, 3).map((r) => r.industry) },
        salience: 1,
        key: 'rrg',
      });
    }
  }

  // 8. Extreme moves: always named, never a trend.
  if (metrics.extremes.length > 0) {
    const shown = metrics.extremes.slice(0, 3);
    const more = metrics.extremes.length - shown.length;
    candidates.push({
      kind: 'extreme',
      text: `${listJoin(shown.map((s) => `${stockPhrase(s, true)} moved ${pctSigned(s.changePct)}`))}${more > 0 ? ` (and ${more} more)` : ''} — flagged as ${shown.length > 1 ? 'extreme moves' : 'an extreme move'}; check before reading ${shown.length > 1 ? 'them' : 'it'} as a trend, it is left out of every average.`,
      refs: { ...emptyRefs(), stocks: shown.map((s) => s.code) },
      salience: Infinity,
      key: 'extreme',
    });
  }

  return select(candidates, folded, themes);
}

function select(candidates: Candidate[], folded: ReadonlySet<string>, themes: readonly Theme[]): Takeaway[] {
  const order = [...candidates].sort(
    (a, b) => b.salience - a.salience || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const chosen: Candidate[] = [];
  const named = new Set<string>();
  const bundles = new Map<'up' | 'down', Candidate & { movers: StockQuote[] }>();
  for (const c of order) {
    if (c.kind === 'theme' && c.refs.themes.some((t) => folded.has(t))) continue;
    if (c.kind !== 'index' && c.kind !== 'extreme' && c.refs.stocks.length > 0 && c.refs.stocks.every((s) => named.has(s))) continue;
    if (c.kind === 'movers' && c.moverDirection && c.stock) {
      const bundle = bundles.get(c.moverDirection);
      if (bundle) {
        if (bundle.movers.length < 3) {
          bundle.movers.push(c.stock);
          bundle.refs.stocks.push(c.stock.code);
          named.add(c.stock.code);
        }
        continue;
      }
      if (chosen.length >= MAX_TAKEAWAYS) continue;
      const b = { ...c, refs: { ...c.refs, stocks: [...c.refs.stocks] }, movers: [c.stock] };
      bundles.set(c.moverDirection, b);
      chosen.push(b);
      named.add(c.stock.code);
      continue;
    }
    if (chosen.length >= MAX_TAKEAWAYS && c.salience !== Infinity) continue;
    if (c.render) {
      const r = c.render(named);
      if (!r) continue;
      c.text = r.text;
      c.refs = { ...c.refs, stocks: r.stocks };
    }
    chosen.push(c);
    for (const s of c.refs.stocks) named.add(s);
  }
  // The always-shown extremes may push past the cap: drop the least salient of the rest.
  while (chosen.length > MAX_TAKEAWAYS) {
    let worst = -1;
    chosen.forEach((c, i) => {
      if (c.salience !== Infinity && (worst === -1 || c.salience <= chosen[worst]!.salience)) worst = i;
    });
    if (worst === -1) break;
    chosen.splice(worst, 1);
  }
  const themeOf = (code: string): Theme | undefined => themes.find((t) => t.codes.includes(code));
  for (const [dir, b] of bundles) b.text = moversText(b.movers, dir, themeOf);
  return chosen
    .map((c, i) => ({ c, i }))
    .sort((x, y) => KIND_ORDER.indexOf(x.c.kind) - KIND_ORDER.indexOf(y.c.kind) || x.i - y.i)
    .map(({ c }) => ({ text: c.text, refs: c.refs, kind: c.kind }));
}

function moversText(movers: readonly StockQuote[], dir: 'up' | 'down', themeOf: (code: string) => Theme | undefined): string {
  const [first, ...rest] = movers;
  if (!first) return '';
  const head = `${stockPhrase(first, true)} ${moveVerb(first.changePct)} ${pctAbs(first.changePct)}`;
  // A lone mover is placed in its theme ("Optical communications: …"); with others named, the label
  // would read as if it covered them all.
  const theme = rest.length === 0 ? themeOf(first.code) : undefined;
  if (rest.length === 0) return theme ? `${theme.name}: ${head}.` : `${head}.`;
  const tail = rest.map((s) => `${stockPhrase(s, true)} ${pctSigned(s.changePct)}`);
  return `${head}; ${dir === 'up' ? 'other big gainers' : 'other big decliners'}: ${listJoin(tail)}.`;
}
