/**
 * The session snapshot contract, version 1: one JSON file per HKEX trading session at
 * `data/sessions/YYYY-MM-DD.json`. Users' pipelines write these files, so the names here are public.
 * This module is the single source: types are inferred from it and `data/schema/session.schema.json`
 * is generated from it (`npm run schema`).
 */
import { z } from 'zod';
import { INDUSTRIES } from '@/lib/industries';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date written YYYY-MM-DD that really exists (2025-02-30 does not). */
export function isRealIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const isoDate = z
  .string()
  .regex(ISO_DATE, 'expected a date written YYYY-MM-DD')
  .refine(isRealIsoDate, 'not a real calendar date');

const price = z.number().positive();

export const industrySchema = z.enum(INDUSTRIES);

export const closeBasisSchema = z
  .enum(['actual', 'adjusted', 'approx'])
  .describe('actual: exchange close; adjusted: dividend/split-adjusted close; approx: rebuilt, may be a few ticks off');

export const indexRowSchema = z
  .object({
    id: z.string().min(1).max(32).describe('Index id, e.g. HSI, HSCEI, HSTECH'),
    name: z.string().min(1).max(200),
    close: price.describe('Index points'),
    prevClose: price.optional(),
    changePct: z.number().optional().describe('% change; derived from close/prevClose when absent'),
  })
  .refine((row) => row.prevClose !== undefined || row.changePct !== undefined, {
    message: 'an index needs prevClose or changePct',
  });

export const stockRowSchema = z
  .object({
    code: z.string().regex(/^\d{5}$/, 'expected a 5-digit HKEX code such as "00700"'),
    name: z.string().min(1).max(200),
    nameZh: z.string().min(1).max(200).nullable().optional(),
    sector: industrySchema.describe('Hang Seng Industry Classification, level 1'),
    changePct: z.number().optional(),
    close: price.optional(),
    prevClose: price.optional().describe('Previous close, adjusted for corporate actions'),
    volume: z.number().int().nonnegative().nullable().optional().describe('Shares traded'),
    turnover: z.number().nonnegative().nullable().optional().describe('HKD traded (or close × volume)'),
    marketCap: z.number().positive().nullable().optional().describe('HKD'),
    closeBasis: closeBasisSchema.optional(),
    listingDate: isoDate.optional().describe('First trading day, when known'),
    offerPrice: price.optional().describe('IPO offer price (HKD), for a new listing: its close is then also measured against it'),
  })
  .refine((row) => row.changePct !== undefined || (row.close !== undefined && row.prevClose !== undefined), {
    message: 'a stock needs changePct or both close and prevClose',
  });

export const sectorRowSchema = z.object({
  sector: industrySchema,
  changePct: z.number(),
});

export const sessionFileSchema = z
  .object({
    schemaVersion: z.literal(1),
    date: isoDate.describe('HKT trading date'),
    market: z.literal('XHKG'),
    session: z.enum(['full', 'half']).describe('half days close at 12:00 HKT'),
    indices: z.array(indexRowSchema).max(100),
    stocks: z.array(stockRowSchema).max(10_000),
    sectors: z.array(sectorRowSchema).max(INDUSTRIES.length).optional().describe('Reported industry moves; computed from stocks when absent'),
  })
  .meta({
    $id: 'https://hk-market-recap.example/schema/session.schema.json',
    title: 'HK Market Recap session snapshot, v1',
  });

export type SessionFile = z.infer<typeof sessionFileSchema>;
export type IndexRow = z.infer<typeof indexRowSchema>;
export type StockRow = z.infer<typeof stockRowSchema>;
export type SectorRow = z.infer<typeof sectorRowSchema>;
export type CloseBasis = z.infer<typeof closeBasisSchema>;
