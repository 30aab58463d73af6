/**
 * Webhook inbox throughput (issue 4 item 7, issue 6 item 6): signed Cal.com deliveries per second that
 * calsync accepts durably (2xx only after the row and its processing job committed), with p50/p99
 * latency, beside the same server's throughput on a route that does no work (`GET /livez`, no
 * database), measured in the same run against the same `calsync serve` process.
 *
 * Load comes from `wrk` (C, one thread, a fixed number of keep-alive connections: a closed loop), so the
 * load generator costs little of the 2 shared cores; `bench/webhook/wrk-signed.lua` sends pre-signed
 * BOOKING_CREATED bodies, each with its own booking uid, so every request is a new delivery (no dedupe).
 * The deliveries' eventTypeId matches no service: they are stored and processed as unmatched
 * appointments (processing runs in the same process, as deployed, while the load runs).
 *
 * After each run the section checks the inbox: stored deliveries = requests sent (every 2xx, plus the
 * few still in flight when wrk stopped: their answers were never read) and ≥ 2xx answers; no non-2xx.
 * It waits for processing to drain before the next run so runs do not inherit a backlog.
 *
 * Knobs (environment): BENCH_WEBHOOK_SECONDS (10), BENCH_WEBHOOK_CONNECTIONS (32), BENCH_WEBHOOK_RUNS (3;
 * `--runs N` above 1 wins), BENCH_WEBHOOK_MAX_RATE (4000/s: bodies pre-signed per run = rate × seconds).
 */
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { countLoggedErrors, freshStore, startCalsync, type CalsyncProcess } from './lib/calsync.js';
import { progress, type BenchOptions } from './lib/options.js';
import { below, type Figure, type SectionResult } from './lib/section.js';
import { startBenchSim } from './lib/sim.js';
import { median, round, sleep } from './lib/stats.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const LUA = path.join(here, 'webhook/wrk-signed.lua');

interface WrkResult {
  durationUs: number;
  completed: number;
  sent: number;
  ok: number;
  non2xx: number;
  exhausted: number;
  connectErrors: number;
  readErrors: number;
  writeErrors: number;
  timeouts: number;
  p50Us: number;
  p90Us: number;
  p99Us: number;
  maxUs: number;
  meanUs: number;
}

interface Phase {
  perSec: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  wrk: WrkResult;
}

const envInt = (name: string, def: number) => {
  const v = process.env[name];
  if (v === undefined || v === '') return def;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number ≥ 1 (got ${v})`);
  return n;
};

/** A BOOKING_CREATED delivery shaped like Cal.com's (≈1.5 KB), with its own booking uid. */
function deliveryBody(n: number, runTag: string): string {
  const start = new Date(Date.UTC(2030, 0, 1, 9) + (n % 5000) * 30 * 60_000);
  const end = new Date(start.getTime() + 45 * 60_000);
  return JSON.stringify({
    triggerEvent: 'BOOKING_CREATED',
    createdAt: new Date(Date.UTC(2029, 11, 1) + n * 1000).toISOString(),
    payload: {
      type: 'haircut-45',
      title: 'Haircut 45 min between Bench Salon and Client ' + n,
      description: '',
      additionalNotes: 'Please call if late',
      customInputs: {},
      startTime: start.toISOString(),
      endTime: end.toISOString(),
      organizer: { id: 1, name: 'Bench Salon', email: 'salon@example.com', username: 'bench-salon', timeZone: 'Europe/Berlin', language: { locale: 'en' }, timeFormat: 'h:mma', utcOffset: 60 },
      responses: {
        name: { label: 'your_name', value: `Client ${n}` },
        email: { label: 'email_address', value: `client${n}@example.com` },
        location: { label: 'location', value: { optionValue: '', value: 'inPerson' } },
        notes: { label: 'additional_notes', value: 'Please call if late' },
        guests: { label: 'additional_guests', value: [] },
      },
      userFieldsResponses: {},
      attendees: [{ email: `client${n}@example.com`, name: `Client ${n}`, firstName: '', lastName: '', timeZone: 'Europe/Berlin', language: { locale: 'en' } }],
      location: 'Salon, Hauptstraße 1, Berlin',
      destinationCalendar: null,
      hideCalendarNotes: false,
      requiresConfirmation: false,
      eventTypeId: 990_000_001,
      seatsShowAttendees: true,
      seatsPerTimeSlot: null,
      seatsShowAvailabilityCount: true,
      schedulingType: null,
      iCalUID: `bench-${runTag}-${n}@Cal.com`,
      iCalSequence: 0,
      uid: `bench-${runTag}-${n}-${crypto.randomBytes(6).toString('hex')}`,
      conferenceData: null,
      appsStatus: [],
      eventTitle: 'Haircut 45 min',
      eventDescription: 'Wash, cut and style.',
      price: 0,
      currency: 'usd',
      length: 45,
      bookingId: 100_000 + n,
      metadata: {},
      status: 'ACCEPTED',
    },
  });
}

/** Writes `count` signed bodies spread over `threads` files `<prefix>.<i>`. */
function writeBodies(prefix: string, threads: number, count: number, secret: string, runTag: string) {
  const per = Math.ceil(count / threads);
  for (let t = 0; t < threads; t++) {
    const lines: string[] = [];
    for (let i = 0; i < per; i++) {
      const raw = deliveryBody(t * per + i, runTag);
      lines.push(crypto.createHmac('sha256', secret).update(raw).digest('hex') + ' ' + raw);
    }
    fs.writeFileSync(`${prefix}.${t}`, lines.join('\n') + '\n');
  }
}

async function runWrk(url: string, seconds: number, connections: number, threads: number, bodiesPrefix?: string): Promise<WrkResult> {
  const args = [`-t${threads}`, `-c${connections}`, `-d${seconds}s`, '--timeout', '10s', '-s', LUA, url];
  const env = { ...process.env };
  if (bodiesPrefix) env.BODIES = bodiesPrefix;
  else delete env.BODIES;
  const child = spawn('wrk', args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  const line = out.split('\n').find((l) => l.startsWith('WRK_JSON '));
  if (code !== 0 || !line) throw new Error(`wrk failed (${code}): ${err || out}`);
  const w = JSON.parse(line.slice('WRK_JSON '.length)) as WrkResult;
  // wrk calls request() once on thread 0 before the run to check the script: that body is never sent.
  w.sent -= 1;
  return w;
}

function phase(w: WrkResult): Phase {
  return {
    perSec: round(w.ok / (w.durationUs / 1e6), 0)!,
    p50Ms: round(w.p50Us / 1000, 1)!,
    p90Ms: round(w.p90Us / 1000, 1)!,
    p99Ms: round(w.p99Us / 1000, 1)!,
    maxMs: round(w.maxUs / 1000, 1)!,
    wrk: w,
  };
}

/** Deliveries in the inbox by status (from the API the settings page uses). */
async function inbox(cs: CalsyncProcess, companyId: string): Promise<Record<string, number>> {
  const r = await cs.api('GET', `/api/companies/${companyId}/webhook-status`);
  if (r.status !== 200) throw new Error(`webhook-status answered ${r.status}`);
  return r.body.deliveries as Record<string, number>;
}
const total = (d: Record<string, number>) => Object.values(d).reduce((a, b) => a + b, 0);

/** Waits until no delivery is left `received` (processing drained); returns the seconds it took. */
async function drain(cs: CalsyncProcess, companyId: string, capSeconds: number): Promise<{ seconds: number; left: number }> {
  const t = Date.now();
  for (;;) {
    const d = await inbox(cs, companyId);
    const left = d.received ?? 0;
    if (!left || Date.now() - t > capSeconds * 1000) return { seconds: round((Date.now() - t) / 1000, 1)!, left };
    await sleep(500);
  }
}

export async function runWebhookBench(opts: BenchOptions): Promise<SectionResult> {
  if (spawnSync('wrk', ['--version']).error) throw new Error('wrk is not installed (apt-get install -y wrk)');
  const seconds = envInt('BENCH_WEBHOOK_SECONDS', 10);
  const connections = envInt('BENCH_WEBHOOK_CONNECTIONS', 32);
  const runs = opts.runs > 1 ? opts.runs : envInt('BENCH_WEBHOOK_RUNS', 3);
  const maxRate = envInt('BENCH_WEBHOOK_MAX_RATE', 4000);
  const threads = 1;
  const bsim = await startBenchSim(100_000);
  const store = await freshStore('webhooks');
  let cs: CalsyncProcess | null = null;
  try {
    cs = await startCalsync(store, { CALCOM_API_URL: bsim.baseUrl, BOOKINGS_POLL_MINUTES: '0' }, 'webhooks');
    progress(`webhooks: calsync on ${store.kind}, data in ${store.dataDir}; ${runs} run(s) of ${seconds} s, ${connections} connections`);
    const company = await cs.api('POST', '/api/companies', { name: 'Bench Webhook Salon', calcomApiKey: `cal_bench_wh_${crypto.randomBytes(8).toString('hex')}` });
    if (company.status !== 201) throw new Error(`company create failed: ${company.status} ${JSON.stringify(company.body)}`);
    const companyId: string = company.body.id;
    const view = await cs.api('GET', `/api/companies/${companyId}`);
    const secret: string = view.body.webhookSecret;
    if (!secret) throw new Error('the company answer has no webhookSecret');
    const hookUrl = `${cs.url}/webhooks/calcom/${companyId}`;
    const liveUrl = `${cs.url}/livez`;
    const prefix = path.join(store.dataDir, 'bodies');

    // Warm-up: JIT, connection pools, the secret cache, pg-boss's queue cache. Not measured.
    progress('webhooks: warm-up');
    writeBodies(prefix, threads, Math.min(maxRate, 4000) * 2, secret, 'warm');
    await runWrk(liveUrl, 2, connections, threads);
    const warm = await runWrk(hookUrl, 2, connections, threads, prefix);
    let sentSoFar = warm.sent;
    let okSoFar = warm.ok;
    await drain(cs, companyId, 120);

    const perRun: { webhook: Phase; noWork: Phase; stored: number; sent: number; ok: number; drainSeconds: number; left: number; ratio: number }[] = [];
    const problems: string[] = [];
    for (let r = 1; r <= runs; r++) {
      writeBodies(prefix, threads, maxRate * seconds, secret, `r${r}`);
      progress(`webhooks: run ${r}/${runs}: GET /livez for ${seconds} s`);
      const noWork = phase(await runWrk(liveUrl, seconds, connections, threads));
      progress(`webhooks: run ${r}/${runs}: signed deliveries for ${seconds} s`);
      const w = await runWrk(hookUrl, seconds, connections, threads, prefix);
      const webhook = phase(w);
      sentSoFar += w.sent;
      okSoFar += w.ok;
      // The requests in flight when wrk stopped still finish: wait until the count stops moving.
      let stored = total(await inbox(cs, companyId));
      for (let i = 0; i < 20 && stored < sentSoFar; i++) {
        await sleep(500);
        stored = total(await inbox(cs, companyId));
      }
      const { seconds: drainSeconds, left } = await drain(cs, companyId, 300);
      const ratio = round(webhook.perSec / noWork.perSec, 3)!;
      perRun.push({ webhook, noWork, stored, sent: sentSoFar, ok: okSoFar, drainSeconds, left, ratio });
      progress(
        `webhooks: run ${r}: ${webhook.perSec}/s p50 ${webhook.p50Ms} ms p99 ${webhook.p99Ms} ms; /livez ${noWork.perSec}/s p99 ${noWork.p99Ms} ms; ratio ${ratio}; ` +
          `stored ${stored} / sent ${sentSoFar} / 2xx ${okSoFar}; processing drained in ${drainSeconds} s`,
      );
      if (w.non2xx) problems.push(`run ${r}: ${w.non2xx} non-2xx answers to signed deliveries`);
      if (w.exhausted) problems.push(`run ${r}: ran out of pre-signed bodies (${w.exhausted} duplicates sent); raise BENCH_WEBHOOK_MAX_RATE`);
      if (w.connectErrors + w.readErrors + w.writeErrors + w.timeouts) problems.push(`run ${r}: socket errors ${JSON.stringify({ c: w.connectErrors, r: w.readErrors, w: w.writeErrors, t: w.timeouts })}`);
      if (stored < okSoFar) problems.push(`run ${r}: LOST: ${okSoFar} deliveries acknowledged, ${stored} stored`);
      if (stored !== sentSoFar) problems.push(`run ${r}: stored ${stored} ≠ sent ${sentSoFar} (acknowledged ${okSoFar})`);
      if (left) problems.push(`run ${r}: ${left} deliveries still unprocessed after 300 s`);
    }
    const logged = countLoggedErrors(cs.logFile);
    if (logged.errors) problems.push(`calsync logged ${logged.errors} errors: ${logged.sample.join(' | ')}`);

    const med = (f: (p: (typeof perRun)[number]) => number) => median(perRun.map(f));
    const runsOf = (f: (p: (typeof perRun)[number]) => number) => (perRun.length > 1 ? perRun.map(f) : undefined);
    const db = store.kind === 'postgres' ? 'PostgreSQL' : 'PGlite';
    const fig = (key: string, label: string, f: (p: (typeof perRun)[number]) => number, unit?: string): Figure => ({ key, label, value: med(f), unit, runs: runsOf(f) });
    const perSec = fig('webhooksPerSec', `signed deliveries stored durably (2xx), ${db}`, (p) => p.webhook.perSec, '/s');
    const figures: Figure[] = [
      { ...perSec, target: '≥ 1000', ok: perSec.value !== null && perSec.value >= 1000 },
      fig('webhookP50Ms', 'delivery latency p50', (p) => p.webhook.p50Ms, 'ms'),
      below(fig('webhookP99Ms', 'delivery latency p99', (p) => p.webhook.p99Ms, 'ms'), 50),
      fig('noWorkPerSec', 'GET /livez (no work) in the same run', (p) => p.noWork.perSec, '/s'),
      fig('noWorkP99Ms', 'GET /livez latency p99', (p) => p.noWork.p99Ms, 'ms'),
      fig('webhookVsNoWorkRatio', 'deliveries/s ÷ no-work requests/s (same run)', (p) => p.ratio),
      { key: 'webhookStoredEqualsSent', label: 'stored deliveries = requests sent, none lost (all runs)', value: perRun.every((p) => p.stored === p.sent && p.stored >= p.ok) ? 1 : 0, target: '1', ok: perRun.every((p) => p.stored === p.sent && p.stored >= p.ok) },
      fig('webhookDrainSeconds', 'processing backlog drained after the run', (p) => p.drainSeconds, 's'),
    ];
    return {
      section: 'webhooks',
      title: `Webhook inbox: signed deliveries vs the no-work route (${db}, wrk ${connections} connections × ${seconds} s, ${runs} run(s), medians)`,
      figures,
      details: {
        database: store.kind,
        seconds,
        connections,
        runs: perRun.map((p) => ({ webhook: { ...p.webhook, wrk: undefined }, noWork: { ...p.noWork, wrk: undefined }, ratio: p.ratio, storedTotal: p.stored, sentTotal: p.sent, acknowledgedTotal: p.ok, drainSeconds: p.drainSeconds, wrk: p.webhook.wrk })),
        logFile: opts.keep ? cs.logFile : undefined,
      },
      notes: problems,
    };
  } finally {
    await cs?.stop();
    await bsim.close();
    await store.dispose(opts.keep);
  }
}
