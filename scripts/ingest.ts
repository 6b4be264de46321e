/**
 * `npm run ingest -- --securities S.csv --bars B.csv --indices I.csv [options]`: builds session snapshots
 * from vendor CSVs (the formats of ../shared/data/hk). The work is in lib/ingest/; this parses arguments
 * and prints the report.
 */
import { parseArgs } from 'node:util';
import { runIngest } from '@/lib/ingest/run';
import { isRealIsoDate } from '@/lib/schema/session';

const USAGE = `Usage: npm run ingest -- --securities S.csv --bars B.csv --indices I.csv [options]

Builds data/sessions/YYYY-MM-DD.json snapshots from vendor CSVs:
  --securities FILE  code,name_en,name_zh,industry,isin,hsi_constituent
  --bars FILE        date,code,close,volume,close_basis
  --indices FILE     date,index,close

Options:
  --calendar FILE    date,weekday,status,note: refuse non-trading days, mark half days
  --actions FILE     date,code,factor: on that date the stock's previous close is divided by factor
  --from YYYY-MM-DD  first session to build (default: first date in the bars)
  --to YYYY-MM-DD    last session to build (default: last date in the bars)
  --out DIR          where to write (default: data/sessions)
  --force            replace existing session files
  --help             show this text

Exit code: 0 when every built session was valid, 1 on an invalid session or bad input, 2 on bad arguments.`;

function fail(message: string): never {
  console.error(`ingest: ${message}\n\n${USAGE}`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: {
      securities: { type: 'string' },
      bars: { type: 'string' },
      indices: { type: 'string' },
      calendar: { type: 'string' },
      actions: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      out: { type: 'string', default: 'data/sessions' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  }).values;
} catch (err) {
  fail((err as Error).message);
}

if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

const { securities, bars, indices, from, to } = args;
if (!securities || !bars || !indices) {
  fail(`missing ${[!securities && '--securities', !bars && '--bars', !indices && '--indices'].filter(Boolean).join(', ')}`);
}
for (const [flag, value] of [['--from', from], ['--to', to]] as const) {
  if (value !== undefined && !isRealIsoDate(value)) fail(`${flag} ${JSON.stringify(value)} is not a real date written YYYY-MM-DD`);
}
if (from !== undefined && to !== undefined && from > to) fail(`--from ${from} is after --to ${to}`);

try {
  const report = runIngest({ securities, bars, indices, calendar: args.calendar, actions: args.actions, from, to, out: args.out, force: args.force });
  for (const line of report.lines) console.log(line);
  process.exitCode = report.exitCode;
} catch (err) {
  console.error(`ingest: ${(err as Error).message}`);
  process.exitCode = 1;
}
