import { RrgChart } from '@/components/rotation/rrg-chart';
import type { RrgSeries } from '@/components/rotation/rrg-types';
import { direction, formatPct } from '@/lib/format';
import { industryName } from '@/lib/industries';
import type { Locale } from '@/lib/i18n/locale';
import { QUADRANT_NAMES_ZH, rotationText, type RrgClientText } from '@/lib/i18n/messages/rotation';
import type { Quadrant } from '@/lib/metrics/rrg';
import type { IndustryMove, IndustryTrend, RrgIndustry, SessionMetrics } from '@/lib/metrics';
import { refKey, refList } from '@/lib/session/refs';
import type { WeeklyRotationView } from '@/lib/views/rotation';

export interface RotationPanelProps {
  metrics: SessionMetrics;
  trends: IndustryTrend[];
  rrg: RrgIndustry[];
  rrgSeries: RrgSeries[];
  /** Sessions in the look-back window, for the captions. */
  windowSessions: number;
  /** The weekly RRG on the store's history: shown instead of the daily one when there. */
  weekly?: WeeklyRotationView | null;
  locale?: Locale;
}

type Text = (typeof rotationText)['en'];

function pp(value: number | null, t: Text, digits = 2): string {
  if (value === null) return '–';
  return t.pp(formatPct(value, digits).replace('%', ''));
}

/** A table cell in percentage points: "+1.62 pp" / "+1.62" (the Chinese header says 百分點). */
function ppCell(value: number | null, t: Text): string {
  if (value === null) return '–';
  const s = formatPct(value, 2).replace('%', '');
  return t.ppCell(s);
}

/** A quadrant's name in the edition (領先 / 轉弱 / 落後 / 改善). */
function quadrantName(q: string, locale: Locale): string {
  return locale === 'zh-hk' ? (QUADRANT_NAMES_ZH[q as Quadrant] ?? q) : q;
}

function pctOrDash(value: number | null): string {
  return value === null ? '–' : formatPct(value);
}

function streakLabel(streak: number, t: Text): string {
  if (streak === 0) return '–';
  return t.streakValue(Math.abs(streak), streak > 0);
}

/** A bar from the centre line: right for out-performance of the HSI, left for under-performance. */
function RelativeBar({ value, max }: { value: number | null; max: number }) {
  if (value === null) return <span className="muted">–</span>;
  const width = max === 0 ? 0 : (Math.abs(value) / max) * 50;
  const dir = direction(value);
  return (
    <span className="rs-bar" aria-hidden="true">
      <span className={`rs-fill ${dir}`} style={value >= 0 ? { left: '50%', width: `${width}%` } : { right: '50%', width: `${width}%` }} />
    </span>
  );
}

/** Quadrant changes since the previous session, as a sentence. */
export function quadrantChangeText(rrg: readonly RrgIndustry[], locale: Locale = 'en'): string {
  const t = rotationText[locale];
  const changed = rrg.filter((r) => r.changed && r.quadrant && r.previousQuadrant);
  if (rrg.every((r) => r.quadrant === null)) return t.notEnough;
  if (changed.length === 0) return t.noChange;
  const q = (x: string | null) => quadrantName(x ?? '', locale);
  return t.changed(changed.map((r) => t.change(industryName(r.industry, locale), q(r.previousQuadrant), q(r.quadrant))).join(t.listSep));
}

/** Weekly graph: the quadrants entered within the last week, with how long each has held. */
export function weeklyQuadrantText(weekly: WeeklyRotationView, locale: Locale = 'en'): string {
  const t = rotationText[locale];
  const recent = weekly.rrg
    .filter((r) => r.quadrant && r.previousQuadrant && r.heldSessions <= weekly.windows.tailStep)
    .sort((a, b) => a.heldSessions - b.heldSessions || a.industry.localeCompare(b.industry));
  if (recent.length === 0) return t.weeklyNone;
  const held = (n: number) => (n === 1 ? t.heldToday : t.heldAgo(n));
  const q = (x: string | null) => quadrantName(x ?? '', locale);
  return t.weeklyChanged(
    recent.map((r) => t.weeklyChange(industryName(r.industry, locale), q(r.previousQuadrant), q(r.quadrant), held(r.heldSessions))).join(t.listSep),
  );
}

export function RotationPanel({ metrics, trends, rrg, rrgSeries, windowSessions, weekly, locale = 'en' }: RotationPanelProps) {
  const t = rotationText[locale];
  const q = (x: string | null | undefined) => (x ? quadrantName(x, locale) : null);
  const localSeries = (series: RrgSeries[]): RrgSeries[] =>
    locale === 'en' ? series : series.map((s) => ({ ...s, name: industryName(s.industry, locale), quadrant: q(s.quadrant) }));
  const rrgText = (window: string, caption: string): RrgClientText => ({
    label: t.rrg.label(window),
    loading: t.rrg.loading,
    placeholder: t.rrg.placeholder,
    caption: `${caption}${t.rrg.hint}`,
    ratio: t.rrg.ratio,
    momentum: t.rrg.momentum,
    quadrants: [t.rrg.quadrants.leading, t.rrg.quadrants.weakening, t.rrg.quadrants.lagging, t.rrg.quadrants.improving],
  });
  const trendOf = new Map(trends.map((t) => [t.industry, t]));
  const rrgOf = new Map(rrg.map((r) => [r.industry, r]));
  const weeklyOf = new Map((weekly?.rrg ?? []).map((r) => [r.industry, r]));
  const rows = [...metrics.industries]
    .filter((m): m is IndustryMove & { equalWeightedPct: number } => m.equalWeightedPct !== null)
    .sort((a, b) => b.equalWeightedPct - a.equalWeightedPct || a.industry.localeCompare(b.industry));
  const maxRs = Math.max(0, ...rows.map((r) => Math.abs(r.relativeStrengthPp ?? 0)));
  const { breadth, rotation } = metrics;
  const hasRrg = rrg.some((r) => r.quadrant !== null);

  return (
    <section className="panel rotation" aria-labelledby="rotation-title" data-testid="rotation">
      <h2 id="rotation-title">{t.title}</h2>
      <dl className="stat-grid">
        <div data-ref={refKey.market('breadth')}>
          <dt>{t.adRatio}</dt>
          <dd data-testid="ad-ratio">{breadth.advanceDeclineRatio === null ? '–' : breadth.advanceDeclineRatio.toFixed(2)}</dd>
        </div>
        <div data-ref={refKey.market('breadth')}>
          <dt title={t.netBreadthTitle}>{t.netBreadth}</dt>
          <dd className={breadth.netBreadth === null ? '' : direction(breadth.netBreadth)}>
            {breadth.netBreadth === null ? '–' : `${breadth.netBreadth >= 0 ? '+' : ''}${(breadth.netBreadth * 100).toFixed(0)}%`}
          </dd>
        </div>
        <div>
          <dt title={t.dispersionTitle}>{t.dispersion}</dt>
          <dd data-testid="dispersion">{metrics.dispersionPp === null ? '–' : t.pp(metrics.dispersionPp.toFixed(2))}</dd>
        </div>
        <div>
          <dt title={t.spreadTitle}>{t.spread}</dt>
          <dd>{pp(metrics.leadershipSpreadPp, t)}</dd>
        </div>
        <div data-ref={refList(refKey.group('cyclicals'), refKey.group('growth'))}>
          <dt title={t.cyclicalsTitle}>{t.cyclicals}</dt>
          <dd className={rotation.cyclicalsVsGrowthPp === null ? '' : direction(rotation.cyclicalsVsGrowthPp)}>{pp(rotation.cyclicalsVsGrowthPp, t)}</dd>
        </div>
        <div data-ref={refKey.group('defensives')}>
          <dt title={t.defensivesTitle}>{t.defensives}</dt>
          <dd className={rotation.defensivesVsMarketPp === null ? '' : direction(rotation.defensivesVsMarketPp)}>{pp(rotation.defensivesVsMarketPp, t)}</dd>
        </div>
      </dl>

      {/* Focusable: on a narrow screen the table scrolls sideways, and a keyboard must be able to scroll it. */}
      <div className="table-wrap" tabIndex={0} role="region" aria-label={t.tableLabel}>
        <table className="data rotation-table">
          <caption className="visually-hidden">{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.industry}</th>
              <th scope="col" className="num">{t.today}</th>
              <th scope="col" className="num">{t.vsHsi}</th>
              <th scope="col" className="rs-col"><span className="visually-hidden">{t.rsBar}</span></th>
              <th scope="col" className="num">{t.sessions5}</th>
              <th scope="col" className="num">{t.sessions20}</th>
              <th scope="col">{t.streak}</th>
              <th scope="col">{weekly ? t.quadrantWeekly : t.quadrant}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((m) => {
              const trend = trendOf.get(m.industry);
              const quad = rrgOf.get(m.industry);
              return (
                <tr key={m.industry} data-ref={refKey.industry(m.industry)}>
                  <th scope="row">{industryName(m.industry, locale)}</th>
                  <td className={`num ${direction(m.equalWeightedPct)}`}>{formatPct(m.equalWeightedPct)}</td>
                  <td className={`num ${m.relativeStrengthPp === null ? '' : direction(m.relativeStrengthPp)}`}>{ppCell(m.relativeStrengthPp, t)}</td>
                  <td className="rs-col">
                    <RelativeBar value={m.relativeStrengthPp} max={maxRs} />
                  </td>
                  <td className={`num ${trend?.return5dPct == null ? '' : direction(trend.return5dPct)}`}>{pctOrDash(trend?.return5dPct ?? null)}</td>
                  <td className={`num ${trend?.return20dPct == null ? '' : direction(trend.return20dPct)}`}>{pctOrDash(trend?.return20dPct ?? null)}</td>
                  <td>{streakLabel(trend?.streak ?? 0, t)}</td>
                  {weekly ? (
                    <td>
                      {q(weeklyOf.get(m.industry)?.quadrant) ?? '–'}
                      {weeklyOf.get(m.industry)?.quadrant ? (
                        <span className="muted">
                          {locale === 'en' ? ', ' : '，'}
                          {weeklyOf.get(m.industry)!.heldSessions === 1 ? t.fromToday : t.heldSessions(weeklyOf.get(m.industry)!.heldSessions)}
                        </span>
                      ) : null}
                    </td>
                  ) : (
                    <td>
                      {q(quad?.quadrant) ?? '–'}
                      {quad?.changed && quad.previousQuadrant ? <span className="muted">{t.was(q(quad.previousQuadrant)!)}</span> : null}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="muted small">{t.footnote(windowSessions)}</p>

      {weekly ? (
        <>
          <p data-testid="quadrant-changes">{weeklyQuadrantText(weekly, locale)}</p>
          <RrgChart
            series={localSeries(weekly.series)}
            text={rrgText(
              t.rrg.weeklyWindow(weekly.windows.tailPoints),
              t.rrg.weeklyCaption(weekly.windows.smoothSessions, weekly.windows.ratioSessions, weekly.windows.tailPoints - 1, weekly.holdSessions),
            )}
          />
        </>
      ) : (
        <>
          <p data-testid="quadrant-changes">{quadrantChangeText(rrg, locale)}</p>
          {hasRrg ? (
            <RrgChart
              series={localSeries(rrgSeries)}
              text={rrgText(t.rrg.dailyWindow(windowSessions), t.rrg.defaultCaption(t.rrg.dailyWindow(windowSessions)))}
            />
          ) : null}
        </>
      )}
    </section>
  );
}
