/**
 * Reconciliation at scale (issue 3 item 7): 10,000 event types across 100 companies, 1 % of them
 * edited in Cal.com. Times `POST /api/reconcile` check-only and then apply on a real calsync process,
 * counts the Cal.com requests it made (from the simulator's call log), and samples the calsync
 * process's resident memory (peak, and growth over the idle server just before).
 *
 * Seeding goes straight into the stores (the simulator's state, calsync's tables) so the section
 * measures reconciliation, not 10,000 pushes; what it writes is what a push would leave behind.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { openDatabase } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { createSecretBox, sha256 } from '../src/secrets.js';
import { calcomValues } from '../src/domain/sync-fields.js';
import { toOutput20240614 } from '../src/simulator/event-type-shape.js';
import { freshStore, startCalsync } from './lib/calsync.js';
import { progress, type BenchOptions } from './lib/options.js';
import { atMost, below, type SectionResult } from './lib/section.js';
import { startBenchSim } from './lib/sim.js';
import { sleep } from './lib/stats.js';

const APP_SECRET = 'bench-secret-bench-secret-bench-secret';

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

/** Samples a process's RSS every 20 ms while `fn` runs; returns fn's result, duration and the peak. */
async function measured<T>(pid: number, fn: () => Promise<T>) {
  let peak = rssMb(pid);
  let on = true;
  const sampler = (async () => {
    while (on) {
      peak = Math.max(peak, rssMb(pid));
      await sleep(20);
    }
  })();
  const t = performance.now();
  const result = await fn();
  const ms = performance.now() - t;
  on = false;
  await sampler;
  return { result, ms, peakMb: Math.max(peak, rssMb(pid)) };
}

export async function runReconcileBench(opts: BenchOptions): Promise<SectionResult> {
  const companies = Number(process.env.BENCH_RECONCILE_COMPANIES ?? 100);
  const perCompany = Number(process.env.BENCH_RECONCILE_PER_COMPANY ?? 100);
  const total = companies * perCompany;
  const drifted = Math.max(1, Math.round(total / 100));
  const bsim = await startBenchSim(100_000);
  const store = await freshStore('reconcile');
  const state = bsim.sim.ctx.state;
  const box = createSecretBox(APP_SECRET);

  progress(`reconcile: seeding ${total} event types and services across ${companies} companies`);
  const db = await openDatabase({ databaseUrl: store.databaseUrl, dataDir: store.dataDir });
  await migrate(db);
  for (let c = 0; c < companies; c++) {
    const apiKey = `cal_bench_rec_${c}_${crypto.randomBytes(4).toString('hex')}`;
    const user = state.provision(apiKey, { username: `bench-rec-${c}` });
    const [company] = await db.query(
      `INSERT INTO companies (name, calcom_api_url, calcom_api_key_enc, calcom_key_hash, calcom_username, calcom_connection, webhook_secret_enc)
       VALUES ($1, $2, $3, $4, $5, 'ok', $6) RETURNING id`,
      [`Bench Company ${c}`, bsim.baseUrl, box.seal(apiKey), sha256(apiKey), user.username, box.seal(crypto.randomBytes(16).toString('hex'))],
    );
    const rows: unknown[][] = [];
    for (let i = 0; i < perCompany; i++) {
      const et = state.createEventType(user.id, { title: `Service ${c}-${i}`, slug: `service-${c}-${i}`, lengthInMinutes: 15 + (i % 8) * 15, description: '', hidden: false });
      const v = calcomValues(toOutput20240614(et, user) as Record<string, any>);
      rows.push([company.id, v.name, v.slug, v.durationMinutes, et.id, JSON.stringify(v)]);
    }
    const params = rows.flat();
    const values = rows.map((_, r) => `($${r * 6 + 1}, $${r * 6 + 2}, $${r * 6 + 3}, $${r * 6 + 4}, $${r * 6 + 5}, $${r * 6 + 6}::jsonb, 'synced', 1, now())`).join(', ');
    await db.query(
      `INSERT INTO services (company_id, name, slug, duration_minutes, calcom_event_type_id, calcom_base, sync_status, synced_version, last_calcom_sync) VALUES ${values}`,
      params,
    );
  }
  await db.close();
  // 1 % edited in Cal.com's UI (no webhook): the divergences reconciliation must find.
  const all = [...state.eventTypes.values()];
  for (let i = 0; i < drifted; i++) state.updateEventType(all[Math.floor((i * all.length) / drifted)], { title: `Renamed in Cal.com ${i}` });

  const app = await startCalsync(store, { CALCOM_API_URL: bsim.baseUrl, CALCOM_RATE_PER_MINUTE: '100', LOG_LEVEL: 'warn' }, 'reconcile');
  try {
    await sleep(3000); // let start-up work (queue maintenance, re-queues) settle before the idle reading
    const pid = app.child.pid!;
    const idleMb = rssMb(pid);
    await bsim.endPhase();
    progress('reconcile: check-only');
    const check = await measured(pid, () => app.api('POST', '/api/reconcile', { checkOnly: true }));
    if (check.result.status !== 200) throw new Error(`check-only answered ${check.result.status}: ${JSON.stringify(check.result.body).slice(0, 300)}`);
    const checkCalls = (await bsim.endPhase()).calls;
    const checkTotals = check.result.body.plan.totals;
    progress('reconcile: apply');
    const apply = await measured(pid, () => app.api('POST', '/api/reconcile', {}));
    if (apply.result.status !== 200) throw new Error(`apply answered ${apply.result.status}`);
    const applyCalls = (await bsim.endPhase()).calls;
    const divergences = apply.result.body.plan.totals.divergences;
    return {
      section: 'reconcile',
      title: `Reconciliation of ${total.toLocaleString('en')} event types across ${companies} companies (${drifted} drifted, ${store.kind})`,
      figures: [
        below({ key: 'reconcile10kCheckMs', label: 'check-only time', value: Math.round(check.ms), unit: 'ms' }, 10_000),
        { key: 'reconcile10kCheckRequests', label: 'check-only Cal.com requests', value: checkCalls },
        { key: 'reconcile10kApplyMs', label: 'apply time', value: Math.round(apply.ms), unit: 'ms' },
        { key: 'reconcile10kApplyRequests', label: 'apply Cal.com requests', value: applyCalls },
        { key: 'reconcile10kDivergencesFound', label: 'divergences found (expected ' + drifted + ')', value: divergences },
        { key: 'reconcile10kIdleRssMb', label: 'calsync RSS idle', value: Math.round(idleMb), unit: 'MB' },
        { key: 'reconcile10kPeakRssMb', label: 'calsync peak RSS while reconciling', value: Math.round(Math.max(check.peakMb, apply.peakMb)), unit: 'MB' },
        below({ key: 'reconcile10kRssGrowthMb', label: 'RSS growth over the idle server', value: Math.round(Math.max(check.peakMb, apply.peakMb) - idleMb), unit: 'MB' }, 200),
      ],
      details: { companies, perCompany, drifted, checkTotals, applyTotals: apply.result.body.plan.totals },
      notes: divergences === drifted ? [] : [`expected ${drifted} divergences, found ${divergences}`],
    };
  } finally {
    await app.stop();
    await bsim.close();
    await store.dispose(opts.keep);
  }
}
