/** The oEmbed route handler itself, on the bundled data (SITE_URL unset: base http://localhost:3000). */
import { describe, expect, it } from 'vitest';
import { GET } from '@/app/api/oembed/route';

function get(query: string, host = 'localhost:3000') {
  return GET(new Request(`http://${host}/api/oembed?${query}`, { headers: { host } }));
}

describe('GET /api/oembed', () => {
  it('answers JSON for a permalink on the base URL', async () => {
    const res = await get(`url=${encodeURIComponent('http://localhost:3000/sessions/2025-05-21')}&format=json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as Record<string, unknown>;
    for (const key of ['version', 'type', 'html', 'width', 'height']) expect(body).toHaveProperty(key);
    expect(body.title).toBe('Hong Kong close, Wed 21 May 2025');
  });

  it('accepts the host the request came in on', async () => {
    const res = await get(`url=${encodeURIComponent('http://wiki-proxy:9000/embed/2025-05-21')}`, 'wiki-proxy:9000');
    expect(res.status).toBe(200);
  });

  it.each([
    ['a day without a session', 'url=http%3A%2F%2Flocalhost%3A3000%2Fsessions%2F2025-05-31', 404],
    ['another host', 'url=http%3A%2F%2Fevil.example%2Fsessions%2F2025-05-21', 404],
    ['xml', 'url=http%3A%2F%2Flocalhost%3A3000%2Fsessions%2F2025-05-21&format=xml', 501],
    ['no url', 'format=json', 400],
  ])('answers %s with %i', async (_name, query, status) => {
    expect((await get(query)).status).toBe(status);
  });
});
