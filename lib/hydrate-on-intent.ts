/**
 * Hydrate on intent (the browser half; server/defer-scripts.ts explains why and takes Next's script tags out).
 *
 * HYDRATE_ON_INTENT_SCRIPT runs in the layout's <head>. The first time the reader shows intent to interact
 * (a mouse over the page, a touch, a pressed key, focus moved by Tab, a changed control) it inserts the deferred scripts,
 * in order, from the JSON block the origin wrote. Until the page reports that it has hydrated (HYDRATED_EVENT,
 * from components/hydration-mark.tsx), it keeps what the reader did and replays it then, so nothing is lost:
 *
 * - a click on a button that needs script (`button[type=button]`) or on a map tile;
 * - a key pressed on a map tile (arrows, Home, End, Enter, Escape);
 * - a value typed or chosen in a control (the search box, the colour and theme menus): React took the typed
 *   value for its own when it hydrated and would reset the input to its empty state on the next render, so
 *   the value is set again (through React's setter and then the native one, so React sees a change) and
 *   its input or change event sent;
 * - the focused element (the map's tooltip follows focus) and the tile under the mouse.
 *
 * Each request goes out in a task of its own (the payload first, then one script preload per task, until the
 * payload is in and the scripts themselves are inserted), never in
 * the task of the gesture or of DOMContentLoaded: in a Chromium trace of the 2,600-stock page, the eight
 * preloads made from the DOMContentLoaded task took 40-48 ms of it (ResourceFetcher::requestResource).
 *
 * It also starts the scripts when an element marked `data-hydrate-visible` (the rotation graph, drawn by
 * script) comes within 300 px of the screen, as that part's own lazy loading did before.
 *
 * Links, forms and the tiles' data work without it, so a tap on a link simply navigates. It also saves the
 * reader's language when they click the header's language switch (`data-lang-cookie`), hydrated or not.
 * Where the origin did not defer the scripts (`next dev`, a bare `next start`), the page hydrates as it
 * loads and the same replay covers a click made while it does. Hand-written ES5: it runs before any bundle.
 */

import { TILE_SELECTOR } from '@/lib/heatmap/tile-id';
import { LANG_COOKIE } from '@/lib/preferences';

/** The id of the JSON block the origin writes: what to load (server/defer-scripts.ts). */
export const BOOT_ID = 'hkmr-boot';
/** Where the origin serves a page's deferred RSC payload: PAYLOAD_PATH + its hash. */
export const PAYLOAD_PATH = '/_hkmr/payload/';

/** Dispatched on document by the hydration mark in the commit that hydrated the page (a layout effect). */
export const HYDRATED_EVENT = 'hkmr:hydrated';
/** Set on <html> at the same moment (tests and styles can wait for it). */
export const HYDRATED_ATTR = 'data-hydrated';

const CLICK_TARGETS = `button[type="button"],${TILE_SELECTOR}`;
const KEY_TARGETS = TILE_SELECTOR;
const KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'Enter', 'Escape'];

export const HYDRATE_ON_INTENT_SCRIPT = `(function(){var d=document,started=0,done=0,clicks=[],keys=[],changed=[],over=null;
function boot(){var b=d.getElementById(${JSON.stringify(BOOT_ID)});if(!b)return;var c=JSON.parse(b.textContent||'{}'),s=c.scripts||[],i=0;
function preload(){if(i>=s.length)return;var l=d.createElement('link');l.rel='preload';l.as='script';l.href=s[i++];d.head.appendChild(l);setTimeout(preload,0)}
function run(p){i=s.length;var f=self.__next_f=self.__next_f||[];for(var j=0;j<p.length;j++)f.push(p[j]);for(var k=0;k<s.length;k++){var e=d.createElement('script');e.src=s[k];e.async=true;d.head.appendChild(e)}}
if(!c.payload)return run([]);
fetch(c.payload,{credentials:'same-origin'}).then(function(r){if(r.status===404)reload(c.payload);if(!r.ok)throw 0;return r.json()}).then(run,function(){});setTimeout(preload,0)}
function reload(u){try{var k='hkmr-reloaded '+u;if(sessionStorage.getItem(k))return;sessionStorage.setItem(k,'1')}catch(e){return}location.reload()}
function later(){setTimeout(boot,0)}
function start(){if(started)return;started=1;if(d.readyState==='loading')d.addEventListener('DOMContentLoaded',later);else later()}
function on(t,f,p){d.addEventListener(t,f,{capture:true,passive:!!p})}
function el(e,sel){var t=e.target;return t&&t.closest?t.closest(sel):null}
on('pointerdown',start,1);on('touchstart',start,1);on('focusin',start,1);
on('mouseover',function(e){if(done)return;start();over={t:e.target,x:e.clientX,y:e.clientY}},1);
on('keydown',function(e){start();if(done)return;var t=el(e,${JSON.stringify(KEY_TARGETS)});if(t&&${JSON.stringify(KEYS)}.indexOf(e.key)>=0){e.preventDefault();keys.push({t:e.target,key:e.key,code:e.code,shiftKey:e.shiftKey,altKey:e.altKey,ctrlKey:e.ctrlKey,metaKey:e.metaKey})}});
on('click',function(e){if(done)return;var t=el(e,${JSON.stringify(CLICK_TARGETS)});if(!t)return;e.preventDefault();e.stopPropagation();if(clicks.indexOf(t)<0)clicks.push(t);start()});
on('click',function(e){var a=el(e,'a[data-lang-cookie]');if(a)d.cookie=${JSON.stringify(LANG_COOKIE)}+'='+a.getAttribute('data-lang-cookie')+'; path=/; max-age=31536000; samesite=lax'});
function change(e){if(done)return;start();var t=e.target;if(!t||!/^(INPUT|SELECT|TEXTAREA)$/.test(t.tagName))return;for(var i=0;i<changed.length;i++)if(changed[i].t===t)changed.splice(i,1);changed.push({t:t,v:t.value,c:t.checked})}
d.addEventListener('DOMContentLoaded',function(){var v=d.querySelectorAll('[data-hydrate-visible]');if(!v.length||!window.IntersectionObserver)return;var io=new IntersectionObserver(function(es){for(var i=0;i<es.length;i++)if(es[i].isIntersecting){io.disconnect();start();return}},{rootMargin:'300px'});for(var i=0;i<v.length;i++)io.observe(v[i])});
on('input',change,1);on('change',change,1);
d.addEventListener(${JSON.stringify(HYDRATED_EVENT)},function(){if(done)return;done=1;
for(var i=0;i<changed.length;i++){var c=changed[i],t=c.t,p=Object.getOwnPropertyDescriptor(Object.getPrototypeOf(t),'value');if(!t.isConnected)continue;if(t.type==='checkbox'||t.type==='radio'){if(t.checked!==c.c)t.click();continue}if(t.value===c.v&&c.v!=='')t.value='';if(p&&p.set)p.set.call(t,c.v);t.dispatchEvent(new Event(t.tagName==='SELECT'?'change':'input',{bubbles:true}))}
setTimeout(function(){
var a=d.activeElement;if(a&&a!==d.body&&a.dispatchEvent)a.dispatchEvent(new FocusEvent('focusin',{bubbles:true}));
if(over&&over.t&&over.t.isConnected&&window.PointerEvent)over.t.dispatchEvent(new PointerEvent('pointerover',{bubbles:true,pointerType:'mouse',clientX:over.x,clientY:over.y}));
for(i=0;i<keys.length;i++){var k=keys[i];if(k.t.isConnected)k.t.dispatchEvent(new KeyboardEvent('keydown',{bubbles:true,cancelable:true,key:k.key,code:k.code,shiftKey:k.shiftKey,altKey:k.altKey,ctrlKey:k.ctrlKey,metaKey:k.metaKey}))}
for(i=0;i<clicks.length;i++)if(clicks[i].isConnected)clicks[i].click();
clicks=keys=changed=[];over=null},0)});
})();`;
