/**
 * Typed configuration, read from the environment once. Everything tunable about the site lives here.
 */
import path from 'node:path';
import { originSettingsFromEnv } from '@/lib/request-origin';

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export const siteConfig = {
  name: 'HK Market Recap',
  description: 'The Hong Kong trading session at a glance: indexes, industries, movers and key takeaways.',
  /**
   * SITE_URL, or http://localhost:3000 where there is no request (scripts). Routes build links on the
   * request's origin instead (lib/request-origin: SITE_URL when set, else the request's host).
   */
  baseUrl: process.env.SITE_URL || process.env.NEXT_PUBLIC_SITE_URL || 'http://localhost:3000',
  /** SITE_URL, ALLOWED_HOSTS and TRUST_PROXY: how a request's origin is found and which hosts are served. */
  origin: originSettingsFromEnv(),
  /** Where session snapshots live; defaults to the bundled sample data. */
  dataDir: path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR ?? path.join(process.cwd(), 'data')),
  /** Origins allowed to frame /embed/*; empty means any origin. */
  embedAllowedOrigins: list(process.env.EMBED_ALLOWED_ORIGINS),
  timeZone: 'Asia/Hong_Kong',
} as const;

/** The indexes shown as cards, in this order; others in a snapshot follow. */
export const INDEX_ORDER = ['HSI', 'HSCEI', 'HSTECH'] as const;

export const INDEX_NAMES: Record<string, { en: string; zh: string; zhShort: string }> = {
  HSI: { en: 'Hang Seng Index', zh: '恒生指數', zhShort: '恒指' },
  HSCEI: { en: 'Hang Seng China Enterprises Index', zh: '恒生中國企業指數', zhShort: '國指' },
  HSTECH: { en: 'Hang Seng TECH Index', zh: '恒生科技指數', zhShort: '科指' },
};

/** An index's name in an edition: the snapshot's own English name, the Hang Seng Indexes Company's Chinese one. */
export function indexName(id: string, name: string, locale: 'en' | 'zh-hk'): string {
  return locale === 'zh-hk' ? (INDEX_NAMES[id]?.zh ?? name) : name;
}

/** A one-day move beyond this (in %) is flagged as extreme: real event or data glitch, never a trend. */
export const EXTREME_MOVE_PCT = 50;

/** |given changePct − changePct from close/prevClose| above this (pp) is a warning, above the next an error. */
export const CHANGE_TOLERANCE_PP = { warn: 0.011, error: 0.5 } as const;

/** Largest session file the loader reads. */
export const MAX_SESSION_FILE_BYTES = 20 * 1024 * 1024;
