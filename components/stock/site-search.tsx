'use client';
/**
 * The header's stock search. Without JavaScript it is a plain GET form to /stocks?q=. With it, the input
 * becomes a WAI-ARIA combobox (list autocomplete): the compact index is fetched once, when the box is
 * first focused or typed in (one cached request; a new data version is a new URL), and suggestions are
 * computed locally on every keystroke by the same search the server runs. ↓/↑ move through the
 * suggestions, Enter opens the active one (or submits the form), Escape closes the list, then clears.
 */
import { useId, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { localePath, type Locale } from '@/lib/i18n/locale';
import type { SiteSearchText } from '@/lib/i18n/messages/stocks';
import { fromWire, searchStocks, type SearchGroup, type SearchIndexWire, type SearchStock } from '@/lib/stocks/search';

interface Option {
  id: string;
  href: string;
  label: string;
  detail: string;
  /** lang of the label when it is not in the page's language (an English name on a Chinese page). */
  lang?: string;
}

let loaded: Promise<{ stocks: SearchStock[]; groups: SearchGroup[] }> | null = null;

function loadIndex(url: string) {
  loaded ??= fetch(url)
    .then((r) => {
      if (!r.ok) throw new Error(`search index: HTTP ${r.status}`);
      return r.json() as Promise<SearchIndexWire>;
    })
    .then(fromWire)
    .catch((err: unknown) => {
      loaded = null;
      throw err;
    });
  return loaded;
}

const MAX_STOCKS = 8;

function optionsFor(query: string, index: { stocks: SearchStock[]; groups: SearchGroup[] }, idBase: string, text: SiteSearchText, locale: Locale): Option[] {
  const zh = locale === 'zh-hk';
  const result = searchStocks(query, index.stocks, index.groups, MAX_STOCKS);
  const themeZh = (name: string | undefined) => (name === undefined ? '' : (index.groups.find((g) => g.kind === 'theme' && g.name === name)?.nameZh ?? name));
  const stocks = result.stocks.map(
    ({ stock }, k): Option => ({
      id: `${idBase}-s${k}`,
      href: localePath(locale, `/stocks/${stock.code}`),
      // The Chinese edition shows the Chinese name where known (else the English one, marked as English).
      label: zh ? `${stock.code} ${stock.nameZh ?? stock.name}` : `${stock.code} ${stock.name}${stock.nameZh ? ` ${stock.nameZh}` : ''}`,
      lang: zh && !stock.nameZh ? 'en' : undefined,
      detail: zh ? themeZh(stock.themes[0]) : (stock.themes[0] ?? ''),
    }),
  );
  const groups = result.groups.slice(0, 3).map((g, k): Option => {
    const name = zh ? (g.nameZh ?? g.name) : g.name;
    return {
      id: `${idBase}-g${k}`,
      href: localePath(locale, `/stocks?q=${encodeURIComponent(name)}`),
      label: `${g.kind === 'industry' ? text.industry : text.theme}${zh ? '：' : ': '}${name}`,
      detail: g.codes.length > 0 ? text.stocks.replace('{n}', String(g.codes.length)) : '',
    };
  });
  return [...groups, ...stocks];
}

const subscribeNothing = () => () => {};

export function SiteSearch({ indexUrl, text, locale }: { indexUrl: string; text: SiteSearchText; locale: Locale }) {
  // False in the server's HTML, true once the browser runs this component (tests wait for it).
  const live = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
  const idBase = useId().replace(/:/g, '');
  const listId = `${idBase}-list`;
  const [value, setValue] = useState('');
  const [options, setOptions] = useState<Option[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState('');
  const index = useRef<{ stocks: SearchStock[]; groups: SearchGroup[] } | null>(null);

  const update = (typed: string) => {
    const idx = index.current;
    if (!idx) return;
    const next = typed.trim() === '' ? [] : optionsFor(typed, idx, idBase, text, locale);
    setOptions(next);
    setActive(-1);
    setOpen(next.length > 0);
    setStatus(typed.trim() === '' ? '' : next.length === 0 ? text.none : next.length === 1 ? text.one : text.many.replace('{n}', String(next.length)));
  };

  const ensureIndex = (then?: string) => {
    if (index.current) return;
    loadIndex(indexUrl)
      .then((idx) => {
        index.current = idx;
        if (then !== undefined) update(then);
      })
      .catch(() => setStatus(text.unavailable));
  };

  const go = (option: Option) => {
    setOpen(false);
    window.location.assign(option.href);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!open) {
        if (options.length > 0) setOpen(true);
        else update(value);
        e.preventDefault();
        return;
      }
      e.preventDefault();
      const n = options.length;
      if (n === 0) return;
      setActive((a) => (e.key === 'ArrowDown' ? (a + 1) % n : a <= 0 ? n - 1 : a - 1));
    } else if (e.key === 'Enter') {
      const option = open ? options[active] : undefined;
      if (option) {
        e.preventDefault();
        go(option);
      }
      // Otherwise the form submits: /stocks?q= answers (an exact match redirects to the stock).
    } else if (e.key === 'Escape') {
      if (open) {
        setOpen(false);
        setActive(-1);
      } else if (value !== '') {
        setValue('');
        setOptions([]);
      }
      e.preventDefault();
    }
  };

  const activeOption = open ? options[active] : undefined;
  return (
    <div className="site-search-box">
      <input
        id={`${idBase}-q`}
        name="q"
        type="search"
        role="combobox"
        aria-label={text.label}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeOption?.id}
        autoComplete="off"
        spellCheck={false}
        placeholder={text.placeholder}
        value={value}
        onFocus={() => ensureIndex(value)}
        onChange={(e) => {
          setValue(e.target.value);
          if (index.current) update(e.target.value);
          else ensureIndex(e.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        data-testid="site-search-input"
        data-live={live ? 'true' : undefined}
      />
      <ul id={listId} role="listbox" aria-label={text.suggestions} className="site-search-list" hidden={!open} data-testid="site-search-list">
        {options.map((o, k) => (
          <li
            key={o.id}
            id={o.id}
            role="option"
            aria-selected={k === active}
            className={k === active ? 'active' : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => go(o)}
            data-href={o.href}
          >
            <span lang={o.lang}>{o.label}</span> <small>{o.detail}</small>
          </li>
        ))}
      </ul>
      <span className="visually-hidden" role="status" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
