'use client';
/**
 * Tells the page's loader (lib/hydrate-on-intent.ts) that React has committed the page: what the reader did
 * before that is replayed now. Last in <body>, so its effect runs after those of the page before it.
 */
import { useLayoutEffect } from 'react';
import { HYDRATED_ATTR, HYDRATED_EVENT } from '@/lib/hydrate-on-intent';

export function HydrationMark() {
  // A layout effect: it runs in the commit that hydrated the page, before the browser can handle another
  // event, so a value hydration reset is put back before the reader can submit it (lib/hydrate-on-intent.ts).
  useLayoutEffect(() => {
    document.documentElement.setAttribute(HYDRATED_ATTR, '');
    document.dispatchEvent(new Event(HYDRATED_EVENT));
  }, []);
  return null;
}
