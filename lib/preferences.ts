/**
 * The reader's display preferences, kept in localStorage (not a cookie, so pages stay cacheable by a CDN):
 * colour convention and theme. A URL parameter (`?colors=mainland`) overrides the saved convention for
 * one view, which is how embeds and shared links force it.
 */
export const STORAGE_KEYS = { colors: 'hkmr-colors', theme: 'hkmr-theme' } as const;

/**
 * The language the reader last switched to, in a cookie (the home page `/` is a redirect made on the
 * server, so only a cookie can reach it). It decides only where `/` goes: every other URL, `/zh-hk`
 * included, names its edition and wins. Pages never read it, so they stay cacheable.
 */
export const LANG_COOKIE = 'hkmr-lang';

export const THEMES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEMES)[number];

/** Runs before paint in <head>; kept tiny and static (its hash can go into a CSP). */
export const PREFERENCES_SCRIPT = `(function(){try{var d=document.documentElement,c=localStorage.getItem('${STORAGE_KEYS.colors}'),t=localStorage.getItem('${STORAGE_KEYS.theme}');if(c==='hk'||c==='mainland'||c==='cb')d.setAttribute('data-colors',c);if(t==='light'||t==='dark')d.setAttribute('data-theme',t)}catch(e){}})();`;
