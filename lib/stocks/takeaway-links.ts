/**
 * Stocks named in a takeaway, as links (pure): the sentence is split at the first place each cited stock
 * is named (its prose name, or its code in brackets), so the page can link those words to the stock's
 * page. A cited stock whose name cannot be found in the text is still returned, unplaced, so the page can
 * link it after the sentence.
 */
export interface TakeawayStock {
  code: string;
  /** The ways the sentence may name it, longest first wins: "CATL", "Contemporary Amperex", "03750". */
  names: readonly string[];
}

export type TakeawaySegment = { text: string; code?: undefined } | { text: string; code: string };

export interface LinkedTakeaway {
  segments: TakeawaySegment[];
  /** Cited stocks the text does not name recognisably. */
  unplaced: string[];
}

const WORD = /[\p{L}\p{N}]/u;
const HAN = /\p{Script=Han}/u;

/** Whether two adjacent characters belong to one word (letters or digits, neither of them Chinese). */
function joined(a: string, b: string): boolean {
  return WORD.test(a) && WORD.test(b) && !HAN.test(a) && !HAN.test(b);
}

export function linkTakeawayStocks(text: string, stocks: readonly TakeawayStock[]): LinkedTakeaway {
  const spans: { start: number; end: number; code: string }[] = [];
  const unplaced: string[] = [];
  for (const s of stocks) {
    let best: { start: number; end: number } | null = null;
    for (const name of [...s.names].filter(Boolean).sort((a, b) => b.length - a.length)) {
      let from = 0;
      while (from <= text.length) {
        const at = text.indexOf(name, from);
        if (at === -1) break;
        const end = at + name.length;
        // Whole words only ("BYD" not inside "BYDX"), and not overlapping another stock's link. Chinese
        // has no spaces: a name beside a Han character ("Meitu飆升", "的紫金礦業") is a whole word.
        const wordStart = at === 0 || !joined(text[at - 1]!, name[0]!);
        const wordEnd = end === text.length || !joined(name[name.length - 1]!, text[end]!);
        const free = spans.every((o) => end <= o.start || at >= o.end);
        if (wordStart && wordEnd && free) {
          best = { start: at, end };
          break;
        }
        from = at + 1;
      }
      if (best) break;
    }
    if (best) spans.push({ ...best, code: s.code });
    else unplaced.push(s.code);
  }
  spans.sort((a, b) => a.start - b.start);
  const segments: TakeawaySegment[] = [];
  let pos = 0;
  for (const sp of spans) {
    if (sp.start > pos) segments.push({ text: text.slice(pos, sp.start) });
    segments.push({ text: text.slice(sp.start, sp.end), code: sp.code });
    pos = sp.end;
  }
  if (pos < text.length) segments.push({ text: text.slice(pos) });
  return { segments, unplaced };
}
