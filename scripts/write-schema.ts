/** Regenerates data/schema/session.schema.json from the zod contract: `npm run schema`. */
import fs from 'node:fs';
import path from 'node:path';
import { SESSION_SCHEMA_PATH, sessionJsonSchema } from '@/lib/schema/json-schema';

const target = path.resolve(SESSION_SCHEMA_PATH);
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, sessionJsonSchema());
console.log(`wrote ${SESSION_SCHEMA_PATH}`);
