/**
 * The search box's index (see lib/stocks/search-index.ts). The current version's URL is immutable and
 * cached for a year; an old version's URL answers the current index with a short cache.
 */
import { searchIndexJson } from '@/lib/stocks/search-index';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ version: string }> }) {
  const { version } = await params;
  const index = await searchIndexJson();
  const current = version === index.version;
  return new Response(index.body, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': current ? 'public, max-age=31536000, immutable' : 'public, max-age=60',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
