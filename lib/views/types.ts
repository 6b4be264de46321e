/**
 * Plain data the session page hands to its components (serialisable from server to client). They live in
 * lib so that lib never imports from components; components import them from here.
 */
import type { TakeawaySegment } from '@/lib/stocks/takeaway-links';

/** A key takeaway: its sentence and the page elements (stocks, industries, indexes) it cites. */
export interface TakeawayItem {
  text: string;
  /** data-ref keys of what the takeaway cites (see lib/session/refs.ts). */
  refs: string[];
  /** The text split where it names a cited stock (those parts link to the stock's page). */
  segments?: TakeawaySegment[];
  /** Cited stocks the text does not name recognisably: linked by code after the sentence. */
  unplaced?: string[];
}

/** What the RRG chart needs per industry. */
export interface RrgSeries {
  industry: string;
  /** The industry's name as shown, when not the English one (the Chinese edition's HSICS name). */
  name?: string;
  color: string;
  quadrant: string | null;
  tail: { date: string; ratio: number; momentum: number }[];
}
