/** A hand-written 3-stock session whose names try to break out of CSV, HTML and SVG. */
import { toSession, type Session } from '@/lib/session/model';
import type { SessionFile } from '@/lib/schema/session';

export const HOSTILE_NAMES = {
  img: '<img src=x onerror=alert(1)>',
  quotes: '"&<>',
  formula: '=cmd|\' /C calc\'!A0',
  comma: 'HK, "CHINA"\nGAS',
} as const;

export const hostileFile: SessionFile = {
  schemaVersion: 1,
  date: '2025-05-21',
  market: 'XHKG',
  session: 'full',
  indices: [{ id: 'HSI', name: 'Hang Seng Index', close: 23827.78, prevClose: 23681.48 }],
  stocks: [
    { code: '00001', name: HOSTILE_NAMES.img, nameZh: '長和', sector: 'Materials', changePct: 2.5, close: 10, prevClose: 9.7561, volume: 1000, turnover: 10000, closeBasis: 'actual' },
    { code: '00002', name: HOSTILE_NAMES.quotes, sector: 'Utilities', changePct: -1.25, close: 5, turnover: 8000 },
    { code: '00003', name: HOSTILE_NAMES.formula, nameZh: HOSTILE_NAMES.comma, sector: 'Materials', changePct: 0, close: 1, prevClose: 1, volume: 6000 },
  ],
};

export const hostileSession: Session = toSession(hostileFile);
