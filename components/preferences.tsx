'use client';

import { useEffect, useState } from 'react';
import { COLOR_CONVENTIONS, CONVENTION_LABELS, isColorConvention, type ColorConvention } from '@/lib/palette';
import { STORAGE_KEYS, THEMES, type ThemeChoice } from '@/lib/preferences';

const SHORT_LABELS: Record<ColorConvention, string> = { hk: 'HK (green up)', mainland: 'Mainland (red up)', cb: 'Colour-blind' };

/** Colour convention and theme pickers. They write localStorage and the <html> attributes the CSS reads. */
export function Preferences() {
  const [colors, setColors] = useState<ColorConvention>('hk');
  const [theme, setTheme] = useState<ThemeChoice>('system');

  useEffect(() => {
    const root = document.documentElement;
    const c = root.getAttribute('data-colors');
    if (isColorConvention(c)) setColors(c);
    const t = root.getAttribute('data-theme');
    if (t === 'light' || t === 'dark') setTheme(t);
  }, []);

  function chooseColors(value: ColorConvention) {
    setColors(value);
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
    setTheme(value);
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
        <span className="visually-hidden">Colour convention</span>
        <select value={colors} onChange={(e) => chooseColors(e.target.value as ColorConvention)} title="Colour convention for gains and losses">
          {COLOR_CONVENTIONS.map((c) => (
            <option key={c} value={c} title={CONVENTION_LABELS[c]}>
              {SHORT_LABELS[c]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="visually-hidden">Theme</span>
        <select value={theme} onChange={(e) => chooseTheme(e.target.value as ThemeChoice)} title="Light or dark theme">
          {THEMES.map((t) => (
            <option key={t} value={t}>
              {t === 'system' ? 'Auto theme' : t === 'light' ? 'Light' : 'Dark'}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
