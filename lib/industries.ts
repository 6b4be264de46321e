/** Hang Seng Industry Classification, level 1: the 12 industries, as spelled in securities.csv. */
export const INDUSTRIES = [
  'Conglomerates',
  'Consumer Discretionary',
  'Consumer Staples',
  'Energy',
  'Financials',
  'Healthcare',
  'Industrials',
  'Information Technology',
  'Materials',
  'Properties & Construction',
  'Telecommunications',
  'Utilities',
] as const;

export type Industry = (typeof INDUSTRIES)[number];

export function isIndustry(value: string): value is Industry {
  return (INDUSTRIES as readonly string[]).includes(value);
}
