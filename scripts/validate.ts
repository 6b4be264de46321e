/**
 * `npm run validate [paths…]`: checks every session file in data/sessions (or the files and folders
 * given) against the contract. One line per problem; exits 1 when any file has an error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseCalendarCsv } from '@/lib/calendar';
import { parseNamesCsv } from '@/lib/names';
import { formatProblem, validateSession } from '@/lib/session/validate';

const SESSION_FILE = /^(\d{4}-\d{2}-\d{2})\.json$/;

function collect(target: string): string[] {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return [target];
  return fs
    .readdirSync(target)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => path.join(target, name));
}

const args = process.argv.slice(2);
const dataDir = path.resolve(process.env.DATA_DIR ?? 'data');
const targets = args.length > 0 ? args : [path.join(dataDir, 'sessions')];
const calendarFile = path.join(dataDir, 'hkex-calendar.csv');
const calendar = fs.existsSync(calendarFile) ? parseCalendarCsv(fs.readFileSync(calendarFile, 'utf8'), calendarFile) : undefined;

let files: string[] = [];
let errors = 0;
let warnings = 0;
for (const target of targets) {
  try {
    files = files.concat(collect(target));
  } catch (err) {
    console.log(`${target}: (file): ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (err as Error).message}`);
    errors++;
  }
}
const sessionCodes = new Map<string, string>();
for (const file of files) {
  const shown = path.relative(process.cwd(), file) || file;
  const expectedDate = SESSION_FILE.exec(path.basename(file))?.[1];
  const result = validateSession(fs.readFileSync(file), shown, { calendar, expectedDate });
  if (!expectedDate) {
    console.log(`${shown}: (file): warning: file name is not YYYY-MM-DD.json; the app will not list it`);
    warnings++;
  }
  if (result.ok) for (const s of result.data.stocks) if (!sessionCodes.has(s.code)) sessionCodes.set(s.code, shown);
  if (!result.ok) {
    for (const p of result.errors) console.log(formatProblem(p));
    errors += result.errors.length;
  }
  for (const p of result.warnings) console.log(`${p.file}: ${p.path}: warning: ${p.message}`);
  warnings += result.warnings.length;
}
// data/names.csv: parses, codes are 5 digits and unique, every display name non-empty; a session code it
// does not list is a warning (its name is then derived from the HKEX short name).
const namesFile = path.join(dataDir, 'names.csv');
const namesShown = path.relative(process.cwd(), namesFile) || namesFile;
if (!fs.existsSync(namesFile)) {
  console.log(`${namesShown}: (file): warning: missing; display names will be derived from HKEX short names`);
  warnings++;
} else {
  const names = parseNamesCsv(fs.readFileSync(namesFile, 'utf8'), namesShown);
  for (const p of names.problems) console.log(`${p.file}: ${p.path}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`);
  errors += names.problems.filter((p) => p.severity === 'error').length;
  warnings += names.problems.filter((p) => p.severity === 'warning').length;
  if (names.ok) {
    for (const [code, file] of sessionCodes) {
      if (names.book.get(code)) continue;
      console.log(`${namesShown}: code ${code}: warning: not listed (seen first in ${file}); add a readable name`);
      warnings++;
    }
  }
}
console.log(`${files.length} files checked: ${errors} errors, ${warnings} warnings`);
process.exitCode = errors > 0 ? 1 : 0;
