/**
 * Diagnosis tool, not part of `npm run bench`: runs calsync IN-PROCESS (server, worker, simulator) and
 * times every database statement, to see where an edit burst spends its time.
 *
 *   npx tsx bench/tools/profile-queries.ts [services=100] [editsPerService=1] [ratePerMinute=1200]
 *   SELF_NOTIFY=1 …   same, but each worker is woken again after every job (the suggested pg-boss fix:
 *                     without it an idle worker polls once a second, capping a process at
 *                     WORKER_CONCURRENCY pushes/s once no edit wakes it)
 *   WAKE_ON_DEFER=1 … a push put off by the debounce (re-queued with a start time) wakes the local workers
 *                     at that time instead of waiting for their next once-a-second poll (suggested fix)
 *   LATENCY=50 …      afterwards, 50 single edits one at a time: edit sent → PATCH at the simulator
 *   DATABASE_URL=…    run on that PostgreSQL database instead of PGlite (it must be empty)
 *
 * Timings include waiting for PGlite's single session, so they show contention as well as cost.
 */
import fs from 'node:fs'; import os from 'node:os'; import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../../src/config.js';
import { createApp } from '../../src/app.js';
import { buildServer } from '../../src/http/server.js';
import { startWorker } from '../../src/jobs/worker.js';
import { startSimulator } from '../../src/simulator/simulator.js';
import { hashPassword } from '../../src/secrets.js';

const N = Number(process.argv[2] ?? 100), E = Number(process.argv[3] ?? 1), RATE = process.argv[4] ?? '1200';
const sim = await startSimulator({ port: 0, ratePerMinute: 1_000_000 });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'calsync-prof-'));
const config = loadConfig({ DATA_DIR: dataDir, APP_SECRET: 'x'.repeat(32), CALCOM_API_URL: sim.baseUrl, CALCOM_RATE_PER_MINUTE: RATE, CALCOM_KEY_LIMIT_PER_MINUTE: '1000000', RECONCILE_EVERY_MINUTES: '0', LOG_LEVEL: 'silent', PORT: '0', ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}) } as any);
const app = await createApp(config, { logger: pino({ level: 'silent' }) });
const stats = new Map<string, { n: number; ms: number }>();
const key = (sql: string) => sql.replace(/\s+/g, ' ').trim().slice(0, 70);
for (const m of ['query', 'executeSql'] as const) {
  const orig = (app.db as any)[m].bind(app.db);
  (app.db as any)[m] = async (sql: string, params?: unknown[]) => {
    const t = performance.now();
    try { return await orig(sql, params); } finally {
      const k = key(sql); const s = stats.get(k) ?? { n: 0, ms: 0 }; s.n++; s.ms += performance.now() - t; stats.set(k, s);
    }
  };
}
const origTx = app.db.tx.bind(app.db);
(app.db as any).tx = async (fn: any) => { const t = performance.now(); try { return await origTx(fn); } finally { const s = stats.get('TX total') ?? { n: 0, ms: 0 }; s.n++; s.ms += performance.now() - t; stats.set('TX total', s); } };
const server = await buildServer(app);
if (process.env.SELF_NOTIFY) {
  const q = app.queue as any; const origWork = q.work;
  q.work = (name: string, conc: number, handler: any) => origWork(name, conc, async (job: any) => { try { return await handler(job); } finally { app.queue.notify(name); } });
}
if (process.env.WAKE_ON_DEFER) {
  const q = app.queue as any; const origEnqueue = q.enqueuePush;
  q.enqueuePush = async (job: any, tx?: any, startAfter?: number | Date) => {
    const r = await origEnqueue(job, tx, startAfter);
    if (startAfter instanceof Date) setTimeout(() => app.queue.notify('push-service'), Math.max(0, startAfter.getTime() - Date.now())).unref();
    return r;
  };
}
await startWorker(app);
await server.listen({ port: 0, host: '127.0.0.1' });
const url = `http://127.0.0.1:${(server.server.address() as any).port}`;
await app.db.query("INSERT INTO users (email, password_hash, role) VALUES ('a@b.c', $1, 'admin')", [await hashPassword('pw-pw-pw-pw')]);
const call = async (m: string, p: string, b?: unknown, tok?: string) => { const r = await fetch(url + p, { method: m, headers: { 'content-type': 'application/json', ...(tok ? { authorization: `Bearer ${tok}` } : {}) }, body: b ? JSON.stringify(b) : undefined }); return { status: r.status, body: await r.json() as any }; };
const tok = (await call('POST', '/api/auth/login', { email: 'a@b.c', password: 'pw-pw-pw-pw' })).body.token;
const co = (await call('POST', '/api/companies', { name: 'x', calcomApiKey: 'cal_prof' }, tok)).body;
const ids: string[] = [];
let t = performance.now();
for (let i = 0; i < N; i += 16) ids.push(...(await Promise.all(Array.from({ length: Math.min(16, N - i) }, (_, j) => call('POST', '/api/services', { companyId: co.id, name: `S ${i + j}`, durationMinutes: 30 }, tok).then((r) => r.body.id)))));
const waitSynced = async () => { for (;;) { const r = await call('GET', `/api/services?companyId=${co.id}&syncStatus=synced&limit=1`, undefined, tok); if (r.body.total >= N) return; await new Promise((r) => setTimeout(r, 200)); } };
await waitSynced();
console.log(`seed ${N}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
const dump = (label: string) => { const rows = [...stats].sort((a, b) => b[1].ms - a[1].ms).slice(0, 18); console.log(`--- ${label}`); for (const [k, s] of rows) console.log(`${s.ms.toFixed(0).padStart(7)} ms ${String(s.n).padStart(6)}× ${(s.ms / s.n).toFixed(2).padStart(7)} ${k}`); stats.clear(); };
dump('seed');
t = performance.now();
const work = ids.flatMap((id) => Array.from({ length: E }, (_, k) => ({ id, k })));
let next = 0;
await Promise.all(Array.from({ length: 16 }, async () => { for (;;) { const w = work[next++]; if (!w) return; await call('PATCH', `/api/services/${w.id}`, { description: `e${w.k}`, durationMinutes: 31 + w.k }, tok); } }));
console.log(`edits ${work.length}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
await waitSynced();
console.log(`converged: ${((performance.now() - t) / 1000).toFixed(1)} s`);
dump('burst');
const L = Number(process.env.LATENCY ?? 0);
if (L) {
  const lat: number[] = [];
  for (let i = 0; i < L; i++) {
    const token = `lat ${i} ${Math.random()}`;
    const sent = Date.now();
    await call('PATCH', `/api/services/${ids[i % ids.length]}`, { description: token }, tok);
    let at: number | null = null;
    while (at === null) {
      const c = sim.ctx.calls.since(0).find((x) => x.method === 'PATCH' && (x.body as any)?.description === token);
      if (c) at = Date.parse(c.at); else await new Promise((r) => setTimeout(r, 5));
    }
    lat.push(at - sent);
    await new Promise((r) => setTimeout(r, 100));
  }
  lat.sort((a, b) => a - b);
  console.log(`latency (${L} single edits): p50 ${lat[Math.ceil(L / 2) - 1]} ms, p99 ${lat[Math.ceil(L * 0.99) - 1]} ms`);
}
await server.close(); await app.close(); await sim.close(); fs.rmSync(dataDir, { recursive: true, force: true });
