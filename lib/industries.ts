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

/**
 * The official Traditional Chinese names of the 12 HSICS industries, as the Hang Seng Indexes Company
 * publishes them and the Hong Kong press prints them (checked against ET Net's list of the 12 industries,
 * etnet.com.hk newsid ETN35103112, 2025-10-31, and Ming Pao's report of the 2024 HSICS review; see
 * data/README.md).
 */
export const INDUSTRY_NAMES_ZH: Record<Industry, string> = {
  Conglomerates: '綜合企業',
  'Consumer Discretionary': '非必需性消費業',
  'Consumer Staples': '必需性消費業',
  Energy: '能源業',
  Financials: '金融業',
  Healthcare: '醫療保健業',
  Industrials: '工業',
  'Information Technology': '資訊科技業',
  Materials: '原材料業',
  'Properties & Construction': '地產建築業',
  Telecommunications: '電訊業',
  Utilities: '公用事業',
};

/** An industry's name in an edition (an unknown one as given). */
export function industryName(industry: string, locale: 'en' | 'zh-hk'): string {
  return locale === 'zh-hk' && isIndustry(industry) ? INDUSTRY_NAMES_ZH[industry] : industry;
}
