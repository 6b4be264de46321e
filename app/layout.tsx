import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { Suspense } from 'react';
import { LanguageSwitch } from '@/components/language-switch';
import { Preferences } from '@/components/preferences';
import { SiteSearchForm } from '@/components/stock/site-search-form';
import { HTML_LANG, localePath, otherLocale } from '@/lib/i18n/locale';
import { siteText } from '@/lib/i18n/messages/site';
import { getLocale } from '@/lib/i18n/request';
import { paletteCss } from '@/lib/palette';
import { PREFERENCES_SCRIPT } from '@/lib/preferences';
import { HYDRATE_ON_INTENT_SCRIPT } from '@/lib/hydrate-on-intent';
import { DRAW_ON_APPROACH_SCRIPT } from '@/lib/heatmap/draw-on-approach';
import { HydrationMark } from '@/components/hydration-mark';
import { requestBaseUrl } from '@/lib/share/request-base';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  // Canonical links and preview images are absolute on the request's origin (SITE_URL, else its host).
  const base = await requestBaseUrl();
  const t = siteText[await getLocale()];
  return {
    metadataBase: new URL(base),
    title: { default: t.name, template: `%s · ${t.name}` },
    description: t.description,
  };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#171b21' },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // The CSP nonce proxy.ts made for this request; Next adds it to its own scripts.
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  const base = await requestBaseUrl();
  const locale = await getLocale();
  const t = siteText[locale];
  const other = otherLocale(locale);
  const link = (path: string) => localePath(locale, path);
  return (
    <html lang={HTML_LANG[locale]} suppressHydrationWarning>
      <head>
        {/* Applies the saved colour convention and theme before first paint (no flash). */}
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: PREFERENCES_SCRIPT }} />
        {/* Starts the page's scripts when the reader first means to interact (server/defer-scripts.ts). */}
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: HYDRATE_ON_INTENT_SCRIPT }} />
        {/* The map's tiles are drawn a few industries per frame, on a phone as the reader nears them (lib/heatmap/draw-on-approach.ts). */}
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: DRAW_ON_APPROACH_SCRIPT }} />
        <style dangerouslySetInnerHTML={{ __html: paletteCss() }} />
        {/* In the layout, not in metadata.alternates, which a page's own alternates (canonical, oEmbed) replace. */}
        <link rel="alternate" type="application/atom+xml" title={`${t.name}: ${t.feedDaily}`} href={`${base}${link('/feed.xml')}`} />
        <link rel="alternate" type="application/atom+xml" title={`${t.name}: ${t.feedRecaps}`} href={`${base}${link('/feed/recaps.xml')}`} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t.skip}
        </a>
        <header className="site-header">
          <Link className="brand" href={link('/')}>
            {t.name}
          </Link>
          <nav aria-label={t.nav}>
            <Link href={link('/sessions')}>{t.allSessions}</Link>
            <Link href={link('/stocks')}>{t.stocks}</Link>
          </nav>
          <SiteSearchForm locale={locale} />
          <span className="spacer" />
          <Suspense>
            <LanguageSwitch target={other} label={t.switchLabel} name={t.switchName} hrefLang={HTML_LANG[other]} />
          </Suspense>
          <Preferences text={t.prefs} />
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">{t.footer}</footer>
        <HydrationMark />
      </body>
    </html>
  );
}
