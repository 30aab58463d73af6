/**
 * `npm run soak`: the chaos soak (issue 6 item 1). Bounded in count and time, stops by itself, exits 1
 * on any breach. See docs/BENCHMARKS.md ("Chaos soak") for what it does and its figures.
 *
 *   npm run soak -- [--services 1000] [--companies 10] [--edits 10000] [--kills 5] [--deliveries 200]
 *                   [--minutes 14] [--concurrency 8] [--seed N] [--no-fuzz] [--keep] [--json]
 *   DATABASE_URL=postgres://… npm run soak     # calsync on PostgreSQL (a fresh database), serve + worker
 */
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import { parseArgs } from 'node:util';
import { countLoggedErrors, freshStore, machineNotes, startCalsync, type CalsyncProcess } from './lib/calsync.js';
import { startBenchSim } from './lib/sim.js';
import { pool, round, sleep } from './lib/stats.js';
import { Chaos, type FaultKind } from './soak/chaos.js';
import { checkInvariants, waitAllSynced, type CompanyInfo } from './soak/check.js';
import { runEdits, resolveUncertain, sendDelivery, type Delivery, type DeliveryStats, type EditStats, type ServiceModel, type Target } from './soak/driver.js';
import { killHard, startWorkerProcess, type WorkerProcess } from './soak/procs.js';

const { values: o } = parseArgs({
  options: {
    services: { type: 'string', default: '1000' },
    companies: { type: 'string', default: '10' },
    edits: { type: 'string', default: '10000' },
    kills: { type: 'string', default: '5' },
    deliveries: { type: 'string', default: '200' },
    minutes: { type: 'string', default: '14' },
    concurrency: { type: 'string', default: '8' },
    seed: { type: 'string' },
    'no-fuzz': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const N = Number(o.services);
const C = Math.min(Number(o.companies), N);
const EDITS = Number(o.edits);
const KILLS = Number(o.kills);
const DELIVERIES = Number(o.deliveries);
const CAP_MS = Number(o.minutes) * 60_000;
const CONCURRENCY = Number(o.concurrency);
const SEED = o.seed ? Number(o.seed) : crypto.randomInt(1, 2 ** 31);
const SIM_RATE = 1500;
const CALSYNC_RATE = 1200;
const TIMEOUT_MS = 1500;
const SLOW_MS = 2500;
const WINDOW_SECONDS = 10;

/** mulberry32: a seeded generator, so a run can be repeated with --seed. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(SEED);
const t0 = Date.now();
const log = (msg: string) => process.stderr.write(`[soak ${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${msg}\n`);

async function main(): Promise<number> {
  const deadline = t0 + CAP_MS;
  const sim = await startBenchSim(SIM_RATE);
  const store = await freshStore('soak');
  const env = {
    CALCOM_API_URL: sim.baseUrl,
    CALCOM_RATE_PER_MINUTE: String(CALSYNC_RATE),
    CALCOM_TIMEOUT_MS: String(TIMEOUT_MS),
    BOOKINGS_POLL_MINUTES: '0',
    // 1,000 creates to seed and ~20 pushes/s of budget: more than the default 4 slots can spend
    WORKER_CONCURRENCY: process.env.WORKER_CONCURRENCY ?? '8',
  };
  const logFiles = new Set<string>();
  let web: CalsyncProcess | null = null;
  let worker: WorkerProcess | null = null;
  let restarts = 0;
  const startWeb = async () => {
    const p = await startCalsync(store, env, 'calsync-serve');
    logFiles.add(p.logFile);
    return p;
  };
  const startWorker = async () => {
    const p = await startWorkerProcess(store, env, 'calsync-worker');
    logFiles.add(p.logFile);
    return p;
  };
  const target: Target = { api: () => web?.api ?? null, url: () => web?.url ?? null };
  const breaches: string[] = [];
  try {
    log(`seed ${SEED}; calsync on ${store.kind} (${store.kind === 'postgres' ? 'serve + worker process; the worker is killed' : 'serve, killed whole'}), data in ${store.dataDir}`);
    web = await startWeb();
    if (store.kind === 'postgres') worker = await startWorker();

    // ---- set-up: companies, webhooks (to a dead URL: the soak replays them itself), services ----
    const companies: (CompanyInfo & { apiKey: string; secret: string })[] = [];
    for (let c = 0; c < C; c++) {
      const apiKey = `cal_soak_${crypto.randomBytes(8).toString('hex')}`;
      const r = await web.api('POST', '/api/companies', { name: `Soak Salon ${c + 1}`, calcomApiKey: apiKey });
      if (r.status !== 201 || !r.body.calcom?.connected) throw new Error(`company create: ${r.status} ${JSON.stringify(r.body)}`);
      const full = await web.api('GET', `/api/companies/${r.body.id}`);
      const secret = full.body.webhookSecret as string;
      const hook = await fetch(`${sim.baseUrl}/webhooks`, {
        method: 'POST',
        headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ subscriberUrl: 'http://127.0.0.1:9/dead', triggers: ['BOOKING_CREATED', 'BOOKING_CANCELLED', 'BOOKING_RESCHEDULED'], active: true, secret }),
      });
      if (hook.status !== 201) throw new Error(`sim webhook: ${hook.status} ${await hook.text()}`);
      companies.push({ id: r.body.id, username: r.body.calcom.username, apiKey, secret });
    }
    log(`seeding ${N} services over ${C} companies`);
    const models: ServiceModel[] = await pool(
      Array.from({ length: N }, (_, i) => i),
      CONCURRENCY,
      async (i) => {
        const company = companies[i % C];
        const r = await web!.api('POST', '/api/services', { companyId: company.id, name: `Soak service ${i + 1}`, durationMinutes: 30, description: 'seeded' });
        if (r.status !== 201) throw new Error(`seed: ${r.status} ${JSON.stringify(r.body)}`);
        return { id: r.body.id, companyId: company.id, index: i + 1, view: r.body, busy: false, uncertain: null, expectedEdited: 0, ackedEdits: 0, changedSyncedEdits: 0, editNo: 0 };
      },
    );
    if (!(await waitAllSynced(target.api, companies, Date.now() + 180_000, log))) throw new Error('seeding did not converge');
    log(`seeded in ${((Date.now() - t0) / 1000).toFixed(0)} s`);

    // ---- bookings in Cal.com: each makes 1 or 2 unique deliveries; then 20 % duplicates, shuffled ----
    const expectedAppointments = new Map<string, Map<string, string>>(companies.map((c) => [c.id, new Map()]));
    const uniqueDeliveries = new Map<string, number>(companies.map((c) => [c.id, 0]));
    const uniqueTarget = Math.round(DELIVERIES / 1.25);
    let made = 0;
    const ets = new Map<string, any[]>();
    for (const c of companies) ets.set(c.id, (await sim.api('GET', `/_sim/event-types?username=${c.username}`)).body.data);
    await sim.api('DELETE', '/_sim/deliveries');
    for (let b = 0; made < uniqueTarget; b++) {
      const c = companies[b % C];
      const et = ets.get(c.id)![Math.floor(rand() * ets.get(c.id)!.length)];
      const start = new Date(Date.UTC(2030, 0, 1 + (b % 300), 8 + (b % 9))).toISOString();
      const cr = await sim.api('POST', '/_sim/bookings', { apiKey: c.apiKey, eventTypeId: et.id, start, deliver: true, attendees: [{ name: `Guest ${b}`, email: `g${b}@example.com`, timeZone: 'Europe/Berlin' }] });
      if (cr.status !== 201) throw new Error(`sim booking: ${cr.status} ${JSON.stringify(cr.body)}`);
      const uid = cr.body.data.uid as string;
      const exp = expectedAppointments.get(c.id)!;
      made++;
      const roll = rand();
      if (roll < 0.2 && made < uniqueTarget) {
        await sim.api('POST', `/_sim/bookings/${uid}/cancel`, { reason: 'soak', deliver: true });
        exp.set(uid, 'cancelled');
        made++;
      } else if (roll < 0.4 && made < uniqueTarget) {
        const rs = await sim.api('POST', `/_sim/bookings/${uid}/reschedule`, { start: new Date(Date.parse(start) + 86_400_000).toISOString(), deliver: true });
        exp.set(uid, 'rescheduled');
        exp.set(rs.body.data.uid, 'booked');
        made++;
      } else exp.set(uid, 'booked');
    }
    const simDeliveries = (await sim.api('GET', '/_sim/deliveries')).body.data as any[];
    const byHook = new Map(((await sim.api('GET', '/_sim/webhooks')).body.data as any[]).map((h) => [h.id, h]));
    const uniques: Delivery[] = simDeliveries.map((d, i) => {
      const secretOwner = companies.find((c) => c.secret === byHook.get(d.webhookId)?.secret)!;
      uniqueDeliveries.set(secretOwner.id, uniqueDeliveries.get(secretOwner.id)! + 1);
      return { companyId: secretOwner.id, body: d.body, signature: d.signature, unique: i };
    });
    const deliveries = [...uniques];
    while (deliveries.length < DELIVERIES) deliveries.push({ ...uniques[Math.floor(rand() * uniques.length)] });
    for (let i = deliveries.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [deliveries[i], deliveries[j]] = [deliveries[j], deliveries[i]];
    }
    log(`${uniques.length} unique deliveries from ${[...expectedAppointments.values()].reduce((n, m) => n + m.size, 0)} bookings, ${deliveries.length - uniques.length} duplicates, shuffled`);

    // ---- chaos: faults, forced 429 windows, kills, edits and deliveries at once ----
    const chaosSeq = (await sim.stats()).lastSeq;
    const chaos = new Chaos(sim, { p5xx: 0.1, pSlow: 0.05, pDrop: 0.03, slowMs: SLOW_MS, rand });
    await chaos.start();
    const chaosStart = Date.now();
    const editDeadline = t0 + CAP_MS * 0.6;
    // Deliveries are paced over the expected edit phase (~50 edits/s), from a single sender; the kills are
    // spread over that same span (by time, not by edit count: on PostgreSQL the edits end early).
    const gap = Math.max(50, Math.min(1500, (EDITS / 50) * 1000 / deliveries.length));
    const phaseMs = Math.min(deliveries.length * gap, editDeadline - chaosStart);
    const killAt = Array.from({ length: KILLS }, () => Math.floor(phaseMs * (0.05 + 0.8 * rand()))).sort((a, b) => a - b);
    const windowAt = [Math.floor(EDITS * 0.3), Math.floor(EDITS * 0.65)];
    const kills: { at: number; downMs: number }[] = [];
    let lastKillMs = 0;
    const doKill = async () => {
      const at = Date.now();
      if (store.kind === 'postgres') {
        const w = worker!;
        worker = null;
        await killHard(w.child);
        await sleep(Math.floor(rand() * 1500));
        worker = await startWorker();
      } else {
        const w = web!;
        web = null;
        await killHard(w.child);
        await sleep(Math.floor(rand() * 1500));
        web = await startWeb();
      }
      restarts++;
      lastKillMs = at;
      kills.push({ at: at - chaosStart, downMs: Date.now() - at });
      log(`kill ${kills.length}/${KILLS} at ${((at - chaosStart) / 1000).toFixed(1)} s of chaos, back after ${Date.now() - at} ms`);
    };
    const editStats: EditStats = { acked: 0, ackedChanged: 0, ackedNoop: 0, refused4xx: 0, failed5xx: 0, networkErrors: 0, uncertain: 0, uncertainApplied: 0, sample5xx: [], sample4xx: [] };
    let lastReport = Date.now();
    const killsDone = (async () => {
      for (const at of killAt) {
        const wait = chaosStart + at - Date.now();
        if (wait > 0) await sleep(wait);
        await doKill();
      }
    })();
    const onAck = (acked: number) => {
      if (windowAt.length && acked >= windowAt[0]) {
        windowAt.shift();
        void chaos.force429(WINDOW_SECONDS).then(() => log(`forced 429s for ${WINDOW_SECONDS} s`));
      }
      if (Date.now() - lastReport > 15_000) {
        lastReport = Date.now();
        log(`${acked}/${EDITS} edits acknowledged`);
      }
    };
    const dStats: DeliveryStats = { sent: 0, unique: uniques.length, duplicatesSent: deliveries.length - uniques.length, ackedReceived: 0, ackedDuplicate: 0, retries: 0, failures: [] };
    const deliveriesDone = (async () => {
      // in the shuffled order, `gap` apart on average
      for (const d of deliveries) {
        const out = await sendDelivery(target, d, dStats, t0 + CAP_MS * 0.75);
        dStats.sent++;
        if (out === 'received') dStats.ackedReceived++;
        if (out === 'duplicate') dStats.ackedDuplicate++;
        await sleep(gap * rand() * 2);
      }
    })();
    await runEdits(target, models, EDITS, CONCURRENCY, rand, editStats, () => Date.now() > editDeadline, onAck);
    await killsDone;
    await deliveriesDone;
    if (!web) web = await startWeb();
    if (store.kind === 'postgres' && !worker) worker = await startWorker();
    const editsEndMs = Date.now();
    log(`edits done: ${editStats.acked} acknowledged in ${((editsEndMs - chaosStart) / 1000).toFixed(0)} s; deliveries sent ${dStats.sent}`);

    // ---- the long fuzz runs beside the convergence wait (its own calsync; this phase mostly waits on backoff timers) ----
    const fuzz = o['no-fuzz'] ? null : runFuzz();

    // ---- converge: faults off, wait until every service is synced ----
    await chaos.stop();
    const clearedMs = Date.now();
    const converged = await waitAllSynced(target.api, companies, Math.max(clearedMs + 60_000, t0 + CAP_MS), log);
    const convergedMs = Date.now();
    log(converged ? `converged ${((convergedMs - clearedMs) / 1000).toFixed(1)} s after the faults were cleared` : 'did NOT converge before the deadline');
    if (!converged) breaches.push('not every service became synced before the deadline');
    for (const m of models) if (m.uncertain) await resolveUncertain(web.api, m, editStats);
    await sleep(1500); // let delivery processing finish
    for (let i = 0; i < 20; i++) {
      const d = await web.api('GET', '/api/webhook-deliveries?status=received&limit=1');
      if (d.body.total === 0) break;
      await sleep(1000);
    }

    // ---- check ----
    const calls = await sim.calls(0);
    const res = await checkInvariants({ api: web.api, sim, companies, models, calls, windows: chaos.windows, uniqueDeliveries, expectedAppointments });
    breaches.push(...res.breaches);
    if (editStats.failed5xx) breaches.push(`${editStats.failed5xx} edits answered 5xx by calsync: ${editStats.sample5xx.join(' | ')}`);
    if (dStats.failures.length) breaches.push(...dStats.failures.slice(0, 10));
    if (editStats.acked < EDITS) breaches.push(`only ${editStats.acked} of ${EDITS} edits were acknowledged before the time cap`);

    const chaosCalls = calls.filter((c) => c.seq > chaosSeq);
    const faults: Record<FaultKind | 'forced429', number> = { '5xx': 0, slow: 0, 'slow-apply-after': 0, drop: 0, 'drop-applied': 0, forced429: 0 };
    for (const c of chaosCalls) {
      if (c.fault !== undefined) {
        const k = chaos.kinds.get(c.fault);
        if (k) faults[k]++;
      }
      if (c.status === 429) faults.forced429++;
    }
    const patches = chaosCalls.filter((c) => c.method === 'PATCH' && /^\/v2\/event-types\/\d+$/.test(c.path)).length;
    const creates = chaosCalls.filter((c) => c.method === 'POST' && c.path === '/v2/event-types').length;
    const changedServices = models.filter((m) => m.changedSyncedEdits > 0).length;
    const logged = [...logFiles].map(countLoggedErrors).reduce((a, b) => ({ errors: a.errors + b.errors, sample: [...a.sample, ...b.sample].slice(0, 3) }), { errors: 0, sample: [] as string[] });

    const figures = {
      store: store.kind,
      seed: SEED,
      services: N,
      companies: C,
      edits: { target: EDITS, ...editStats, sample5xx: undefined, sample4xx: editStats.sample4xx.slice(0, 2) },
      pushes: res.figures.pushEntries,
      pushFailures: res.figures.pushFailedEntries,
      calcomCallsDuringChaos: chaosCalls.length,
      patches,
      createsDuringChaos: creates,
      changedServices,
      patchesPerChangedService: round(changedServices ? patches / changedServices : null, 3),
      faultsInjected: { ...faults, total: Object.values(faults).reduce((a, b) => a + b, 0), calls: chaosCalls.length },
      forced429Windows: chaos.windows.map((w) => ({ startS: round((w.startMs - chaosStart) / 1000, 1), seconds: round((w.endMs - w.startMs) / 1000, 1) })),
      kills: kills.length,
      killsDetail: kills.map((k) => ({ atS: round(k.at / 1000, 1), downMs: k.downMs })),
      chaosSeconds: round((editsEndMs - chaosStart) / 1000, 1),
      convergenceAfterFaultsClearedS: converged ? round((convergedMs - clearedMs) / 1000, 1) : null,
      convergenceAfterLastKillS: converged && lastKillMs ? round((convergedMs - lastKillMs) / 1000, 1) : null,
      deliveries: { ...dStats, failures: dStats.failures.length, duplicatesDropped: dStats.ackedDuplicate },
      appointments: res.figures.appointments,
      check: res.figures,
      loggedErrors: logged.errors,
      totalSeconds: 0,
      fuzz: null as null | { ok: boolean; seconds: number },
      breaches,
      machine: machineNotes(),
    };

    // ---- the long fuzz ----
    if (fuzz) {
      figures.fuzz = await fuzz;
      if (!figures.fuzz.ok) breaches.push('the long fuzz (FUZZ_RUNS=200 vitest run test/fuzz) failed');
    }
    figures.totalSeconds = round((Date.now() - t0) / 1000, 0)!;

    if (o.json) process.stdout.write(JSON.stringify(figures) + '\n');
    else printSummary(figures);
    if (breaches.length) {
      process.stderr.write(`\nSOAK FAILED: ${breaches.length} breach(es)\n${breaches.slice(0, 40).map((b) => `  - ${b}`).join('\n')}\n`);
      if (!o.keep) process.stderr.write(`(re-run with --keep --seed ${SEED} to keep calsync's logs)\n`);
      return 1;
    }
    process.stderr.write('\nSOAK PASSED: every invariant held\n');
    return 0;
  } finally {
    await web?.stop().catch(() => {});
    await worker?.stop().catch(() => {});
    await sim.close().catch(() => {});
    await store.dispose(o.keep || breaches.length > 0).catch(() => {});
    if (o.keep || breaches.length) log(`kept ${store.dataDir}`);
    void restarts;
  }
}

/** FUZZ_RUNS=200 npx vitest run test/fuzz (on PostgreSQL when DATABASE_URL is set); its output goes to stderr. */
function runFuzz(): Promise<{ ok: boolean; seconds: number }> {
  log('fuzz: FUZZ_RUNS=200 npx vitest run test/fuzz (in the background)');
  const fs0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npx', ['vitest', 'run', 'test/fuzz'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FUZZ_RUNS: '200', ...(process.env.DATABASE_URL ? { TEST_DATABASE_URL: process.env.DATABASE_URL } : {}) },
    });
    let out = '';
    child.stdout.on('data', (b) => (out += b));
    child.stderr.on('data', (b) => (out += b));
    child.on('exit', (code) => {
      if (code !== 0) process.stderr.write(out.slice(-4000));
      log(`fuzz ${code === 0 ? 'passed' : 'FAILED'}`);
      resolve({ ok: code === 0, seconds: round((Date.now() - fs0) / 1000, 0)! });
    });
  });
}

function printSummary(f: any) {
  const lines = [
    `chaos soak on ${f.store} (seed ${f.seed}): ${f.services} services over ${f.companies} companies, ${f.totalSeconds} s in all`,
    `  edits           ${f.edits.acked} acknowledged (${f.edits.ackedChanged} changed something, ${f.edits.ackedNoop} no-ops), ${f.edits.networkErrors} lost to kills (${f.edits.uncertainApplied} of ${f.edits.uncertain} uncertain had landed), ${f.edits.refused4xx} refused, ${f.edits.failed5xx} 5xx`,
    `  pushes          ${f.pushes} successful, ${f.pushFailures} failed attempts retried; ${f.patches} PATCHes for ${f.changedServices} changed services = ${f.patchesPerChangedService} per changed service`,
    `  faults          ${f.faultsInjected.total} of ${f.faultsInjected.calls} Cal.com calls: 5xx ${f.faultsInjected['5xx']}, slow ${f.faultsInjected.slow + f.faultsInjected['slow-apply-after']}, dropped ${f.faultsInjected.drop + f.faultsInjected['drop-applied']} (${f.faultsInjected['drop-applied']} applied before the drop), forced 429 ${f.faultsInjected.forced429} in ${f.forced429Windows.length} windows`,
    `  kills           ${f.kills} SIGKILLs (${f.store === 'postgres' ? 'worker process' : 'whole serve process'}) at ${f.killsDetail.map((k: any) => `${k.atS} s`).join(', ')}`,
    `  convergence     ${f.convergenceAfterFaultsClearedS} s after faults cleared, ${f.convergenceAfterLastKillS} s after the last kill (chaos phase ${f.chaosSeconds} s)`,
    `  deliveries      ${f.deliveries.sent} sent (${f.deliveries.unique} unique, ${f.deliveries.duplicatesSent} duplicates), ${f.deliveries.ackedReceived} stored, ${f.deliveries.duplicatesDropped} answered duplicate, ${f.deliveries.retries} resent after a kill; ${f.appointments} appointments`,
    `  checks          not synced ${JSON.stringify(f.check.notSynced)}, field mismatches ${f.check.fieldMismatches}, duplicate/unlinked event types ${f.check.duplicateEventTypes}/${f.check.unlinkedEventTypes}, history mismatches ${f.check.historyMismatches}, deliveries not processed ${f.check.deliveriesNotProcessed}, appointment mismatches ${f.check.appointmentMismatches}, 429s ${f.check.calls429} (${f.check.calls429OutsideWindows} outside the windows)`,
    `  fuzz            ${f.fuzz ? `${f.fuzz.ok ? 'passed' : 'FAILED'} in ${f.fuzz.seconds} s` : 'skipped'}; calsync logged ${f.loggedErrors} error lines`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`soak aborted: ${e?.stack ?? e}\n`);
    process.exit(1);
  },
);
