/** What the RRG chart needs per industry: plain data, serialisable from server to client. */
export interface RrgSeries {
  industry: string;
  color: string;
  quadrant: string | null;
  tail: { date: string; ratio: number; momentum: number }[];
}
