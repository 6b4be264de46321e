/**
 * The map's tiles on a phone are drawn when the reader comes near them, not while the page loads.
 *
 * On a phone the map starts about two screens down (index cards, takeaways and breadth come first), yet
 * inside the margin where Chromium renders `content-visibility: auto` content (one and a half screens
 * below the fold), so its ~500 tiles (2,600 for the whole exchange) were styled, laid out and painted in
 * the first second: measured with Chromium traces on the session page, a third of the load's main-thread
 * work and most of Lighthouse's total blocking time (TBT 100 → 39 ms in alternating runs without it).
 *
 * DRAW_ON_APPROACH_SCRIPT runs in the layout's <head>. On a narrow screen it marks <html> (`hm-later`), and
 * the stylesheet then skips the tiles' rendering (`content-visibility: hidden` on `.hm-tiles`, whose box is
 * sized by the map, so nothing moves when they appear). The mark goes, and the tiles are drawn, as soon as:
 * - the map is within half a screen of the viewport (IntersectionObserver), before the reader scrolls to it;
 * - focus enters the map's section (a keyboard or switch user tabbing to it);
 * - the page hydrates (a client navigation replaces the map React-side; the reader has shown intent);
 * - the page is printed.
 * It never marks a page opened at a fragment or with `?highlight=` (the reader asked for a place on it),
 * or a browser without IntersectionObserver; without script nothing is marked, so the map is simply there.
 * Hand-written ES5: it runs before any bundle.
 */
import { HYDRATED_EVENT } from '@/lib/hydrate-on-intent';

/** The class on <html> while the tiles wait; app/globals.css skips `.hm-later .hm-tiles` on phones. */
export const LATER_CLASS = 'hm-later';
/** The width below which the tiles wait (the same breakpoint as the sections' content-visibility). */
export const NARROW_QUERY = '(max-width: 640px)';

export const DRAW_ON_APPROACH_SCRIPT = `(function(){var d=document,h=d.documentElement,w=window,io=null,c=${JSON.stringify(LATER_CLASS)};
if(!w.IntersectionObserver||!w.matchMedia||!w.matchMedia(${JSON.stringify(NARROW_QUERY)}).matches||location.hash||/[?&]highlight=/.test(location.search))return;
h.classList.add(c);
function show(){h.classList.remove(c);if(io)io.disconnect()}
d.addEventListener('DOMContentLoaded',function(){var m=d.querySelectorAll('.hm-tiles');if(!m.length)return show();io=new IntersectionObserver(function(es){for(var i=0;i<es.length;i++)if(es[i].isIntersecting)return show()},{rootMargin:'50% 0px'});for(var i=0;i<m.length;i++)io.observe(m[i])});
d.addEventListener('focusin',function(e){var t=e.target;if(t&&t.closest&&t.closest('.hm'))show()},true);
d.addEventListener(${JSON.stringify(HYDRATED_EVENT)},show);w.addEventListener('beforeprint',show)})();`;
