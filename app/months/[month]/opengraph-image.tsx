/** The month's recap link-preview image; see lib/share/recap. */
import { OG_SIZE } from '@/lib/share/og-image';
import { recapPreviewImageResponse } from '@/lib/share/recap';

export const size = OG_SIZE;
export const contentType = 'image/png';
export const alt = 'A Hong Kong month recap: the Hang Seng Index and the 12 industries, % change over the month';

export default async function Image({ params }: { params: Promise<{ month: string }> }) {
  return recapPreviewImageResponse('month', (await params).month);
}
