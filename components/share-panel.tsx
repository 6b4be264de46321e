/**
 * "Share / embed": copy-paste snippets for the session (link, iframe, Markdown image, HTML image), image
 * URLs and downloads. All URLs are absolute, on the request's origin (SITE_URL, or the host it was asked on). Server-rendered; only the copy
 * buttons run in the browser, and without JavaScript the fields can still be selected and copied.
 */
import Link from 'next/link';
import { CopyButton, type CopyButtonText } from '@/components/copy-button';
import { localePath, type Locale } from '@/lib/i18n/locale';
import { sessionText } from '@/lib/i18n/messages/session';
import type { Period } from '@/lib/history/types';
import type { ColorConvention } from '@/lib/palette';
import { CHART_SIZES } from '@/lib/share/embed-options';
import { htmlImageSnippet, iframeSnippet, markdownImageSnippet } from '@/lib/share/snippets';
import { requestBaseUrl } from '@/lib/share/request-base';
import { exportUrl, imageUrl, permalinkUrl } from '@/lib/share/urls';

interface Props {
  date: string;
  /** The accessible name of the chart, used as image alt text and iframe title. */
  title: string;
  /** The page's view parameters (sector, size, colors) for "link to this view". */
  view: Record<string, string | string[] | undefined>;
  colors: ColorConvention | null;
  /** The period shown: embeds and images of this view carry it. */
  period?: Period;
  /** The page's edition: the panel's words (the snippets' URLs are lib/share's). */
  locale?: Locale;
}

const VIEW_PARAMS = ['period', 'sector', 'size', 'colors'] as const;

function viewUrl(date: string, view: Props['view'], base: string, locale: Locale): string {
  const params = new URLSearchParams();
  for (const key of VIEW_PARAMS) {
    const value = view[key];
    const first = Array.isArray(value) ? value[0] : value;
    if (first) params.set(key, first);
  }
  const qs = params.toString();
  return `${permalinkUrl(date, base, locale)}${qs ? `?${qs}` : ''}`;
}

function Snippet({
  id,
  label,
  value,
  multiline = false,
  copyLabel,
  copyText,
}: {
  id: string;
  label: string;
  value: string;
  multiline?: boolean;
  copyLabel: string;
  copyText: CopyButtonText;
}) {
  const field = { id, readOnly: true, value, spellCheck: false, style: { flex: 1, minWidth: 0, font: '0.85rem var(--mono)', padding: '4px 6px' } };
  return (
    <div style={{ display: 'grid', gap: 4, gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <label htmlFor={id} style={{ fontWeight: 600 }}>
        {label}
      </label>
      <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
        {multiline ? <textarea {...field} rows={3} /> : <input type="text" {...field} />}
        <CopyButton targetId={id} label={copyLabel} text={copyText} />
      </div>
    </div>
  );
}

export async function SharePanel({ date, title, view, colors, period = '1d', locale = 'en' }: Props) {
  const t = sessionText[locale].share;
  const snippet = (label: string) => ({ label, copyLabel: t.copyLabel(label), copyText: t.copy });
  const base = await requestBaseUrl();
  const options = { ...(colors ? { colors } : {}), ...(period !== '1d' ? { period } : {}) };
  const permalink = permalinkUrl(date, base, locale);
  const current = viewUrl(date, view, base, locale);
  const size = CHART_SIZES.summary;
  return (
    <section className="panel" id="share" aria-labelledby="share-heading" data-testid="share-panel">
      <h2 id="share-heading">{t.title}</h2>
      {/* minmax(0, 1fr): the fields shrink to a phone's width instead of pushing the Copy buttons out of the panel. */}
      <div style={{ display: 'grid', gap: 12, gridTemplateColumns: 'minmax(0, 1fr)' }}>
        <Snippet id="share-link" {...snippet(t.link)} value={current} />
        {current !== permalink ? <Snippet id="share-permalink" {...snippet(t.permalink)} value={permalink} /> : null}
        <Snippet id="share-iframe" {...snippet(t.iframe)} value={iframeSnippet(date, options, size, title, base, locale)} multiline />
        <Snippet id="share-markdown" {...snippet(t.markdown)} value={markdownImageSnippet(date, options, title, base, locale)} />
        <Snippet id="share-html" {...snippet(t.html)} value={htmlImageSnippet(date, options, title, { width: size.width, height: size.height }, base, locale)} multiline />
      </div>
      <p className="muted" style={{ marginTop: 12, marginBottom: 0 }}>
        {t.images}{' '}
        <a href={imageUrl(date, 'summary', 'svg', options, base, locale)}>summary.svg</a> · <a href={imageUrl(date, 'summary', 'png', options, base, locale)}>summary.png</a> ·{' '}
        <a href={imageUrl(date, 'heatmap', 'svg', options, base, locale)}>heatmap.svg</a> · <a href={imageUrl(date, 'heatmap', 'png', options, base, locale)}>heatmap.png</a>
        <br />
        {t.download}{' '}
        <a href={exportUrl(date, 'csv', base)} download data-testid="export-csv">
          {t.csv}
        </a>{' '}
        ·{' '}
        <a href={exportUrl(date, 'json', base)} download data-testid="export-json">
          {t.json}
        </a>{' '}
        · <Link href={localePath(locale, '/sessions')}>{t.allSessions}</Link>
      </p>
    </section>
  );
}
