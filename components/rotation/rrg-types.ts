/** What the RRG chart needs per industry: plain data, defined in lib (lib/views/types.ts). */
export type { RrgSeries } from '@/lib/views/types';
