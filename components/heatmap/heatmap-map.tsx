'use client';
/**
 * The heatmap's interactive leaf. It renders the tiles (HTML, positioned from the server's layout in both
 * the wide and the phone layout, switched by a container query), the industry headers (zoom links), the
 * tooltip, and the equivalent data table. Its props are the compact tuples (as one JSON string): the RSC
 * payload carries only those, while the markup is server-rendered into the HTML once.
 */
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { memo, Suspense, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type CSSProperties, type KeyboardEvent, type PointerEvent } from 'react';
import { formatHkdCompact, formatPct, formatPrice, direction } from '@/lib/format';
import { fill, tableRowsHtml, tileName, tilesHtml } from '@/lib/heatmap/markup';
import { TILE_SELECTOR, tileCode, tileId } from '@/lib/heatmap/tile-id';
import type { CompactGroup, CompactTile } from '@/lib/heatmap/types';
import { INDUSTRIES } from '@/lib/industries';
import type { HeatmapClientText } from '@/lib/i18n/messages/heatmap';
import { stockLinkQuery } from '@/lib/stocks/urls';

export interface HeatmapMapProps {
  groups: CompactGroup[];
  /**
   * The tiles (CompactTile[]) as one JSON string. React's RSC payload decoder walks every value of an
   * array prop (~9,000 for ~500 tiles) on the main thread while the page boots; one string is decoded by
   * the browser's native JSON.parse in well under a millisecond.
   */
  tilesJson: string;
  /** Accessible name of the map, e.g. "Stocks by industry, sized by turnover". */
  label: string;
  /** Whether the map shows one industry (headers then link back out). */
  zoomed: boolean;
  /** Every word the map shows, in the page's edition (from lib/i18n/messages/heatmap.ts, on the server). */
  text: HeatmapClientText;
  /** Code of the tile to outline and scroll to (`?highlight=`), or null. */
  highlight?: string | null;
}

/** The page's `?period=`, kept when a tile opens the stock's page. */
function currentPeriod(): string | null {
  return typeof window === 'undefined' ? null : new URLSearchParams(window.location.search).get('period');
}

/** The container width below which the phone layout is used; matches the @container rule in heatmap.css. */
const PHONE_MAX_PX = 640;

interface XYWH {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A tile's box in the wide or the phone layout, in % of the map. */
function tileBox(t: CompactTile, phone: boolean): XYWH {
  return phone ? { x: t[13], y: t[14], w: t[15], h: t[16] } : { x: t[9], y: t[10], w: t[11], h: t[12] };
}

function vars(prefix: 'd' | 'm', b: XYWH): Record<string, number> {
  return { [`--${prefix}x`]: b.x, [`--${prefix}y`]: b.y, [`--${prefix}w`]: b.w, [`--${prefix}h`]: b.h };
}

const groupBox = (b: readonly [number, number, number, number]): XYWH => ({ x: b[0], y: b[1], w: b[2], h: b[3] });

/** Stands for the server's markup, which the hydrated DOM already holds; never written to the DOM. */
const SERVER_MARKUP = '';

const subscribeNothing = () => () => {};

/**
 * True while rendering on the server and while hydrating its HTML; false for a render that starts in the
 * browser (a client navigation), and for re-renders after hydration.
 */
function useHydrating(): boolean {
  return useSyncExternalStore(
    subscribeNothing,
    () => false,
    () => true,
  );
}

const Tiles = memo(function Tiles({ tiles, label, highlight, text }: { tiles: CompactTile[]; label: string; highlight: string | null; text: HeatmapClientText }) {
  // The tiles whose markup came with the server's HTML, if this map was hydrated. React never compares
  // dangerouslySetInnerHTML with the DOM when it hydrates, so the browser does not rebuild that string
  // (≈500 formatted tiles, tens of ms of main thread on a phone): it keeps the server's markup and builds
  // the string only for tiles it has to draw itself (a client navigation, a zoom).
  // Once other tiles have been drawn the server's markup is gone from the DOM for good, even if the same
  // tiles come back (Back after a zoom restores the cached array): forget them then.
  const hydrating = useHydrating();
  const [serverTiles, setServerTiles] = useState(() => (hydrating ? tiles : null));
  if (serverTiles !== null && tiles !== serverTiles) setServerTiles(null);
  const keepServerMarkup = typeof window !== 'undefined' && tiles === serverTiles;
  // The server's lists are marked to be drawn a few industries per frame (lib/heatmap/draw-on-approach.ts).
  const html = useMemo(
    () => (keepServerMarkup ? SERVER_MARKUP : tilesHtml(tiles, highlight, text, label, typeof window === 'undefined')),
    [keepServerMarkup, tiles, highlight, text, label],
  );
  return <div className="hm-tiles" dangerouslySetInnerHTML={{ __html: html }} />;
});

const Headers = memo(function Headers({ groups, zoomed, text }: { groups: CompactGroup[]; zoomed: boolean; text: HeatmapClientText }) {
  return (
    <>
      {groups.map((g) => {
        // data-industry keeps the HSICS English name (the URL's ?sector= value); the label is the edition's.
        const industry = INDUSTRIES[g.i] ?? '';
        const name = text.industries[g.i] ?? industry;
        const pct = g.p === null ? '' : formatPct(g.p);
        const style = { ...vars('d', groupBox(g.d)), ...vars('m', groupBox(g.m)) } as CSSProperties;
        return (
          <Link
            key={g.i}
            href={g.href}
            prefetch={false}
            scroll={false}
            className={`hd d${g.l >> 2} m${g.l & 3}`}
            style={style}
            aria-label={fill(text.header, { name, pct, a: g.a, d: g.dn, action: zoomed ? text.showAll : text.zoomIn })}
            data-industry={industry}
          >
            <span className="f">{name}</span>
            <span className="s" aria-hidden="true">
              {text.industriesShort[g.i] ?? name}
            </span>
            <b className={direction(g.p ?? 0)}>{pct}</b>
          </Link>
        );
      })}
    </>
  );
});

/**
 * Every stock as a table, on demand: built when the reader opens it (a few milliseconds), so the page does
 * not carry ~3,000 hidden table nodes that every visit would lay out and hydrate. Screen-reader users reach
 * it by the same button; the map's tiles also carry each stock's name, industry and % change as their label.
 */
const DataTable = memo(function DataTable({ tiles, text }: { tiles: CompactTile[]; text: HeatmapClientText }) {
  const [open, setOpen] = useState(false);
  const rows = useMemo(() => (open ? tableRowsHtml(tiles, stockLinkQuery(currentPeriod()), text) : ''), [open, tiles, text]);
  return (
    <div className="hm-table">
      <button type="button" className="hm-toggle" aria-expanded={open} aria-controls="hm-table" onClick={() => setOpen((o) => !o)}>
        {open ? text.hideTable : text.table}
      </button>
      {/* It scrolls (max-height), so it takes focus and a name for keyboard scrolling. */}
      <div id="hm-table" className="table-wrap" hidden={!open} tabIndex={open ? 0 : undefined} role="region" aria-label={text.tableCaption}>
        {open ? (
          <table className="data">
            <caption className="visually-hidden">{text.tableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{text.thIndustry}</th>
                <th scope="col">{text.thCode}</th>
                <th scope="col">{text.thName}</th>
                <th scope="col" className="num">{text.thChange}</th>
                <th scope="col" className="num">{text.thTurnover}</th>
              </tr>
            </thead>
            <tbody dangerouslySetInnerHTML={{ __html: rows }} />
          </table>
        ) : null}
      </div>
    </div>
  );
});

interface Tip {
  i: number;
  left: number;
  top: number;
  above: boolean;
  /** Measured when the tooltip opens, so rendering reads no layout. */
  width: number;
}

const TIP_WIDTH = 240;

/** Index of the nearest tile from `from` in the arrow's direction, or null (spatial navigation). */
function neighbour(tiles: CompactTile[], from: number, key: string, phone: boolean): number | null {
  const box = (t: CompactTile) => tileBox(t, phone);
  const c = box(tiles[from]!);
  const cx = c.x + c.w / 2;
  const cy = c.y + c.h / 2;
  let best: number | null = null;
  let bestScore = Infinity;
  tiles.forEach((t, i) => {
    if (i === from || t[11] <= 0 || t[12] <= 0) return;
    const b = box(t);
    const bx = b.x + b.w / 2;
    const by = b.y + b.h / 2;
    let along: number;
    let across: number;
    if (key === 'ArrowRight') [along, across] = [b.x - (c.x + c.w), Math.max(0, Math.abs(by - cy) - (b.h + c.h) / 2)];
    else if (key === 'ArrowLeft') [along, across] = [c.x - (b.x + b.w), Math.max(0, Math.abs(by - cy) - (b.h + c.h) / 2)];
    else if (key === 'ArrowDown') [along, across] = [b.y - (c.y + c.h), Math.max(0, Math.abs(bx - cx) - (b.w + c.w) / 2)];
    else [along, across] = [c.y - (b.y + b.h), Math.max(0, Math.abs(bx - cx) - (b.w + c.w) / 2)];
    if (along < -0.05) return;
    const score = along + 3 * across + 0.01 * Math.hypot(bx - cx, by - cy);
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}

export function HeatmapMap({ groups, tilesJson, label, zoomed, text, highlight = null }: HeatmapMapProps) {
  const tiles = useMemo(() => JSON.parse(tilesJson) as CompactTile[], [tilesJson]);
  const mapRef = useRef<HTMLDivElement>(null);
  const [tip, setTip] = useState<Tip | null>(null);
  const router = useRouter();
  const lastPointer = useRef<string>('mouse');

  const openStock = (i: number) => {
    const code = tiles[i]?.[0];
    if (code) router.push(stockPath(code));
  };

  // `?highlight=`: bring the outlined tile into view (the outline itself is in the server's HTML).
  useEffect(() => {
    if (!highlight) return;
    const el = mapRef.current?.querySelector<HTMLElement>('.t.hl');
    el?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }, [highlight]);

  const stockPath = (code: string) => `${text.stockBase}${code}${stockLinkQuery(currentPeriod())}`;

  // A tile element's index in `tiles`, by its stock's code (the tile's id, lib/heatmap/tile-id.ts).
  const indexOfCode = useMemo(() => new Map(tiles.map((t, i) => [t[0], i])), [tiles]);
  const indexOf = useCallback((el: Element) => indexOfCode.get(tileCode(el) ?? '') ?? -1, [indexOfCode]);
  const tileEl = (i: number) => (tiles[i] ? (mapRef.current?.querySelector<HTMLElement>(`#${tileId(tiles[i][0])}`) ?? null) : null);

  const show = useCallback((el: HTMLElement) => {
    const map = mapRef.current;
    const i = indexOf(el);
    if (!map || i < 0) return;
    const m = map.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    const width = Math.min(TIP_WIDTH, m.width - 8);
    const left = Math.max(4, Math.min(m.width - width - 4, r.left - m.left + r.width / 2 - width / 2));
    const above = r.bottom - m.top > m.height * 0.62;
    setTip({ i, left, top: above ? r.top - m.top : r.bottom - m.top, above, width });
  }, [indexOf]);

  const fromEvent = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>(TILE_SELECTOR) : null);

  const onPointerOver = (e: PointerEvent) => {
    const el = fromEvent(e.target);
    if (el) show(el);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const el = fromEvent(e.target);
    if (!el) return;
    if (e.key === 'Escape') {
      setTip(null);
      return;
    }
    if (e.key === 'Enter') {
      e.preventDefault();
      openStock(indexOf(el));
      return;
    }
    const from = indexOf(el);
    if (from < 0) return;
    let to: number | null = null;
    const phone = (mapRef.current?.offsetWidth ?? Infinity) < PHONE_MAX_PX;
    if (e.key.startsWith('Arrow')) to = neighbour(tiles, from, e.key, phone);
    else if (e.key === 'Home' || e.key === 'End') {
      const visible = tiles.map((t, i) => (t[11] > 0 && t[12] > 0 ? i : -1)).filter((i) => i >= 0);
      to = (e.key === 'Home' ? visible[0] : visible[visible.length - 1]) ?? null;
    } else return;
    e.preventDefault();
    const next = to === null ? null : tileEl(to);
    if (!next) return;
    // Roving tabindex, set on the DOM: the tile list never re-renders for a focus move.
    el.tabIndex = -1;
    next.tabIndex = 0;
    next.focus();
  };

  const t = tip === null ? undefined : tiles[tip.i];
  return (
    <div className="hm-box">
      <div
        ref={mapRef}
        className="hm-map"
        onPointerOver={onPointerOver}
        onPointerLeave={() => {
          if (!mapRef.current?.contains(document.activeElement)) setTip(null);
        }}
        onFocus={(e) => {
          const el = fromEvent(e.target);
          if (el) show(el);
          else setTip(null);
        }}
        onBlur={(e) => {
          if (!mapRef.current?.contains(e.relatedTarget as Node | null)) setTip(null);
        }}
        onPointerDown={(e) => {
          lastPointer.current = e.pointerType;
        }}
        onClick={(e) => {
          const el = fromEvent(e.target);
          if (!el) return;
          // A mouse click opens the stock; a first tap on a touch screen shows the tooltip (with its link).
          const i = indexOf(el);
          if (i < 0) return;
          if (lastPointer.current === 'mouse' || tip?.i === i) openStock(i);
          else {
            // Only the map's Tab stop carries a tabindex in the markup; a tapped tile becomes focusable here.
            if (!el.hasAttribute('tabindex')) el.tabIndex = -1;
            el.focus();
          }
        }}
        onKeyDown={onKeyDown}
      >
        <Tiles tiles={tiles} label={label} highlight={highlight} text={text} />
        <Headers groups={groups} zoomed={zoomed} text={text} />
        {t ? (
          <div
            className={`hm-tip${tip!.above ? ' above' : ''}`}
            role="tooltip"
            data-testid="heatmap-tooltip"
            style={{ left: tip!.left, top: tip!.top, width: tip!.width }}
          >
            <div className="hm-tip-name">
              {text.names === 'en' ? (
                <>
                  <strong>{t[1]}</strong>
                  {t[2] ? <span lang="zh-Hant"> {t[2]}</span> : null}
                </>
              ) : (
                <strong lang={tileName(t, text)[1] ?? undefined}>{tileName(t, text)[0]}</strong>
              )}
            </div>
            <div className="muted">
              {t[0]} · {text.industries[t[3]]}
            </div>
            <dl>
              <dt>{text.close}</dt>
              <dd>{t[5] === null ? '–' : formatPrice(t[5])}</dd>
              <dt>{text.change}</dt>
              <dd className={direction(t[4])} data-testid="tooltip-pct">
                {formatPct(t[4])}
              </dd>
              <dt>{text.turnover}</dt>
              <dd>{t[6] === null ? '–' : formatHkdCompact(t[6], text.amounts === 'zh' ? 'zh-hk' : 'en')}</dd>
            </dl>
            {t[8] & 1 ? <p className="hm-extreme">{text.extreme}</p> : null}
            {t[8] & 2 ? <p className="muted">{text.listed}</p> : null}
            <a className="hm-tip-link" href={stockPath(t[0])} data-testid="tooltip-stock-link">
              {text.stockPage}
            </a>
          </div>
        ) : null}
      </div>
      <Suspense>
        <DataTable tiles={tiles} text={text} />
      </Suspense>
    </div>
  );
}
