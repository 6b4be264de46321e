'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { localePath, type Locale } from '@/lib/i18n/locale';

/**
 * The header's language switch: the same view (path and every query parameter) in the other edition. A
 * plain link, so it works without JavaScript and loads the other edition's layout whole; with JavaScript
 * it follows client navigations. A click saves the choice (the home page `/` then opens in it).
 */
export function LanguageSwitch({ target, label, name, hrefLang }: { target: Locale; label: string; name: string; hrefLang: string }) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const href = localePath(target, `${pathname}${search ? `?${search}` : ''}`);
  return (
    <a
      className="lang-switch"
      href={href}
      hrefLang={hrefLang}
      lang={hrefLang}
      aria-label={label}
      data-testid="language-switch"
      // The page's loader saves the choice on click (lib/hydrate-on-intent.ts): before hydration too.
      data-lang-cookie={target}
    >
      {name}
    </a>
  );
}
