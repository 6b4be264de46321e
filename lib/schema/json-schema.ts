import { z } from 'zod';
import { sessionFileSchema } from '@/lib/schema/session';

export const SESSION_SCHEMA_PATH = 'data/schema/session.schema.json';

/**
 * The published JSON Schema of the session contract, generated from the zod schema (the single source).
 * Cross-field rules (an index needs prevClose or changePct; a stock needs changePct or close+prevClose;
 * changePct agrees with close/prevClose) cannot be expressed by zod's export and are documented in
 * the README; `npm run validate` enforces them.
 */
export function sessionJsonSchema(): string {
  const schema = z.toJSONSchema(sessionFileSchema, { target: 'draft-2020-12', io: 'input' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
