/**
 * What the server's background work (the stock pages' "In the recap" index) shares with the request path,
 * kept on globalThis so the server (server/main.ts) and every route bundle of the process see one copy:
 *
 * - `derivedVersion()`: a counter of changes to derived data that the data folder's version does not show.
 *   It moves when a background job finishes bringing its output up to date, after the files it read had
 *   already changed; the response cache adds it to the data version of the pages that show that output
 *   (`pageDataVersion`), so such a page rendered while the job was under way is not served once it is done.
 * - `renderStarted()` / `renderEnded()`: the server counts the pages being rendered, and
 *   `yieldToReaders()` lets a background job wait for none to be (up to a limit), so that on two cores a
 *   reader's page is never queued behind a job's work.
 */
const KEY = Symbol.for('hk-market-recap.background');
interface Shared {
  derived: number;
  rendering: number;
}

function shared(): Shared {
  const holder = globalThis as { [KEY]?: Shared };
  holder[KEY] ??= { derived: 0, rendering: 0 };
  return holder[KEY];
}

export function derivedVersion(): number {
  return shared().derived;
}

export function publishDerivedChange(): void {
  shared().derived++;
}

/** The pages that show derived data (the stock pages' "In the recap" list), in either edition. */
const SHOWS_DERIVED = /^(?:\/zh-hk)?\/stocks\/\d{5}(?:[?#]|$)/;

/**
 * What a cached copy of the page at `url` (path and query) was rendered from: the data folder's version,
 * and for a page that shows derived data, the derived version too. Only those pages are rendered again
 * when a background job finishes; every other page (session pages, recaps, embeds, images, the feed) stays
 * cached until the folder itself changes, instead of being rendered twice for each new file.
 */
export function pageDataVersion(url: string, folderVersion: string): string {
  return SHOWS_DERIVED.test(url) ? `${folderVersion}|${derivedVersion()}` : folderVersion;
}

export function renderStarted(): void {
  shared().rendering++;
}

export function renderEnded(): void {
  shared().rendering = Math.max(0, shared().rendering - 1);
}

/**
 * Resolves on the next turn of the event loop when no page is being rendered, else once none is or after
 * `maxWaitMs` (so a job still progresses under constant load).
 */
export async function yieldToReaders(maxWaitMs = 1_000): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  const until = Date.now() + maxWaitMs;
  while (shared().rendering > 0 && Date.now() < until) await new Promise<void>((resolve) => setTimeout(resolve, 10));
}
