/** The session's Twitter/X card image: the same picture as the Open Graph one. */
import { loadSession, SESSION_DATE } from '@/lib/data/sessions';
import { OG_SIZE, sessionOgImage } from '@/lib/share/og-image';

export const size = OG_SIZE;
export const contentType = 'image/png';
export const alt = 'The Hong Kong session: the Hang Seng Index and the 12 industries, % change';

export default async function Image({ params }: { params: Promise<{ date: string }> }) {
  const { date } = await params;
  const load = SESSION_DATE.test(date) ? loadSession(date) : null;
  if (load?.status !== 'ok') return new Response('No image for this session.\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return sessionOgImage(load.session);
}
