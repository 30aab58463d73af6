/**
 * Scale-out on PostgreSQL (issue 6 item 2): the same push workload run by one `calsync serve` (its
 * built-in worker is the only worker) and by two `calsync serve` + three `calsync worker` processes on
 * one database (`serve` always runs a worker too, so the second layout has five worker-running
 * processes). Proves: no version pushed twice (history and the call log), the per-key budget held
 * across processes (the simulator's most accepted calls per key in any 60 s ≤ budget + 1, zero 429s);
 * measures push throughput of both layouts.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run scale-out -- [--companies 20] [--services 25] [--rate 30] [--json]
 */
import crypto from 'node:crypto';
import { parseArgs } from 'node:util';
import { freshStore, machineNotes, startCalsync, type CalsyncProcess } from './lib/calsync.js';
import { startBenchSim } from './lib/sim.js';
import { pool, round, sleep } from './lib/stats.js';
import { listServices, waitAllSynced } from './soak/check.js';
import { startWorkerProcess, type WorkerProcess } from './soak/procs.js';

const { values: o } = parseArgs({
  options: {
    companies: { type: 'string', default: '20' },
    services: { type: 'string', default: '25' },
    rate: { type: 'string', default: '30' },
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const C = Number(o.companies);
const S = Number(o.services);
const RATE = Number(o.rate);
const t0 = Date.now();
const log = (m: string) => process.stderr.write(`[scale-out ${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${m}\n`);

async function main(): Promise<number> {
  if (!process.env.DATABASE_URL) throw new Error('scale-out runs on PostgreSQL only: set DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test)');
  const sim = await startBenchSim(1_000_000);
  const store = await freshStore('scale');
  const breaches: string[] = [];
  const procs: (CalsyncProcess | WorkerProcess)[] = [];
  try {
    log(`seeding ${C} companies × ${S} services (high budget)`);
    const seeder = await startCalsync(store, { CALCOM_API_URL: sim.baseUrl, CALCOM_RATE_PER_MINUTE: '60000', WORKER_CONCURRENCY: '16' }, 'seed');
    procs.push(seeder);
    const companies: { id: string; username: string }[] = [];
    for (let c = 0; c < C; c++) {
      const r = await seeder.api('POST', '/api/companies', { name: `Scale ${c + 1}`, calcomApiKey: `cal_scale_${crypto.randomBytes(8).toString('hex')}` });
      if (r.status !== 201) throw new Error(`company: ${r.status} ${JSON.stringify(r.body)}`);
      companies.push({ id: r.body.id, username: r.body.calcom.username });
    }
    const ids = await pool(
      Array.from({ length: C * S }, (_, i) => i),
      8,
      async (i) => {
        const r = await seeder.api('POST', '/api/services', { companyId: companies[i % C].id, name: `Scale service ${i + 1}`, durationMinutes: 30 });
        if (r.status !== 201) throw new Error(`service: ${r.status}`);
        return r.body.id as string;
      },
    );
    if (!(await waitAllSynced(() => seeder.api, companies, Date.now() + 300_000, log))) throw new Error('seeding did not converge');
    await seeder.stop();
    procs.length = 0;
    await sim.endPhase();

    const env = { CALCOM_API_URL: sim.baseUrl, CALCOM_RATE_PER_MINUTE: String(RATE), PUSH_DEBOUNCE_MS: '0' };
    const runLayout = async (label: string, webs: number, workers: number) => {
      log(`${label}: starting ${webs} serve + ${workers} worker processes, budget ${RATE}/min per key`);
      const ws = await Promise.all(Array.from({ length: webs }, (_, i) => startCalsync(store, env, `${label}-serve-${i + 1}`)));
      const wk = await Promise.all(Array.from({ length: workers }, (_, i) => startWorkerProcess(store, env, `${label}-worker-${i + 1}`)));
      procs.push(...ws, ...wk);
      await sleep(2000);
      const mark = (await sim.stats()).lastSeq;
      const start = Date.now();
      await pool(ids, 8, async (id, i) => {
        const r = await ws[i % ws.length].api('PATCH', `/api/services/${id}`, { description: `${label} edit ${i}` });
        if (r.status !== 200) throw new Error(`edit: ${r.status}`);
      });
      const editsMs = Date.now() - start;
      const ok = await waitAllSynced(() => ws[0].api, companies, Date.now() + 600_000, log);
      if (!ok) breaches.push(`${label}: did not converge`);
      let lastSync = 0;
      for (const c of companies) for (const s of await listServices(ws[0].api, c.id)) lastSync = Math.max(lastSync, Date.parse(s.lastCalcomSync));
      const ms = lastSync - start;
      const calls = (await sim.calls(mark)).filter((c) => c.method === 'PATCH');
      const phase = await sim.endPhase();
      // the floor: each key's pushes at its budget (GCRA allows a 6 s burst first)
      const floorMs = Math.max(0, (S / RATE) * 60_000 - 6_000);
      const fig = {
        layout: label,
        processes: { serve: webs, worker: workers },
        pushes: ids.length,
        patches: calls.length,
        editsSeconds: round(editsMs / 1000, 1),
        convergenceSeconds: round(ms / 1000, 1),
        pushesPerSecond: round(ids.length / (ms / 1000), 2),
        rateFloorSeconds: round(floorMs / 1000, 1),
        maxAcceptedPer60sPerKey: phase.maxAcceptedPerWindow,
        throttled429: phase.throttled429,
      };
      if (phase.maxAcceptedPerWindow > RATE + 1) breaches.push(`${label}: a key had ${phase.maxAcceptedPerWindow} accepted calls in 60 s (budget ${RATE})`);
      if (phase.throttled429) breaches.push(`${label}: ${phase.throttled429} 429s`);
      // the call log: no two PATCHes of an event type with the same body in a row
      const lastBody = new Map<string, string>();
      let dupPatches = 0;
      for (const c of calls) {
        const b = JSON.stringify(c.body);
        if (lastBody.get(c.path) === b) dupPatches++;
        lastBody.set(c.path, b);
      }
      if (dupPatches) breaches.push(`${label}: ${dupPatches} PATCHes repeated the previous body of their event type`);
      log(`${label}: ${fig.pushes} pushes in ${fig.convergenceSeconds} s (${fig.pushesPerSecond}/s), max ${fig.maxAcceptedPer60sPerKey}/60 s per key, ${fig.throttled429} 429s, ${dupPatches} repeated PATCHes`);
      const api = ws[0].api;
      for (const p of [...ws, ...wk]) await p.stop();
      procs.length = 0;
      return { fig: { ...fig, repeatedPatches: dupPatches }, api };
    };

    const single = await runLayout('single', 1, 0);
    const scaled = await runLayout('scaled', 2, 3);

    // history: between two pushes that sent fields, an edit must have come (else a version was pushed twice)
    const reader = await startCalsync(store, env, 'reader');
    procs.push(reader);
    let versionsPushedTwice = 0;
    let pushes = 0;
    await pool(ids, 8, async (id) => {
      const h = (await reader.api('GET', `/api/services/${id}/history`)).body.data as any[];
      let editedSincePush = true;
      for (const e of h) {
        if (e.action === 'edited' || e.action === 'created') editedSincePush = true;
        if (e.action === 'push' && e.detail?.fields?.length) {
          pushes++;
          if (!editedSincePush) versionsPushedTwice++;
          editedSincePush = false;
        }
      }
    });
    if (versionsPushedTwice) breaches.push(`${versionsPushedTwice} pushes sent a version already pushed`);
    await reader.stop();
    procs.length = 0;

    const out = {
      store: 'postgres',
      companies: C,
      servicesPerCompany: S,
      budgetPerKeyPerMinute: RATE,
      single: single.fig,
      scaled: scaled.fig,
      speedup: round((scaled.fig.pushesPerSecond ?? 0) / (single.fig.pushesPerSecond || 1), 2),
      historyPushes: pushes,
      versionsPushedTwice,
      breaches,
      machine: machineNotes(),
      totalSeconds: round((Date.now() - t0) / 1000, 0),
    };
    if (o.json) process.stdout.write(JSON.stringify(out) + '\n');
    else process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    if (breaches.length) {
      process.stderr.write(`SCALE-OUT FAILED:\n${breaches.map((b) => `  - ${b}`).join('\n')}\n`);
      return 1;
    }
    return 0;
  } finally {
    for (const p of procs) await p.stop().catch(() => {});
    await sim.close().catch(() => {});
    await store.dispose(o.keep).catch(() => {});
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`scale-out aborted: ${e?.stack ?? e}\n`);
    process.exit(1);
  },
);
