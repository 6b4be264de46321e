import { RrgChart } from '@/components/rotation/rrg-chart';
import type { RrgSeries } from '@/components/rotation/rrg-types';
import { direction, formatPct } from '@/lib/format';
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
}

function pp(value: number | null, digits = 2): string {
  if (value === null) return '–';
  const s = formatPct(value, digits).replace('%', '');
  return `${s} pp`;
}

function pctOrDash(value: number | null): string {
  return value === null ? '–' : formatPct(value);
}

function streakLabel(streak: number): string {
  if (streak === 0) return '–';
  return `${Math.abs(streak)} ${streak > 0 ? 'up' : 'down'}`;
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
export function quadrantChangeText(rrg: readonly RrgIndustry[]): string {
  const changed = rrg.filter((r) => r.changed && r.quadrant && r.previousQuadrant);
  if (rrg.every((r) => r.quadrant === null)) return 'Not enough history yet for the rotation graph (it needs 15 sessions).';
  if (changed.length === 0) return 'No industry changed quadrant since the previous session.';
  return `Changed quadrant since the previous session: ${changed.map((r) => `${r.industry} (${r.previousQuadrant} → ${r.quadrant})`).join('; ')}.`;
}

/** Weekly graph: the quadrants entered within the last week, with how long each has held. */
export function weeklyQuadrantText(weekly: WeeklyRotationView): string {
  const recent = weekly.rrg
    .filter((r) => r.quadrant && r.previousQuadrant && r.heldSessions <= weekly.windows.tailStep)
    .sort((a, b) => a.heldSessions - b.heldSessions || a.industry.localeCompare(b.industry));
  if (recent.length === 0) return 'No industry changed quadrant on the weekly graph in the last 5 sessions.';
  const held = (n: number) => (n === 1 ? 'today' : `${n} sessions ago`);
  return `Changed quadrant in the last 5 sessions: ${recent.map((r) => `${r.industry} (${r.previousQuadrant} → ${r.quadrant}, ${held(r.heldSessions)})`).join('; ')}.`;
}

export function RotationPanel({ metrics, trends, rrg, rrgSeries, windowSessions, weekly }: RotationPanelProps) {
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
      <h2 id="rotation-title">Rotation</h2>
      <dl className="stat-grid">
        <div data-ref={refKey.market('breadth')}>
          <dt>Advance/decline</dt>
          <dd data-testid="ad-ratio">{breadth.advanceDeclineRatio === null ? '–' : breadth.advanceDeclineRatio.toFixed(2)}</dd>
        </div>
        <div data-ref={refKey.market('breadth')}>
          <dt title="(advancers − decliners) / (advancers + decliners)">Net breadth</dt>
          <dd className={breadth.netBreadth === null ? '' : direction(breadth.netBreadth)}>
            {breadth.netBreadth === null ? '–' : `${breadth.netBreadth >= 0 ? '+' : ''}${(breadth.netBreadth * 100).toFixed(0)}%`}
          </dd>
        </div>
        <div>
          <dt title="Standard deviation of the stocks' % changes">Dispersion</dt>
          <dd data-testid="dispersion">{metrics.dispersionPp === null ? '–' : `${metrics.dispersionPp.toFixed(2)} pp`}</dd>
        </div>
        <div>
          <dt title="Best minus worst industry, equal-weighted">Leadership spread</dt>
          <dd>{pp(metrics.leadershipSpreadPp)}</dd>
        </div>
        <div data-ref={refList(refKey.group('cyclicals'), refKey.group('growth'))}>
          <dt title="Cyclicals & commodities minus growth & tech, equal-weighted">Cyclicals vs growth</dt>
          <dd className={rotation.cyclicalsVsGrowthPp === null ? '' : direction(rotation.cyclicalsVsGrowthPp)}>{pp(rotation.cyclicalsVsGrowthPp)}</dd>
        </div>
        <div data-ref={refKey.group('defensives')}>
          <dt title="Defensives minus the HSI">Defensives vs HSI</dt>
          <dd className={rotation.defensivesVsMarketPp === null ? '' : direction(rotation.defensivesVsMarketPp)}>{pp(rotation.defensivesVsMarketPp)}</dd>
        </div>
      </dl>

      {/* Focusable: on a narrow screen the table scrolls sideways, and a keyboard must be able to scroll it. */}
      <div className="table-wrap" tabIndex={0} role="region" aria-label="Rotation table">
        <table className="data rotation-table">
          <caption className="visually-hidden">Industries: today&rsquo;s move, relative strength against the HSI, trailing returns, streaks and RRG quadrant</caption>
          <thead>
            <tr>
              <th scope="col">Industry</th>
              <th scope="col" className="num">Today</th>
              <th scope="col" className="num">vs HSI</th>
              <th scope="col" className="rs-col"><span className="visually-hidden">Relative strength bar</span></th>
              <th scope="col" className="num">5 sessions</th>
              <th scope="col" className="num">20 sessions</th>
              <th scope="col">Streak</th>
              <th scope="col">{weekly ? 'Quadrant (weekly RRG)' : 'Quadrant'}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((m) => {
              const t = trendOf.get(m.industry);
              const q = rrgOf.get(m.industry);
              return (
                <tr key={m.industry} data-ref={refKey.industry(m.industry)}>
                  <th scope="row">{m.industry}</th>
                  <td className={`num ${direction(m.equalWeightedPct)}`}>{formatPct(m.equalWeightedPct)}</td>
                  <td className={`num ${m.relativeStrengthPp === null ? '' : direction(m.relativeStrengthPp)}`}>{pp(m.relativeStrengthPp)}</td>
                  <td className="rs-col">
                    <RelativeBar value={m.relativeStrengthPp} max={maxRs} />
                  </td>
                  <td className={`num ${t?.return5dPct == null ? '' : direction(t.return5dPct)}`}>{pctOrDash(t?.return5dPct ?? null)}</td>
                  <td className={`num ${t?.return20dPct == null ? '' : direction(t.return20dPct)}`}>{pctOrDash(t?.return20dPct ?? null)}</td>
                  <td>{streakLabel(t?.streak ?? 0)}</td>
                  {weekly ? (
                    <td>
                      {weeklyOf.get(m.industry)?.quadrant ?? '–'}
                      {weeklyOf.get(m.industry)?.quadrant ? <span className="muted">, {weeklyOf.get(m.industry)!.heldSessions === 1 ? 'from today' : `${weeklyOf.get(m.industry)!.heldSessions} sessions`}</span> : null}
                    </td>
                  ) : (
                    <td>
                      {q?.quadrant ?? '–'}
                      {q?.changed && q.previousQuadrant ? <span className="muted"> (was {q.previousQuadrant})</span> : null}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="muted small">
        Equal-weighted daily % of each industry&rsquo;s stocks (moves beyond ±50 % left out); 5- and 20-session returns are chain-linked over the last{' '}
        {windowSessions} sessions.
      </p>

      {weekly ? (
        <>
          <p data-testid="quadrant-changes">{weeklyQuadrantText(weekly)}</p>
          <RrgChart
            series={weekly.series}
            windowLabel={`weekly, ${weekly.windows.tailPoints} points to this session`}
            caption={`RS-Ratio (x) against RS-Momentum (y), 100 = in line with the HSI, on the archive's daily closes: relative strength smoothed over ${weekly.windows.smoothSessions} sessions, z-scores over ${weekly.windows.ratioSessions} (an open approximation after RRGPy, not JdK's proprietary formula). One dot a week over the last ${weekly.windows.tailPoints - 1} weeks; the large dot is this session. A quadrant change enters the takeaways once it has held ${weekly.holdSessions} sessions; the table gives how long each has held.`}
          />
        </>
      ) : (
        <>
          <p data-testid="quadrant-changes">{quadrantChangeText(rrg)}</p>
          {hasRrg ? <RrgChart series={rrgSeries} windowLabel={`${windowSessions} sessions to this one`} /> : null}
        </>
      )}
    </section>
  );
}
