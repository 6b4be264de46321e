/**
 * Hand-made sessions for the edge cases an editor worries about, as snapshot files (the public contract).
 * Stocks are 72 real HK listings (the six most-traded of each industry on 2025-05-21); their moves are made
 * up by the rule each case states, so the expected words can be worked out by hand.
 */
import fs from 'node:fs';
import path from 'node:path';

type Row = [code: string, name: string, sector: string];
const ROSTER: Row[] = [
  ["00267", "CITIC", "Conglomerates"],
  ["00001", "CKH HOLDINGS", "Conglomerates"],
  ["00019", "SWIRE PACIFIC A", "Conglomerates"],
  ["00656", "FOSUN INTL", "Conglomerates"],
  ["00363", "SHANGHAI IND H", "Conglomerates"],
  ["00087", "SWIRE PACIFIC B", "Conglomerates"],
  ["01211", "BYD COMPANY", "Consumer Discretionary"],
  ["09988", "BABA - W", "Consumer Discretionary"],
  ["03690", "MEITUAN - W", "Consumer Discretionary"],
  ["01357", "MEITU", "Consumer Discretionary"],
  ["09992", "POP MART", "Consumer Discretionary"],
  ["02015", "LI AUTO - W", "Consumer Discretionary"],
  ["00291", "CHINA RES BEER", "Consumer Staples"],
  ["02319", "MENGNIU DAIRY", "Consumer Staples"],
  ["09633", "NONGFU SPRING", "Consumer Staples"],
  ["02517", "GUOQUAN", "Consumer Staples"],
  ["06055", "CTIHK", "Consumer Staples"],
  ["01876", "BUD APAC", "Consumer Staples"],
  ["00883", "CNOOC", "Energy"],
  ["00857", "PETROCHINA", "Energy"],
  ["01088", "CHINA SHENHUA", "Energy"],
  ["00386", "SINOPEC CORP", "Energy"],
  ["01171", "YANKUANG ENERGY", "Energy"],
  ["01898", "CHINA COAL", "Energy"],
  ["00388", "HKEX", "Financials"],
  ["00939", "CCB", "Financials"],
  ["01299", "AIA", "Financials"],
  ["00005", "HSBC HOLDINGS", "Financials"],
  ["03988", "BANK OF CHINA", "Financials"],
  ["02318", "PING AN", "Financials"],
  ["01530", "3SBIO", "Healthcare"],
  ["01093", "CSPC PHARMA", "Healthcare"],
  ["09926", "AKESO", "Healthcare"],
  ["02269", "WUXI BIO", "Healthcare"],
  ["01801", "INNOVENT BIO", "Healthcare"],
  ["06160", "BEONE MEDICINES", "Healthcare"],
  ["03750", "CATL", "Industrials"],
  ["02057", "ZTO EXPRESS - W", "Industrials"],
  ["01919", "COSCO SHIP HOLD", "Industrials"],
  ["02382", "SUNNY OPTICAL", "Industrials"],
  ["03800", "GCL TECH", "Industrials"],
  ["00316", "OOIL", "Industrials"],
  ["01810", "XIAOMI - W", "Information Technology"],
  ["00700", "TENCENT", "Information Technology"],
  ["00981", "SMIC", "Information Technology"],
  ["09999", "NTES - S", "Information Technology"],
  ["09880", "UBTECH ROBOTICS", "Information Technology"],
  ["09660", "HORIZONROBOT - W", "Information Technology"],
  ["02899", "ZIJIN MINING", "Materials"],
  ["01378", "CHINAHONGQIAO", "Materials"],
  ["01818", "ZHAOJIN MINING", "Materials"],
  ["01787", "SD GOLD", "Materials"],
  ["03993", "CMOC", "Materials"],
  ["02600", "CHALCO", "Materials"],
  ["01109", "CHINA RES LAND", "Properties & Construction"],
  ["00823", "LINK REIT", "Properties & Construction"],
  ["02423", "BEKE - W", "Properties & Construction"],
  ["00016", "SHK PPT", "Properties & Construction"],
  ["01113", "CK ASSET", "Properties & Construction"],
  ["00012", "HENDERSON LAND", "Properties & Construction"],
  ["00941", "CHINA MOBILE", "Telecommunications"],
  ["00762", "CHINA UNICOM", "Telecommunications"],
  ["00728", "CHINA TELECOM", "Telecommunications"],
  ["00788", "CHINA TOWER", "Telecommunications"],
  ["00008", "PCCW", "Telecommunications"],
  ["06823", "HKT - SS", "Telecommunications"],
  ["00836", "CHINA RES POWER", "Utilities"],
  ["02688", "ENN ENERGY", "Utilities"],
  ["00003", "HK & CHINA GAS", "Utilities"],
  ["00006", "POWER ASSETS", "Utilities"],
  ["00002", "CLP HOLDINGS", "Utilities"],
  ["00135", "KUNLUN ENERGY", "Utilities"],
];

interface EdgeStock {
  code: string;
  name: string;
  sector: string;
  changePct: number;
  close?: number;
  prevClose?: number;
  turnover?: number;
  listingDate?: string;
}
export interface EdgeSession {
  schemaVersion: 1;
  date: string;
  market: 'XHKG';
  session: 'full' | 'half';
  indices: { id: string; name: string; close: number; prevClose: number }[];
  stocks: EdgeStock[];
}

const hsi = (close: number, prevClose: number) => [{ id: 'HSI', name: 'Hang Seng Index', close, prevClose }];

/** Every roster stock with the move `pct(i, sector)`; turnover falls with the roster order (so the first of each industry is its most traded). */
function roster(pct: (i: number, sector: string) => number): EdgeStock[] {
  return ROSTER.map(([code, name, sector], i) => ({ code, name, sector, changePct: pct(i, sector), turnover: 1e9 * (72 - i) }));
}

const CYCLICAL = ['Materials', 'Energy', 'Industrials'];

const ROOT = path.resolve(__dirname, '../..');

export const EDGE_SESSIONS = {
  /** 2025-04-07's shape: everything fell; tech (-19 % to -20.5 %) fell harder than commodities (-14 % to -15.5 %). */
  crash: {
    schemaVersion: 1,
    date: '2025-04-07',
    market: 'XHKG',
    session: 'full',
    indices: hsi(19828.3, 22849.81),
    stocks: roster((i, sector) => (sector === 'Information Technology' ? -19 - (i % 4) * 0.5 : CYCLICAL.includes(sector) ? -14 - (i % 4) * 0.5 : -9 - (i % 6))),
  },
  /** Nothing moved: the index closed where it opened and every stock is unchanged. */
  flat: {
    schemaVersion: 1,
    date: '2025-05-22',
    market: 'XHKG',
    session: 'full',
    indices: hsi(23544.31, 23544.31),
    stocks: roster(() => 0),
  },
  /** Christmas Eve half day: small moves, the index up 0.12 %. */
  'half day': {
    schemaVersion: 1,
    date: '2024-12-24',
    market: 'XHKG',
    session: 'half',
    indices: hsi(20098.29, 20074.2),
    stocks: roster((i) => ((i % 9) - 4) * 0.07),
  },
  /** A news report's handful of stocks (the seed recap of a metals rally). */
  'sparse news snapshot': JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/fixtures/seed-000-metals-rally.json'), 'utf8')) as EdgeSession,
  /** Extreme moves: +198 % and -62 % (flagged, left out of averages) beside ordinary ones up to ±49 %. */
  'extreme moves': {
    schemaVersion: 1,
    date: '2025-06-25',
    market: 'XHKG',
    session: 'full',
    indices: hsi(24474.67, 24177.07),
    stocks: roster((i) => (i === 3 ? 198.38 : i === 40 ? -62 : i === 10 ? 49 : i === 50 ? -45.5 : ((i % 11) - 5) * 0.8)),
  },
  /** The first session of the archive, with no history before it. */
  'first session of the archive': JSON.parse(fs.readFileSync(path.join(ROOT, 'data/sessions/2024-01-03.json'), 'utf8')) as EdgeSession,
  /** A debut: the last roster stock lists today and rises 35 %. */
  'new listing': {
    schemaVersion: 1,
    date: '2025-05-20',
    market: 'XHKG',
    session: 'full',
    indices: hsi(23681.48, 23332.72),
    stocks: roster((i) => (i === 71 ? 35 : ((i % 7) - 2) * 0.6)).map((s, i) => (i === 71 ? { ...s, listingDate: '2025-05-20' } : s)),
  },
} satisfies Record<string, EdgeSession>;
