import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { Preferences } from '@/components/preferences';
import { SiteSearchForm } from '@/components/stock/site-search-form';
import { siteConfig } from '@/lib/config';
import { paletteCss } from '@/lib/palette';
import { PREFERENCES_SCRIPT } from '@/lib/preferences';
import { requestBaseUrl } from '@/lib/share/request-base';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  // Canonical links and preview images are absolute on the request's origin (SITE_URL, else its host).
  const base = await requestBaseUrl();
  return {
    metadataBase: new URL(base),
    title: { default: siteConfig.name, template: `%s · ${siteConfig.name}` },
    description: siteConfig.description,
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
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* Applies the saved colour convention and theme before first paint (no flash). */}
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: PREFERENCES_SCRIPT }} />
        <style dangerouslySetInnerHTML={{ __html: paletteCss() }} />
        {/* In the layout, not in metadata.alternates, which a page's own alternates (canonical, oEmbed) replace. */}
        <link rel="alternate" type="application/atom+xml" title={`${siteConfig.name}: daily recaps`} href={`${base}/feed.xml`} />
        <link rel="alternate" type="application/atom+xml" title={`${siteConfig.name}: week and month recaps`} href={`${base}/feed/recaps.xml`} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link className="brand" href="/">
            {siteConfig.name}
          </Link>
          <nav aria-label="Site">
            <Link href="/sessions">All sessions</Link>
            <Link href="/stocks">Stocks</Link>
          </nav>
          <SiteSearchForm />
          <span className="spacer" />
          <Preferences />
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          Data: end-of-day closes from the bundled sample (see data/README.md). Dates and times are Hong Kong time (HKT).
        </footer>
      </body>
    </html>
  );
}
