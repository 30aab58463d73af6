import { parseArgs } from 'node:util';

/** Command-line options of `npm run bench`, shared by every section (a section ignores what it does not use). */
export interface BenchOptions {
  json: boolean;
  /** Sections to run (empty: all that exist). */
  only: string[];
  /** Services on the one API key (push section). */
  services: number;
  /** Edits per service in the burst. */
  edits: number;
  /** calsync's Cal.com budget per minute during the burst (CALCOM_RATE_PER_MINUTE). */
  rate: number;
  /** The simulator's per-key limit during the burst; default rate × 1.25. */
  simRate: number;
  /** Client concurrency of the edit burst and of seeding. */
  concurrency: number;
  /** Spaced single edits for the no-pressure latency figure. */
  latencyEdits: number;
  /** Quiet milliseconds after one latency edit has reached Cal.com and before the next is sent. */
  latencyGapMs: number;
  /** Repetitions of each measured phase; the table shows medians. */
  runs: number;
  /** Edit order in the burst: `grouped` (a service's edits back to back) or `interleaved` (round-robin over services). */
  order: 'grouped' | 'interleaved';
  /** Keep the temporary data directory and calsync's log. */
  keep: boolean;
  /** The exact command line, for the report. */
  command: string;
}

/** calsync's Cal.com budget during the burst; the simulator gets 25 % more. */
export const DEFAULT_RATE = 200;

const HELP = `npm run bench -- [options]

  --json               print one JSON object with every figure (progress goes to stderr)
  --only a,b           run only these sections (push, webhooks, reconcile, list)
  --services N         services on one API key (default 1000)
  --edits N            edits per service in the burst (default 10)
  --rate N             calsync's Cal.com budget per minute during the burst (default 200; see below)
  --sim-rate N         the simulator's per-key limit during the burst (default rate × 1.25)
  --concurrency N      client concurrency of the burst and the seeding (default 16)
  --latency-edits N    single edits, one at a time, for edit-to-Cal.com latency (default 200)
  --latency-gap-ms N   quiet time after a latency edit reached Cal.com (default 100)
  --runs N             repeat the measured phases N times and report medians (default 1)
  --order grouped|interleaved
                       burst order: each service's edits back to back (default), or round-robin
  --keep               keep the temporary data directory (calsync's log is in it)

Why --rate 200 by default: the burst must be limited by the rate limit, not by how fast calsync takes
the edits (on 2 shared cores and PGlite, ~40–65 edits/s, so 10,000 edits take ~3 min); at 200/min the
floor for 1,000 PATCHes is 5 min. Above WORKER_CONCURRENCY × 60/min (240 by default) one calsync
process cannot spend its budget (pg-boss polls once a second per idle worker).

Use \`npm run -s bench -- --json\` (npm's -s) when piping: otherwise npm prints its own banner on stdout.

Environment: DATABASE_URL=postgres://… runs calsync on that PostgreSQL server, in a fresh database
that the benchmark creates and drops; unset → PGlite in a temporary directory. calsync's tuning knobs
(WORKER_CONCURRENCY, …) are passed through to the calsync process.
`;

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      json: { type: 'boolean', default: false },
      only: { type: 'string', multiple: true },
      services: { type: 'string' },
      edits: { type: 'string' },
      rate: { type: 'string' },
      'sim-rate': { type: 'string' },
      concurrency: { type: 'string' },
      'latency-edits': { type: 'string' },
      'latency-gap-ms': { type: 'string' },
      runs: { type: 'string' },
      order: { type: 'string' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: false,
  });
  if (values.help) {
    process.stdout.write(HELP);
    process.exit(0);
  }
  const int = (name: string, v: string | undefined, def: number, min = 1) => {
    if (v === undefined) return def;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number ≥ ${min} (got ${v})`);
    return n;
  };
  const rate = int('rate', values.rate, DEFAULT_RATE);
  const order = values.order ?? 'grouped';
  if (order !== 'grouped' && order !== 'interleaved') throw new Error('--order must be grouped or interleaved');
  return {
    json: !!values.json,
    only: (values.only ?? []).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean),
    services: int('services', values.services, 1000),
    edits: int('edits', values.edits, 10),
    rate,
    simRate: int('sim-rate', values['sim-rate'], Math.ceil(rate * 1.25)),
    concurrency: int('concurrency', values.concurrency, 16),
    latencyEdits: int('latency-edits', values['latency-edits'], 200, 0),
    latencyGapMs: int('latency-gap-ms', values['latency-gap-ms'], 100, 0),
    runs: int('runs', values.runs, 1),
    order,
    keep: !!values.keep,
    command: ['npm run bench', ...(argv.length ? ['--', ...argv] : [])].join(' '),
  };
}

/** Progress lines go to stderr so that `--json` leaves stdout to the one JSON object. */
export function progress(msg: string) {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
}
