/**
 * The reader's display preferences, kept in localStorage (not a cookie, so pages stay cacheable by a CDN):
 * colour convention and theme. A URL parameter (`?colors=mainland`) overrides the saved convention for
 * one view, which is how embeds and shared links force it.
 */
export const STORAGE_KEYS = { colors: 'hkmr-colors', theme: 'hkmr-theme', lang: 'hkmr-lang' } as const;

export const THEMES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEMES)[number];

/**
 * Runs before paint in <head>; kept tiny and static (its hash can go into a CSP). The language the reader
 * last switched to (the header's switch saves it) decides only where the bare home page `/` goes: every
 * other URL, `/zh-hk` included, is explicit and wins.
 */
export const PREFERENCES_SCRIPT = `(function(){try{var d=document.documentElement,c=localStorage.getItem('${STORAGE_KEYS.colors}'),t=localStorage.getItem('${STORAGE_KEYS.theme}');if(c==='hk'||c==='mainland'||c==='cb')d.setAttribute('data-colors',c);if(t==='light'||t==='dark')d.setAttribute('data-theme',t);if(location.pathname==='/'&&localStorage.getItem('${STORAGE_KEYS.lang}')==='zh-hk')location.replace('/zh-hk'+location.search)}catch(e){}})();`;
