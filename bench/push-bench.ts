/**
 * Push benchmark (issue 2 item 9): outbound sync of one company's catalog to Cal.com under its rate limit.
 *
 * Phases, all over real HTTP (calsync's public API ↔ calsync ↔ the Cal.com simulator):
 *  1. Seed: one company (one API key), N services created through `POST /api/services`, waited for until
 *     every one is `synced` (N event-type creates). calsync runs with a HIGH Cal.com budget here, because
 *     seeding is set-up, not a measured figure.
 *  2. Latency (no rate pressure, same high-budget process): single edits on distinct services, spaced
 *     `--latency-gap-ms` apart; latency = the simulator's call-log `at` of the resulting PATCH minus the
 *     moment the benchmark sent the edit (same machine clock; the simulator runs in this process).
 *  3. Burst: calsync restarted on the same database with `CALCOM_RATE_PER_MINUTE = --rate` and the
 *     simulator's per-key limit set to `--sim-rate`; `--edits` edits per service through
 *     `PATCH /api/services/:id` with `--concurrency` clients. Measured: PATCHes per changed service (call
 *     log), convergence = first edit → the last `lastCalcomSync` once every service is `synced`, checked
 *     field by field against the simulator's event types, and 429s (`/_sim/stats`).
 * `--runs N` repeats phases 2 and 3 (restarting calsync between them) and reports medians.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { calcomValues, ownedFields, platformValues, sameValue, type PlatformSyncSource } from '../src/domain/sync-fields.js';
import { countLoggedErrors, freshStore, startCalsync, type CalsyncProcess } from './lib/calsync.js';
import type { BenchOptions } from './lib/options.js';
import { progress } from './lib/options.js';
import { atMost, below, type Figure, type SectionResult } from './lib/section.js';
import { startBenchSim, type BenchSim } from './lib/sim.js';
import { median, percentile, pool, round, sleep } from './lib/stats.js';

/** calsync's budget and the simulator's limit while seeding and measuring latency: far above anything calsync sends. */
const HIGH_BUDGET_PER_MINUTE = 60_000;
const HIGH_SIM_PER_MINUTE = 1_000_000;
/**
 * Worker concurrency of the SEEDING process only. pg-boss lets an idle worker poll once a second, so a
 * process pushes at most WORKER_CONCURRENCY jobs/s once no edit wakes it (see the notes in
 * docs/BENCHMARKS.md); seeding is set-up, so it runs with more workers. Measured phases use calsync's
 * configured WORKER_CONCURRENCY (default 4).
 */
const SEED_WORKER_CONCURRENCY = 32;
/** The rate limiter's default burst tolerance (src/calcom/rate-limiter.ts: 10 % of the 60 s period). */
const LIMITER_BURST_MS = 6_000;

const PATCH_PATH = /^\/v2\/event-types\/(\d+)$/;

interface ServiceRow extends PlatformSyncSource {
  id: string;
  calcomEventTypeId: number | null;
  syncStatus: string;
  lastCalcomSync: string | null;
  version: number;
}

interface BurstRun {
  edits: number;
  editFailures: number;
  editBurstMs: number;
  editApiP50Ms: number | null;
  editApiP99Ms: number | null;
  patches: number;
  calcomCalls: number;
  /** Cal.com calls other than the event-type PATCHes, by method and path (e.g. the bookings poll). */
  otherCalls: Record<string, number>;
  servicesPatched: number;
  maxPatchesOneService: number;
  /** Services with more than one PATCH, by their position in the edit order (tenths of the catalog). */
  extraPatchesByDecile: number[];
  /** Outcomes of the pushes calsync ran during the burst (from its log). */
  pushOutcomes: Record<string, number>;
  convergenceMs: number | null;
  firstPatchToLastPatchMs: number | null;
  rateFloorMs: number;
  limiterBoundMs: number;
  patchesPerChangedService: number;
  convergenceVsRateFloor: number | null;
  convergenceVsLimiterBound: number | null;
  mismatches: number;
  notSynced: Record<string, number>;
  throttled429: number;
  maxAcceptedPer60s: number;
}

interface LatencyRun {
  samples: number;
  missing: number;
  p50Ms: number | null;
  p99Ms: number | null;
  maxMs: number | null;
  /** The five slowest samples: seconds since the phase began, and the latency. */
  slowest: { atS: number; ms: number }[];
}

export async function runPushBench(opts: BenchOptions): Promise<SectionResult> {
  const N = opts.services;
  const sim = await startBenchSim(HIGH_SIM_PER_MINUTE);
  const store = await freshStore('push');
  const highEnv = { CALCOM_API_URL: sim.baseUrl, CALCOM_RATE_PER_MINUTE: String(HIGH_BUDGET_PER_MINUTE) };
  const seedEnv = { ...highEnv, WORKER_CONCURRENCY: String(Math.max(SEED_WORKER_CONCURRENCY, Number(process.env.WORKER_CONCURRENCY ?? 0))) };
  const burstEnv = { CALCOM_API_URL: sim.baseUrl, CALCOM_RATE_PER_MINUTE: String(opts.rate) };
  let cs: CalsyncProcess | null = null;
  const logFiles: string[] = [];
  const start = async (env: Record<string, string>, label: string) => {
    const p = await startCalsync(store, env, label);
    logFiles.push(p.logFile);
    return p;
  };
  try {
    progress(`push: calsync on ${store.kind}, data in ${store.dataDir}`);
    cs = await start(seedEnv, 'calsync-seed');

    // ---- 1. seed ------------------------------------------------------------------------------
    const apiKey = `cal_bench_${crypto.randomBytes(8).toString('hex')}`;
    const company = await cs.api('POST', '/api/companies', { name: 'Bench Salon Chain', calcomApiKey: apiKey });
    if (company.status !== 201 || !company.body.calcom?.connected) throw new Error(`company create failed: ${company.status} ${JSON.stringify(company.body)}`);
    const companyId: string = company.body.id;
    const username: string = company.body.calcom.username;
    progress(`push: seeding ${N} services through the API (budget ${HIGH_BUDGET_PER_MINUTE}/min)`);
    const seedStart = Date.now();
    const api = cs.api;
    const ids = await pool(
      Array.from({ length: N }, (_, i) => i),
      opts.concurrency,
      async (i) => {
        const r = await api('POST', '/api/services', { companyId, name: `Bench service ${i + 1}`, durationMinutes: 30, description: 'seeded' });
        if (r.status !== 201) throw new Error(`seed: POST /api/services answered ${r.status} ${JSON.stringify(r.body)}`);
        return r.body.id as string;
      },
    );
    await waitAllSynced(cs, companyId, N, 30_000 + N * 200);
    const seedMs = Date.now() - seedStart;
    const seedPhase = await sim.endPhase();
    progress(`push: seeded in ${(seedMs / 1000).toFixed(1)} s (${seedPhase.calls} Cal.com calls)`);
    await cs.stop();
    cs = null;

    const latencyRuns: LatencyRun[] = [];
    const burstRuns: BurstRun[] = [];
    for (let run = 0; run < opts.runs; run++) {
      // ---- 2. latency without rate pressure ----------------------------------------------------
      cs = await start(highEnv, `calsync-latency-${run + 1}`);
      await sim.setRate(HIGH_SIM_PER_MINUTE);
      const lat = await latencyPhase(cs, sim, ids, opts, run);
      latencyRuns.push(lat);
      await waitAllSynced(cs, companyId, N, 60_000);
      await sim.endPhase();
      progress(`push: run ${run + 1}: edit-to-Cal.com p50 ${lat.p50Ms} ms, p99 ${lat.p99Ms} ms (${lat.samples} edits)`);
      await cs.stop();
      cs = null;

      // ---- 3. burst under the rate limit -------------------------------------------------------
      await sim.setRate(opts.simRate);
      cs = await start(burstEnv, `calsync-burst-${run + 1}`);
      await sleep(2_000); // let the fresh process finish its start-up work before the clock starts
      progress(`push: run ${run + 1}: burst of ${N * opts.edits} edits (${opts.order}), budget ${opts.rate}/min, simulator ${opts.simRate}/min`);
      const b = await burstPhase(cs, sim, { companyId, username, ids }, opts, run);
      burstRuns.push(b);
      progress(
        `push: run ${run + 1}: ${b.patches} PATCHes for ${N} services (${round(b.patchesPerChangedService, 3)} each), ` +
          `converged in ${fmtS(b.convergenceMs)} vs floor ${fmtS(b.rateFloorMs)} (×${round(b.convergenceVsRateFloor, 3)}), ` +
          `edit burst ${fmtS(b.editBurstMs)}, 429s ${b.throttled429}, mismatches ${b.mismatches}`,
      );
      await cs.stop();
      cs = null;
    }

    const throttled429 = await sim.total429();
    const logged = logFiles.map(countLoggedErrors).reduce((a, b) => ({ errors: a.errors + b.errors, sample: [...a.sample, ...b.sample].slice(0, 3) }), { errors: 0, sample: [] as string[] });
    return summarize(opts, { seedMs, seedPhase, latencyRuns, burstRuns, throttled429, logged, store: store.kind });
  } finally {
    await cs?.stop().catch(() => {});
    await sim.close().catch(() => {});
    await store.dispose(opts.keep).catch(() => {});
    if (opts.keep) progress(`push: kept ${store.dataDir}`);
  }
}

/**
 * Single edits on distinct services, one at a time: each edit is sent, its PATCH awaited in the call log,
 * then `--latency-gap-ms` of quiet. Latency = the PATCH's arrival at the simulator (`at`) − the moment the
 * edit was sent (same machine clock), so the polling here does not enter the figure. A few warm-up edits
 * first (the process has just started), not counted.
 */
async function latencyPhase(cs: CalsyncProcess, sim: BenchSim, ids: string[], opts: BenchOptions, run: number): Promise<LatencyRun> {
  const WARMUP = 5;
  const n = Math.min(opts.latencyEdits, ids.length - WARMUP);
  let seq = (await sim.stats()).lastSeq;
  const samples: { sentAt: number; ms: number }[] = [];
  let missing = 0;
  for (let i = 0; i < n + WARMUP; i++) {
    const id = ids[(run * (n + WARMUP) + i) % ids.length];
    const token = `latency ${run + 1}.${i + 1} ${crypto.randomBytes(4).toString('hex')}`;
    const sentAt = Date.now();
    const r = await cs.api('PATCH', `/api/services/${id}`, { description: token });
    if (r.status !== 200) throw new Error(`latency: PATCH /api/services answered ${r.status} ${JSON.stringify(r.body)}`);
    let arrivedAt: number | null = null;
    for (const until = Date.now() + 10_000; arrivedAt === null && Date.now() < until; ) {
      for (const c of await sim.calls(seq)) {
        seq = Math.max(seq, c.seq);
        if (c.method === 'PATCH' && (c.body as { description?: unknown } | null)?.description === token) arrivedAt = Date.parse(c.at);
      }
      if (arrivedAt === null) await sleep(5);
    }
    if (i >= WARMUP) {
      if (arrivedAt === null) missing++;
      else samples.push({ sentAt, ms: arrivedAt - sentAt });
    }
    await sleep(opts.latencyGapMs);
  }
  const lat = samples.map((x) => x.ms);
  const began = samples[0]?.sentAt ?? 0;
  const slowest = [...samples]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5)
    .map((x) => ({ atS: round((x.sentAt - began) / 1000, 1)!, ms: x.ms }));
  return { samples: lat.length, missing, p50Ms: percentile(lat, 50), p99Ms: percentile(lat, 99), maxMs: percentile(lat, 100), slowest };
}

async function burstPhase(
  cs: CalsyncProcess,
  sim: BenchSim,
  c: { companyId: string; username: string; ids: string[] },
  opts: BenchOptions,
  run: number,
): Promise<BurstRun> {
  const N = c.ids.length;
  const E = opts.edits;
  await sim.endPhase(); // calls of the start-up (none expected) are not the burst's
  const mark = (await sim.stats()).lastSeq;
  // grouped: s1e1…s1eE, s2e1…; interleaved: s1e1, s2e1, …, s1e2, …
  const work: { s: number; k: number }[] = [];
  if (opts.order === 'grouped') for (let s = 0; s < N; s++) for (let k = 0; k < E; k++) work.push({ s, k });
  else for (let k = 0; k < E; k++) for (let s = 0; s < N; s++) work.push({ s, k });

  const apiMs: number[] = [];
  let failures = 0;
  const t0 = Date.now();
  await pool(work, opts.concurrency, async ({ s, k }) => {
    const t = performance.now();
    const r = await cs.api('PATCH', `/api/services/${c.ids[s]}`, {
      description: `run ${run + 1}, edit ${k + 1} of ${E} (service ${s + 1})`,
      durationMinutes: 31 + ((run * E + k) % 120),
    });
    apiMs.push(performance.now() - t);
    if (r.status !== 200) failures++;
  });
  const editBurstMs = Date.now() - t0;
  progress(`push: run ${run + 1}: edit burst sent in ${(editBurstMs / 1000).toFixed(1)} s; waiting for convergence`);

  const rateFloorEstimateMs = (N / (opts.rate / 60)) * 1000;
  const converged = await waitAllSynced(cs, c.companyId, N, Math.max(120_000, 4 * rateFloorEstimateMs + editBurstMs)).catch((e: Error) => {
    progress(`push: ${e.message}`);
    return false;
  });

  // Figures from the call log and the services themselves.
  const services = await listAll(cs, c.companyId);
  const notSynced: Record<string, number> = {};
  for (const s of services) if (s.syncStatus !== 'synced') notSynced[s.syncStatus] = (notSynced[s.syncStatus] ?? 0) + 1;
  const lastSync = Math.max(...services.map((s) => (s.lastCalcomSync ? Date.parse(s.lastCalcomSync) : 0)));
  const eventTypes = new Map<number, Record<string, unknown>>(
    ((await sim.api('GET', `/_sim/event-types?username=${encodeURIComponent(c.username)}`)).body.data as any[]).map((et) => [et.id, et]),
  );
  let mismatches = 0;
  for (const s of services) {
    const et = s.calcomEventTypeId != null ? eventTypes.get(s.calcomEventTypeId) : undefined;
    if (!et) {
      mismatches++;
      continue;
    }
    const want = platformValues(s);
    const have = calcomValues(et);
    if (ownedFields(want).some((f) => !sameValue(want[f], have[f]))) mismatches++;
  }

  const calls = await sim.calls(mark);
  const patches = calls.filter((x) => x.method === 'PATCH' && PATCH_PATH.test(x.path));
  const perService = new Map<string, number>();
  for (const p of patches) perService.set(p.path, (perService.get(p.path) ?? 0) + 1);
  const position = new Map(c.ids.map((id, i) => [id, i]));
  const extraPatchesByDecile = Array.from({ length: 10 }, () => 0);
  for (const s of services) {
    const n = perService.get(`/v2/event-types/${s.calcomEventTypeId}`) ?? 0;
    if (n > 1) extraPatchesByDecile[Math.floor((10 * (position.get(s.id) ?? 0)) / N)] += n - 1;
  }
  const phase = await sim.endPhase();

  const allowedPerSecond = opts.rate / 60;
  const rateFloorMs = (patches.length / allowedPerSecond) * 1000;
  // What the GCRA itself allows: its burst (tau/T + 1 at once), then one request per T = (60 s + tau)/rate.
  const T = (60_000 + LIMITER_BURST_MS) / opts.rate;
  const limiterBoundMs = Math.max(0, patches.length - (Math.floor(LIMITER_BURST_MS / T) + 1)) * T;
  const convergenceMs = converged && mismatches === 0 ? lastSync - t0 : null;
  const patchTimes = patches.map((p) => Date.parse(p.at));
  return {
    edits: work.length,
    editFailures: failures,
    editBurstMs,
    editApiP50Ms: round(percentile(apiMs, 50), 1),
    editApiP99Ms: round(percentile(apiMs, 99), 1),
    patches: patches.length,
    calcomCalls: calls.length,
    otherCalls: calls
      .filter((x) => !(x.method === 'PATCH' && PATCH_PATH.test(x.path)))
      .map((x) => `${x.method} ${x.path.replace(/\/\d+(?=\/|$)/g, '/:id')}`)
      .reduce<Record<string, number>>((o, k) => ({ ...o, [k]: (o[k] ?? 0) + 1 }), {}),
    servicesPatched: perService.size,
    maxPatchesOneService: Math.max(0, ...perService.values()),
    extraPatchesByDecile,
    pushOutcomes: pushOutcomes(cs.logFile),
    convergenceMs,
    firstPatchToLastPatchMs: patchTimes.length ? Math.max(...patchTimes) - Math.min(...patchTimes) : null,
    rateFloorMs,
    limiterBoundMs,
    patchesPerChangedService: patches.length / N,
    convergenceVsRateFloor: convergenceMs === null ? null : convergenceMs / rateFloorMs,
    convergenceVsLimiterBound: convergenceMs === null || limiterBoundMs === 0 ? null : convergenceMs / limiterBoundMs,
    mismatches,
    notSynced,
    throttled429: phase.throttled429,
    maxAcceptedPer60s: phase.maxAcceptedPerWindow,
  };
}

/** Counts calsync's `push` log lines by outcome (synced, superseded, deferred, skipped, …). */
function pushOutcomes(logFile: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const line of fs.readFileSync(logFile, 'utf8').split('\n')) {
    if (!line.includes('"msg":"push"')) continue;
    try {
      const o = JSON.parse(line).outcome as string;
      out[o] = (out[o] ?? 0) + 1;
    } catch {
      /* partial line */
    }
  }
  return out;
}

/** Waits until `n` services of the company are `synced`; fails early when one ends in `error`. */
async function waitAllSynced(cs: CalsyncProcess, companyId: string, n: number, timeoutMs: number): Promise<true> {
  const until = Date.now() + timeoutMs;
  let lastReport = Date.now();
  for (;;) {
    const synced = await countStatus(cs, companyId, 'synced');
    if (synced >= n) return true;
    const errors = await countStatus(cs, companyId, 'error');
    if (errors > 0) throw new Error(`${errors} services ended in error (see calsync's log)`);
    if (Date.now() > until) throw new Error(`timed out: ${synced} of ${n} services synced after ${Math.round(timeoutMs / 1000)} s`);
    if (Date.now() - lastReport > 15_000) {
      progress(`push: ${synced} of ${n} synced`);
      lastReport = Date.now();
    }
    await sleep(500);
  }
}

async function countStatus(cs: CalsyncProcess, companyId: string, status: string): Promise<number> {
  const r = await cs.api('GET', `/api/services?companyId=${companyId}&syncStatus=${status}&limit=1`);
  if (r.status !== 200) throw new Error(`GET /api/services answered ${r.status}`);
  return r.body.total as number;
}

async function listAll(cs: CalsyncProcess, companyId: string): Promise<ServiceRow[]> {
  const out: ServiceRow[] = [];
  for (let offset = 0; ; offset += 500) {
    const r = await cs.api('GET', `/api/services?companyId=${companyId}&limit=500&offset=${offset}&sort=name`);
    out.push(...(r.body.data as ServiceRow[]));
    if (out.length >= r.body.total || !r.body.data.length) return out;
  }
}

const fmtS = (ms: number | null) => (ms === null ? 'n/a' : `${(ms / 1000).toFixed(1)} s`);

function summarize(
  opts: BenchOptions,
  r: {
    seedMs: number;
    seedPhase: { calls: number; throttled429: number };
    latencyRuns: LatencyRun[];
    burstRuns: BurstRun[];
    throttled429: number;
    logged: { errors: number; sample: string[] };
    store: string;
  },
): SectionResult {
  const B = r.burstRuns;
  const L = r.latencyRuns;
  const med = (xs: (number | null)[]) => median(xs.filter((x): x is number => x !== null));
  const fig = (key: string, label: string, xs: (number | null)[], unit: string | undefined, digits: number): Omit<Figure, 'target' | 'ok'> => ({
    key,
    label,
    value: round(med(xs), digits),
    unit,
    ...(xs.length > 1 ? { runs: xs.map((x) => round(x, digits)) } : {}),
  });
  const figures: Figure[] = [
    atMost(fig('patchesPerChangedService', 'PATCHes per changed service', B.map((b) => b.patchesPerChangedService), undefined, 3), 1.05),
    atMost(fig('convergenceVsRateFloor', 'Convergence ÷ rate-limit floor', B.map((b) => b.convergenceVsRateFloor), undefined, 3), 1.2, '≤ 1.2'),
    { key: 'throttled429', label: '429s received (all phases)', value: r.throttled429, target: '0', ok: r.throttled429 === 0 },
    below(fig('editToCalcomP50Ms', 'Edit → Cal.com p50 (no rate pressure)', L.map((l) => l.p50Ms), 'ms', 0), 300, '< 300 ms'),
    fig('editToCalcomP99Ms', 'Edit → Cal.com p99 (no rate pressure)', L.map((l) => l.p99Ms), 'ms', 0),
    fig('pushConvergenceSeconds', 'Convergence, first edit → all synced', B.map((b) => (b.convergenceMs === null ? null : b.convergenceMs / 1000)), 's', 1),
    fig('pushRateFloorSeconds', 'Rate-limit floor (PATCHes ÷ budget/s)', B.map((b) => b.rateFloorMs / 1000), 's', 1),
    fig('pushLimiterBoundSeconds', 'Limiter-bound time (GCRA burst + sustained rate)', B.map((b) => b.limiterBoundMs / 1000), 's', 1),
    fig('pushEditBurstSeconds', 'Edit burst duration (all edits answered)', B.map((b) => b.editBurstMs / 1000), 's', 1),
    fig('pushEditApiP50Ms', 'PATCH /api/services p50 during the burst', B.map((b) => b.editApiP50Ms), 'ms', 1),
    fig('pushEditApiP99Ms', 'PATCH /api/services p99 during the burst', B.map((b) => b.editApiP99Ms), 'ms', 1),
    fig('pushMaxCallsPer60s', `Most Cal.com calls in any 60 s (budget ${opts.rate}, simulator ${opts.simRate})`, B.map((b) => b.maxAcceptedPer60s), undefined, 0),
    {
      ...fig('pushMismatchedServices', 'Services not matching Cal.com at the end', B.map((b) => b.mismatches), undefined, 0),
      target: '0',
      ok: B.every((b) => b.mismatches === 0),
    },
  ];
  const notes: string[] = [];
  const failedEdits = B.reduce((n, b) => n + b.editFailures, 0);
  if (failedEdits) notes.push(`${failedEdits} edits were refused by the API (not 200).`);
  if (r.logged.errors) notes.push(`calsync logged ${r.logged.errors} errors, e.g. ${r.logged.sample.join(' | ')}`);
  for (const [i, b] of B.entries()) if (Object.keys(b.notSynced).length) notes.push(`run ${i + 1}: not synced at the end: ${JSON.stringify(b.notSynced)}`);
  // Rate-limited means a backlog until the end: then convergence ≈ the limiter-bound time.
  const burstShare = med(B.map((b) => b.editBurstMs / b.rateFloorMs));
  if (burstShare !== null && burstShare > 0.8)
    notes.push(
      `The edit burst took ${Math.round(burstShare * 100)} % of the rate-limit floor: the edits, not the rate limit, (nearly) set the pace, ` +
        `so services get pushed while still being edited and the ratios are not the rate-limited ones. Lower --rate.`,
    );
  const workers = Number(process.env.WORKER_CONCURRENCY ?? 4);
  if (opts.rate > workers * 60)
    notes.push(
      `--rate ${opts.rate}/min is above ${workers * 60}/min = WORKER_CONCURRENCY (${workers}) × 60: an idle pg-boss worker polls once a ` +
        `second, so once no edit wakes the workers one process pushes at most ~${workers} services/s and cannot use its budget.`,
    );
  const missing = L.reduce((n, l) => n + l.missing, 0);
  if (missing) notes.push(`${missing} latency edits never reached the simulator within 10 s.`);
  return {
    section: 'push',
    title: `Push: ${opts.services} services on one API key, ${opts.edits} edits each (${opts.order}); budget ${opts.rate}/min, simulator ${opts.simRate}/min`,
    figures,
    notes,
    details: {
      settings: {
        services: opts.services,
        edits: opts.edits,
        order: opts.order,
        ratePerMinute: opts.rate,
        simulatorRatePerMinute: opts.simRate,
        clientConcurrency: opts.concurrency,
        latencyEdits: opts.latencyEdits,
        latencyGapMs: opts.latencyGapMs,
        runs: opts.runs,
        database: r.store,
        workerConcurrency: Number(process.env.WORKER_CONCURRENCY ?? 4),
        seedBudgetPerMinute: HIGH_BUDGET_PER_MINUTE,
        seedWorkerConcurrency: SEED_WORKER_CONCURRENCY,
        latencyBudgetPerMinute: HIGH_BUDGET_PER_MINUTE,
      },
      seed: { seconds: round(r.seedMs / 1000, 1), calcomCalls: r.seedPhase.calls },
      latencyRuns: L,
      burstRuns: B.map((b) => ({
        ...b,
        patchesPerChangedService: round(b.patchesPerChangedService, 4),
        convergenceVsRateFloor: round(b.convergenceVsRateFloor, 4),
        convergenceVsLimiterBound: round(b.convergenceVsLimiterBound, 4),
      })),
    },
  };
}
