import { expect, test } from '@playwright/test';
import { hydrate } from './support/hydrate';

/**
 * The text a reader sees first (index cards, key takeaways) is painted from the server's HTML and must
 * stay those very nodes once the page's script has hydrated: a hydration mismatch or a client component
 * that re-renders its list would replace them, repainting the page's largest text after first paint.
 *
 * An init script marks each node as the HTML parser inserts it (before any page script runs) and notes its
 * text; after hydration the nodes on the page must be the marked ones, with the same text.
 */
const URL = '/sessions/2025-05-21';

const MARK_SERVER_NODES = `(() => {
  const SELECTOR = '[data-testid="takeaways"] li, .index-card, .index-card .close';
  window.__serverNodes = new Set();
  window.__serverText = new Map();
  const mark = (el) => {
    window.__serverNodes.add(el);
    // The text too: a re-render that kept the element but rebuilt or patched its text repaints it as well.
    for (const child of el.childNodes)
      if (child.nodeType === 3) {
        window.__serverNodes.add(child);
        window.__serverText.set(child, child.data);
      }
  };
  // Only the parser's nodes: once React has claimed the document (its fiber key on <html>), stop, so that
  // nodes React inserts itself are never marked as the server's.
  const reactStarted = () => Object.keys(document.documentElement).some((k) => k.startsWith('__reactFiber$'));
  const observer = new MutationObserver((records) => {
    if (reactStarted()) return observer.disconnect();
    for (const r of records)
      for (const n of r.addedNodes) {
        // The parser may insert an element and its text in separate chunks: a text node that arrives after
        // its marked element is the server's too.
        if (n.nodeType === 3 && n.parentElement && n.parentElement.matches(SELECTOR)) {
          window.__serverNodes.add(n);
          window.__serverText.set(n, n.data);
          continue;
        }
        if (n.nodeType !== 1) continue;
        if (n.matches(SELECTOR)) mark(n);
        n.querySelectorAll(SELECTOR).forEach(mark);
      }
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

declare global {
  interface Window {
    __serverNodes: Set<Node>;
    __serverText: Map<Node, string>;
  }
}

for (const [name, viewport] of [
  ['desktop', { width: 1366, height: 900 }],
  ['phone', { width: 412, height: 823 }],
] as const) {
  test(`the takeaways and index cards are the server's nodes after hydration (${name})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    try {
      await page.addInitScript(MARK_SERVER_NODES);
      await page.goto(URL);
      await hydrate(page);
      // Hydrated: React has attached its fiber to the takeaway list (a client leaf) and to the cards.
      await page.waitForFunction(() => {
        const fiber = (el: Element | null) => el !== null && Object.keys(el).some((k) => k.startsWith('__reactFiber$'));
        return fiber(document.querySelector('[data-testid="takeaways"]')) && fiber(document.querySelector('.index-card'));
      });
      // Let effects and any late re-render run.
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);

      const result = await page.evaluate(() => {
        const marked = window.__serverNodes;
        const items = [...document.querySelectorAll('[data-testid="takeaways"] li')];
        const cards = [...document.querySelectorAll('.index-card')];
        const closes = [...document.querySelectorAll('.index-card .close')];
        const texts = [...items, ...closes].flatMap((el) => [...el.childNodes].filter((c) => c.nodeType === 3));
        const replaced = [...items, ...cards, ...closes, ...texts].filter((n) => !marked.has(n));
        const rewritten = texts.filter((n) => marked.has(n) && window.__serverText.get(n) !== n.textContent).map((n) => n.textContent?.slice(0, 40));
        return {
          items: items.length,
          cards: cards.length,
          texts: texts.length,
          rewritten,
          replaced: replaced.map((n) => (n.nodeType === 3 ? `text "${n.textContent?.slice(0, 40)}"` : `<${(n as Element).tagName.toLowerCase()}> ${n.textContent?.slice(0, 40)}`)),
        };
      });
      // 2025-05-21 has the HSI and HSCEI cards and at least three takeaways (tests/e2e/takeaways-rotation.spec.ts).
      expect(result.items).toBeGreaterThanOrEqual(3);
      expect(result.cards).toBeGreaterThanOrEqual(2);
      expect(result.texts).toBeGreaterThanOrEqual(result.items);
      expect(result.replaced, 'nodes replaced after hydration').toEqual([]);
      expect(result.rewritten, 'text changed in place after hydration').toEqual([]);
      await expect(page.getByTestId('takeaways').locator('li').first()).toContainText('closed up 0.62% at 23,827.78');
    } finally {
      await context.close();
    }
  });
}
