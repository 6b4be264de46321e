/** The session's link-preview image (Open Graph); see lib/share/og-image. */
import { OG_SIZE } from '@/lib/share/og-image';
import { previewImageResponse } from '@/lib/share/responses';

export const size = OG_SIZE;
export const contentType = 'image/png';
export const alt = 'The Hong Kong session: the Hang Seng Index and the 12 industries, % change';

export default async function Image({ params }: { params: Promise<{ date: string }> }) {
  return previewImageResponse((await params).date);
}
