/**
 * When the map's tiles are drawn: a few industries per frame, and on a phone only as the reader comes near.
 *
 * In slices, everywhere. The server writes one list per industry (lib/heatmap/markup.ts), marked
 * (SLICE_CLASS). While a list is marked the stylesheet skips its rendering (`content-visibility: hidden`;
 * each list covers the whole map, so nothing moves when it appears), and this script clears the marks an
 * animation frame at a time, as many industries per frame as fit TILES_PER_FRAME (at least one). A page
 * of the whole exchange has 2,600 tiles: styling, laying out and painting them with the rest of the page
 * was one task of 300–450 ms on the bench's desktop (Chromium traces: the style and layout the parser
 * does when it finishes the document), time in which the page answers nothing. In slices the same work
 * is spread over frames of 100–180 ms each (bench host, traced). The session page's ~500 tiles are a frame or two.
 *
 * Later, on a phone. On a phone the map starts about two screens down (index cards, takeaways and breadth
 * come first), yet inside the margin where Chromium renders `content-visibility: auto` content (one and a
 * half screens below the fold), so its ~500 tiles were styled, laid out and painted in the first second:
 * measured with Chromium traces on the session page, a third of the load's main-thread work and most of
 * Lighthouse's total blocking time (TBT 100 → 39 ms in alternating runs without it). On a narrow screen
 * the script also marks <html> (LATER_CLASS) and the stylesheet skips all the tiles until the slices start:
 * - when the map is within half a screen of the viewport (IntersectionObserver), before the reader scrolls to it;
 * - when the page hydrates (a client navigation replaces the map React-side; the reader has shown intent).
 *
 * Everything is drawn at once when focus enters the map's section (a keyboard or switch user tabbing to
 * it) and when the page is printed. Nothing is marked for a page opened at a fragment or with
 * `?highlight=` (the reader asked for a place on it), or in a browser without requestAnimationFrame;
 * without script nothing is marked, so the map is simply there.
 *
 * DRAW_ON_APPROACH_SCRIPT runs in the layout's <head>, before the map is parsed. Hand-written ES5: it runs
 * before any bundle.
 */
import { SLICE_CLASS } from '@/lib/heatmap/markup';
import { HYDRATED_EVENT } from '@/lib/hydrate-on-intent';

/** The class on <html> while the tiles wait for the reader; app/globals.css skips `.hm-later .hm-tiles` on phones. */
export const LATER_CLASS = 'hm-later';
/** The class on <html> while marked lists wait for their frame; app/globals.css skips `.hm-slices .hm-tiles ul.sl`. */
export const SLICES_CLASS = 'hm-slices';
/** The width below which the tiles wait (the same breakpoint as the sections' content-visibility). */
export const NARROW_QUERY = '(max-width: 640px)';
/**
 * Tiles drawn per frame, wide and narrow. 600 on a desktop is a frame of 100–180 ms on the bench's host
 * (2 cores, shared with the server); a phone's CPU is about four times slower, hence a quarter.
 */
export const TILES_PER_FRAME = { wide: 600, narrow: 150 } as const;

export const DRAW_ON_APPROACH_SCRIPT = `(function(){var d=document,h=d.documentElement,w=window,io=null,c=${JSON.stringify(LATER_CLASS)},s=${JSON.stringify(SLICES_CLASS)},go=0;
if(!w.requestAnimationFrame||location.hash||/[?&]highlight=/.test(location.search))return;
var later=!!(w.IntersectionObserver&&w.matchMedia&&w.matchMedia(${JSON.stringify(NARROW_QUERY)}).matches),per=later?${TILES_PER_FRAME.narrow}:${TILES_PER_FRAME.wide};
h.classList.add(s);if(later)h.classList.add(c);
function stop(){if(io){io.disconnect();io=null}}
function all(){go=1;stop();h.classList.remove(c);h.classList.remove(s)}
function draw(){if(go)return;go=1;stop();h.classList.remove(c);var l=d.querySelectorAll('.hm-tiles ul.${SLICE_CLASS}'),i=0;
function next(){var n=0;while(i<l.length&&(n===0||n+l[i].childElementCount<=per)){n+=l[i].childElementCount;l[i++].classList.remove(${JSON.stringify(SLICE_CLASS)})}if(i<l.length)w.requestAnimationFrame(next);else h.classList.remove(s)}
w.requestAnimationFrame(next)}
d.addEventListener('DOMContentLoaded',function(){var m=d.querySelectorAll('.hm-tiles');if(!later||!m.length)return draw();io=new IntersectionObserver(function(es){for(var i=0;i<es.length;i++)if(es[i].isIntersecting)return draw()},{rootMargin:'50% 0px'});for(var i=0;i<m.length;i++)io.observe(m[i])});
d.addEventListener('focusin',function(e){var t=e.target;if(t&&t.closest&&t.closest('.hm'))all()},true);
d.addEventListener(${JSON.stringify(HYDRATED_EVENT)},draw);w.addEventListener('beforeprint',all)})();`;
