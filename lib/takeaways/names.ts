/**
 * Readable names for prose. HKEX short names are written for a ticker tape ("BABA - W", "SD GOLD",
 * "GANFENGLITHIUM"); a takeaway says "Alibaba", "Shandong Gold", "Ganfeng Lithium". Known names come from
 * the table (by code); anything else is title-cased with the share-class suffix dropped and the usual
 * abbreviations spelled out, keeping acronyms (CATL, BYD, HSBC, CCB…) upper case.
 */
const BY_CODE: Record<string, string> = {
  '00005': 'HSBC',
  '00016': 'Sun Hung Kai Properties',
  '00027': 'Galaxy Entertainment',
  '00175': 'Geely Auto',
  '00200': 'Melco International',
  '00388': 'HKEX',
  '00700': 'Tencent',
  '00883': 'CNOOC',
  '00941': 'China Mobile',
  '00981': 'SMIC',
  '01024': 'Kuaishou',
  '01060': 'Damai Entertainment',
  '01113': 'CK Asset',
  '01211': 'BYD',
  '01299': 'AIA',
  '01347': 'Hua Hong Semiconductor',
  '01357': 'Meitu',
  '01378': 'China Hongqiao',
  '01530': '3SBio',
  '01772': 'Ganfeng Lithium',
  '01787': 'Shandong Gold',
  '01788': 'Guotai Junan International',
  '01810': 'Xiaomi',
  '01818': 'Zhaojin Mining',
  '01876': 'Budweiser APAC',
  '01928': 'Sands China',
  '02015': 'Li Auto',
  '02057': 'ZTO Express',
  '02099': 'China Gold International',
  '02318': 'Ping An',
  '02333': 'Great Wall Motor',
  '02555': 'Chabaidao',
  '02600': 'Chalco',
  '02899': 'Zijin Mining',
  '03690': 'Meituan',
  '03750': 'CATL',
  '03800': 'GCL Technology',
  '03931': 'CALB',
  '03993': 'CMOC',
  '06181': 'Laopu Gold',
  '06680': 'Jinli Permanent Magnet',
  '06683': 'Starplus Legend',
  '06693': 'Chifeng Gold',
  '06855': 'Ascentage Pharma',
  '06869': 'Yangtze Optical Fibre & Cable',
  '09618': 'JD.com',
  '09626': 'Bilibili',
  '09698': 'GDS',
  '09863': 'Leapmotor',
  '09866': 'NIO',
  '09868': 'XPeng',
  '09888': 'Baidu',
  '09961': 'Trip.com',
  '09988': 'Alibaba',
  '09992': 'Pop Mart',
  '09999': 'NetEase',
};

const WORDS: Record<string, string> = {
  "INT'L": 'International',
  INTL: 'International',
  HLDG: 'Holdings',
  HLDGS: 'Holdings',
  GP: 'Group',
  DEV: 'Development',
  ENT: 'Entertainment',
  PPT: 'Properties',
  TECH: 'Tech',
  PHARM: 'Pharmaceutical',
  BIO: 'Bio',
  NEW: 'New',
  SUN: 'Sun',
  OIL: 'Oil',
  GAS: 'Gas',
  AIR: 'Air',
  SEA: 'Sea',
  ONE: 'One',
  TOP: 'Top',
  BIG: 'Big',
  CAR: 'Car',
  POP: 'Pop',
  LTD: 'Ltd',
  // Four- and five-letter acronyms that title-casing would spoil.
  CMSC: 'CMSC',
  CICC: 'CICC',
  SMIC: 'SMIC',
  HSBC: 'HSBC',
  CITIC: 'CITIC',
  CSPC: 'CSPC',
  CNOOC: 'CNOOC',
  CRRC: 'CRRC',
  BOCOM: 'BOCOM',
  BOCHK: 'BOCHK',
  CATL: 'CATL',
};

function titleWord(word: string): string {
  const known = WORDS[word];
  if (known) return known;
  // Short all-letter words in a short name are mostly acronyms: CCB, ABC, MMG, BOC, CK.
  if (word.length <= 3 && /^[A-Z]+$/.test(word)) return word;
  return word.charAt(0) + word.slice(1).toLowerCase();
}

/** "ZIJIN MINING" → "Zijin Mining"; "BABA - W" (09988) → "Alibaba". */
export function displayName(code: string, name: string): string {
  const known = BY_CODE[code];
  if (known) return known;
  if (/[a-z]/.test(name)) return name; // already written for people
  return name
    .replace(/\s+-\s+[A-Z]{1,3}$/, '') // share-class markers: - W, - SW, - S, - B, - SS
    .split(/\s+/)
    .filter(Boolean)
    .map(titleWord)
    .join(' ');
}
