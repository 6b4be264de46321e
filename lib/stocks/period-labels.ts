import type { Period } from '@/lib/history/types';

/** How pages write the periods. */
export const PERIOD_LABELS: Record<Period, string> = { '1d': '1D', '1w': '1W', '1m': '1M', '3m': '3M', ytd: 'YTD', '1y': '1Y' };
