/**
 * The summary chart on the page (server): the static SVG, drawn by the same renderer as the image
 * endpoint with CSS-variable colours, in a wide and a narrow version (a container query picks one). The
 * browser never draws it again: the only script is SummaryChartExplorer, which swaps in the interactive
 * recharts version when the reader reaches for the chart (pointer, touch or the Explore button).
 */
import { SummaryChartExplorer } from '@/components/summary-chart/summary-chart-explorer';
import { summaryChartInLocale, type SummaryChartData } from '@/lib/charts/summary';
import type { Locale } from '@/lib/i18n/locale';
import { heatmapText } from '@/lib/i18n/messages/heatmap';
import { renderSummarySvg } from '@/lib/charts/summary-svg';
import '@/components/heatmap/heatmap.css';

export function SummaryChart({
  data: source,
  locale = 'en',
  periodLabel,
}: {
  data: SummaryChartData;
  locale?: Locale;
  /** The period's label in the edition ('1個月'); data.periodLabel when absent. */
  periodLabel?: string | null;
}) {
  const data = summaryChartInLocale(source, locale, periodLabel !== undefined ? periodLabel : source.periodLabel);
  const t = heatmapText[locale].chart;
  const title = `${t.title}${data.periodLabel ? t.titlePeriod(data.periodLabel) : ''}`;
  const wide = renderSummarySvg(data, { colors: 'css', width: 960 });
  const narrow = renderSummarySvg(data, { colors: 'css', width: 360 });
  return (
    <SummaryChartExplorer data={data} title={title} explore={t.explore}>
      <div className="sc-static sc-wide" dangerouslySetInnerHTML={{ __html: wide }} />
      <div className="sc-static sc-narrow" dangerouslySetInnerHTML={{ __html: narrow }} />
    </SummaryChartExplorer>
  );
}
