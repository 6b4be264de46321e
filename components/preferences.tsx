'use client';

import { useSyncExternalStore } from 'react';
import type { PreferencesText } from '@/lib/i18n/messages/site';
import { COLOR_CONVENTIONS, isColorConvention, type ColorConvention } from '@/lib/palette';
import { STORAGE_KEYS, THEMES, type ThemeChoice } from '@/lib/preferences';

/**
 * A display attribute as the page applies it: `data-colors` on the page's own wrapper (a view forced by
 * ?colors=) or on <html> (the saved choice, set before paint), kept in sync as either changes.
 */
function useDisplayAttribute(name: 'data-colors' | 'data-theme'): string | null {
  return useSyncExternalStore(
    (notify) => {
      const observer = new MutationObserver(notify);
      observer.observe(document.documentElement, { attributes: true, attributeFilter: [name], subtree: true, childList: true });
      return () => observer.disconnect();
    },
    () => document.querySelector(`main [${name}]`)?.getAttribute(name) ?? document.documentElement.getAttribute(name),
    () => null,
  );
}

/** Colour convention and theme pickers. They write localStorage and the <html> attributes the CSS reads. */
export function Preferences({ text }: { text: PreferencesText }) {
  const rawColors = useDisplayAttribute('data-colors');
  const rawTheme = useDisplayAttribute('data-theme');
  const colors: ColorConvention = isColorConvention(rawColors) ? rawColors : 'hk';
  const theme: ThemeChoice = rawTheme === 'light' || rawTheme === 'dark' ? rawTheme : 'system';

  function chooseColors(value: ColorConvention) {
    document.documentElement.setAttribute('data-colors', value);
    try {
      localStorage.setItem(STORAGE_KEYS.colors, value);
    } catch {}
    // A view forced by ?colors= follows the new choice too, so the URL still describes what is on screen.
    const url = new URL(window.location.href);
    if (url.searchParams.has('colors')) {
      url.searchParams.set('colors', value);
      window.location.replace(url);
    }
  }

  function chooseTheme(value: ThemeChoice) {
    const root = document.documentElement;
    if (value === 'system') root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', value);
    try {
      if (value === 'system') localStorage.removeItem(STORAGE_KEYS.theme);
      else localStorage.setItem(STORAGE_KEYS.theme, value);
    } catch {}
  }

  return (
    <div className="prefs">
      <label>
        <span className="visually-hidden">{text.colors}</span>
        <select value={colors} onChange={(e) => chooseColors(e.target.value as ColorConvention)} title={text.colorsTitle}>
          {COLOR_CONVENTIONS.map((c) => (
            <option key={c} value={c} title={text.conventionTitles[c]}>
              {text.conventions[c]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="visually-hidden">{text.theme}</span>
        <select value={theme} onChange={(e) => chooseTheme(e.target.value as ThemeChoice)} title={text.themeTitle}>
          {THEMES.map((t) => (
            <option key={t} value={t}>
              {text.themes[t]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
