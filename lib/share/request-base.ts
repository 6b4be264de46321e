import 'server-only';
/**
 * The origin links are built on for the request being served (lib/request-origin): SITE_URL when set,
 * else the request's host. Hosts refused by ALLOWED_HOSTS never get this far (the server and proxy.ts
 * answer 400 first); should one arrive anyway, links fall back to siteConfig.baseUrl, never to it.
 */
import { headers } from 'next/headers';
import { siteConfig } from '@/lib/config';
import { requestOrigin } from '@/lib/request-origin';

/** In a page, layout or generateMetadata. */
export async function requestBaseUrl(): Promise<string> {
  const found = requestOrigin(await headers(), siteConfig.origin);
  return found.ok ? found.origin : siteConfig.baseUrl;
}

/** In a route handler. */
export function baseUrlOf(request: Request): string {
  const found = requestOrigin(request.headers, siteConfig.origin);
  return found.ok ? found.origin : siteConfig.baseUrl;
}
