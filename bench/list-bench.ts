/**
 * The admin web app's services table at scale: ONE company with 10,000 services, paged on the server
 * (`GET /api/services?companyId=…&limit=50&offset=…&sort=…&order=…&q=…&syncStatus=…&bookable=…&drifted=…`),
 * which the web app polls for the current page every 2 s. Target: every page answers in p50 < 100 ms.
 *
 * Seeding, the realistic way but fast: the company's Cal.com user gets 10,000 event types straight in the
 * simulator's state, and one reconciliation apply (`POST /api/reconcile {companyId}`) imports them all as
 * synced services. Then a few hundred differ, each the way it would in production:
 *   - event types edited in Cal.com (titles, and lengths: booking-critical) + a second reconciliation
 *     apply → open divergences (drifted=true; the length ones are not bookable by phone);
 *   - prices set and services switched off through the API (price is platform-only; switching off is pushed);
 *   - edits whose push Cal.com refuses (a simulator fault answering 400) → sync status `error`;
 *   - edits made after the company's API key was revoked in Cal.com → the pushes pause, status `pending`
 *     (the connection is then `broken`, which keeps the worker quiet while the section measures).
 *
 * Each query: a warm-up, then N sequential requests timed at the client (round trip, JSON included),
 * reported as p50/p99. Two passes: the catalog as seeded (planner statistics as the store has them: PGlite
 * never gathers any, PostgreSQL when autovacuum got to it), then after an explicit ANALYZE (what a
 * PostgreSQL server with autovacuum converges to). The calsync server's RSS (idle after seeding, and peak
 * while answering the first pass) is sampled from /proc; on PostgreSQL it excludes the database server.
 *
 * BENCH_LIST_SERVICES (10000), BENCH_LIST_REQUESTS (50) and BENCH_LIST_WARMUP (5) change the sizes.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { openDatabase } from '../src/db/database.js';
import { freshStore, startCalsync, type CalsyncProcess } from './lib/calsync.js';
import { progress, type BenchOptions } from './lib/options.js';
import { below, type Figure, type SectionResult } from './lib/section.js';
import { startBenchSim } from './lib/sim.js';
import { percentile, pool, round, sleep } from './lib/stats.js';

const TARGET_P50_MS = 100;
/** The word of the search query: in exactly 1 % of the names, in no other name or slug. */
const RARE_WORD = 'Aromatherapy';

const QUALIFIERS = ['Express', 'Classic', 'Signature', 'Deluxe', 'Mini', 'Full', 'Senior', 'Junior', 'Bridal', 'Gents', 'Kids', 'Luxury', 'Quick', 'Intensive', 'Relaxing', 'Premium'];
const TREATMENTS = ['Haircut', 'Colour', 'Balayage', 'Blow Dry', 'Manicure', 'Pedicure', 'Massage', 'Facial', 'Waxing', 'Brow Shape', 'Lash Lift', 'Beard Trim', 'Consultation', 'Highlights', 'Perm', 'Gel Nails', 'Scalp Treatment', 'Updo', 'Tinting', 'Hot Stone'];
const PLACES = ['Camden', 'Soho', 'Brixton', 'Hackney', 'Chelsea', 'Islington', 'Greenwich', 'Putney', 'Ealing', 'Richmond', 'Hampstead', 'Clapham'];

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

const slugOf = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

interface Query {
  key: string;
  label: string;
  params: string;
  /** What the answer's `total` should be (checked, and reported when it differs). */
  expectTotal?: number;
}

export async function runListBench(opts: BenchOptions): Promise<SectionResult> {
  const total = Number(process.env.BENCH_LIST_SERVICES ?? 10_000);
  const n = Number(process.env.BENCH_LIST_REQUESTS ?? 50);
  const warmup = Number(process.env.BENCH_LIST_WARMUP ?? 5);
  // The few hundred that differ (each group disjoint from the others).
  const groups = { driftName: 100, driftLength: 50, priced: 300, switchedOff: 50, error: 50, pending: 100 };
  const rare = Math.round(total / 100);

  const bsim = await startBenchSim(100_000);
  const store = await freshStore('list');
  const state = bsim.sim.ctx.state;
  let app: CalsyncProcess | null = null;
  try {
    // Generous budget: the seeding pushes (switch-offs, refused edits) should not wait on it.
    app = await startCalsync(store, { CALCOM_API_URL: bsim.baseUrl, CALCOM_RATE_PER_MINUTE: '6000', LOG_LEVEL: 'warn' }, 'list');
    const api = app.api;
    const pid = app.child.pid!;

    // ---- 1. one company, 10,000 event types in Cal.com, imported by one reconciliation ------------------
    const apiKey = `cal_bench_list_${crypto.randomBytes(8).toString('hex')}`;
    const company = await api('POST', '/api/companies', { name: 'Bench Big Salon Chain', calcomApiKey: apiKey, calcomApiUrl: bsim.baseUrl });
    if (company.status !== 201 || !company.body.calcom?.connected) throw new Error(`company create failed: ${company.status} ${JSON.stringify(company.body)}`);
    const companyId: string = company.body.id;
    const user = state.userForKey(apiKey);
    if (!user) throw new Error('the simulator does not know the company’s key');

    progress(`list: ${total} event types for one Cal.com user, then one reconciliation apply imports them (${store.kind})`);
    const eventTypes = [];
    for (let i = 0; i < total; i++) {
      const rareHere = i % 100 === 37;
      const title = `${QUALIFIERS[i % QUALIFIERS.length]} ${rareHere ? RARE_WORD : TREATMENTS[Math.floor(i / 7) % TREATMENTS.length]} ${PLACES[Math.floor(i / 3) % PLACES.length]} ${i + 1}`;
      eventTypes.push(
        state.createEventType(user.id, {
          title,
          slug: slugOf(title),
          lengthInMinutes: 15 + (i % 8) * 15,
          description: i % 3 ? `${title}: by appointment.` : '',
          hidden: i % 20 === 11, // 5 % not offered online
        }),
      );
    }
    const importStart = performance.now();
    const imp = await api('POST', '/api/reconcile', { companyId });
    const importMs = performance.now() - importStart;
    if (imp.status !== 200) throw new Error(`reconcile apply answered ${imp.status}: ${JSON.stringify(imp.body).slice(0, 300)}`);
    const imported = await totalOf(api, companyId, '');
    if (imported !== total) throw new Error(`expected ${total} imported services, found ${imported}`);
    progress(`list: imported ${imported} services in ${(importMs / 1000).toFixed(1)} s`);

    // Services by event type, and disjoint picks for each group (spread over the catalog, never the rare word's).
    const byEt = new Map<number, string>();
    for (let offset = 0; offset < total; offset += 500) {
      const r = await api('GET', `/api/services?companyId=${companyId}&limit=500&offset=${offset}&sort=name`);
      for (const s of r.body.data) byEt.set(s.calcomEventTypeId, s.id);
    }
    // A fixed shuffle (the same catalog every run), handed out in disjoint slices.
    const candidates = eventTypes.filter((_, i) => i % 100 !== 37);
    let seed = 20240614;
    const rand = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
    for (let i = candidates.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [candidates[i], candidates[j]] = [candidates[j], candidates[i]];
    }
    let cursor = 0;
    const pick = (count: number) => candidates.slice(cursor, (cursor += count));

    // ---- 2. edited in Cal.com's UI (no webhook); a second reconciliation records the divergences ----------
    const driftName = pick(groups.driftName);
    const driftLength = pick(groups.driftLength);
    driftName.forEach((et, k) => state.updateEventType(et, { title: `${String(et.fields.title)} (renamed in Cal.com ${k})` }));
    for (const et of driftLength) state.updateEventType(et, { lengthInMinutes: Number(et.fields.lengthInMinutes) + 5 });
    const rec2 = await api('POST', '/api/reconcile', { companyId });
    if (rec2.status !== 200) throw new Error(`second reconcile apply answered ${rec2.status}`);

    // ---- 3. edits through the API -------------------------------------------------------------------------
    const sid = (et: { id: number }) => {
      const id = byEt.get(et.id);
      if (!id) throw new Error(`no service for event type ${et.id}`);
      return id;
    };
    const patch = async (id: string, body: Record<string, unknown>) => {
      const r = await api('PATCH', `/api/services/${id}`, body);
      if (r.status !== 200) throw new Error(`PATCH /api/services/${id} answered ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
    };
    const priced = pick(groups.priced);
    await pool(priced, 8, (et, k) => patch(sid(et), { price: 20 + ((k * 37) % 180) + (k % 4) * 0.25, currency: 'EUR' }));
    const switchedOff = pick(groups.switchedOff);
    await pool(switchedOff, 8, (et) => patch(sid(et), { isActive: false }));
    await waitStatus(api, companyId, 'pending', 0, 'switch-offs pushed');

    // Cal.com refuses these pushes (400: permanent) → error.
    const refused = pick(groups.error);
    const fault = await bsim.api('POST', '/_sim/faults', { method: 'PATCH', path: '^/v2/event-types/\\d+', status: 400, body: { status: 'error', error: { code: 'BadRequestException', message: 'bench: refused' } }, times: groups.error });
    if (fault.status !== 201) throw new Error(`/_sim/faults answered ${fault.status}`);
    await pool(refused, 8, (et, k) => patch(sid(et), { description: `Refused by Cal.com ${k}` }));
    await waitStatus(api, companyId, 'pending', 0, 'refused pushes settled');
    await bsim.api('DELETE', '/_sim/faults');

    // The key revoked in Cal.com: the next pushes find it broken and pause → pending.
    await bsim.api('POST', '/_sim/keys/revoke', { apiKey });
    const pending = pick(groups.pending);
    await pool(pending, 8, (et, k) => patch(sid(et), { name: `Pending rename ${k}` }));
    await sleep(3000); // let the worker find the key broken and pause the pushes

    // ---- 4. measure ---------------------------------------------------------------------------------------
    const counts = {
      pending: await totalOf(api, companyId, '&syncStatus=pending'),
      error: await totalOf(api, companyId, '&syncStatus=error'),
      drifted: await totalOf(api, companyId, '&drifted=true'),
      phone: await totalOf(api, companyId, '&bookable=phone'),
      search: await totalOf(api, companyId, `&q=${RARE_WORD.toLowerCase()}`),
    };
    progress(`list: seeded; ${JSON.stringify(counts)}`);
    const expectPhone = total - groups.driftLength - groups.switchedOff - groups.error - groups.pending;
    const queries: Query[] = [
      { key: 'listFirstPage', label: 'first page, default sort (name)', params: '' },
      { key: 'listSortPrice', label: 'sort by price desc', params: '&sort=price&order=desc' },
      { key: 'listSortLastSync', label: 'sort by lastCalcomSync desc', params: '&sort=lastCalcomSync&order=desc' },
      { key: 'listDeepPage', label: `deep page (offset ${total - 50})`, params: `&offset=${total - 50}` },
      { key: 'listSearch', label: `search q=${RARE_WORD.toLowerCase()} (1 % of names)`, params: `&q=${RARE_WORD.toLowerCase()}`, expectTotal: rare },
      { key: 'listFilterPending', label: 'filter syncStatus=pending', params: '&syncStatus=pending', expectTotal: groups.pending },
      { key: 'listFilterError', label: 'filter syncStatus=error', params: '&syncStatus=error', expectTotal: groups.error },
      { key: 'listFilterPhone', label: 'filter bookable=phone', params: '&bookable=phone', expectTotal: expectPhone },
      { key: 'listFilterDrifted', label: 'filter drifted=true', params: '&drifted=true', expectTotal: groups.driftName + groups.driftLength },
    ];

    // Pass 1: the catalog as calsync left it. PGlite never gathers planner statistics (no autovacuum in a
    // single-user embedded server, and calsync runs no ANALYZE); on PostgreSQL autovacuum may or may not
    // have analyzed the new rows by now (and is off on some test servers), so the plans are as they come.
    await sleep(1000);
    const idleMb = rssMb(pid);
    const pass1 = await measurePass(app, companyId, queries, '', n, warmup);
    const peakMb = pass1.peakMb;
    progress('list: ANALYZE (calsync stopped for PGlite’s single session), then the same queries again');
    await app.stop();
    app = null;
    const db = await openDatabase({ databaseUrl: store.databaseUrl, dataDir: store.dataDir });
    let autovacuum: string | null = null;
    try {
      if (store.kind === 'postgres') autovacuum = ((await db.query<{ autovacuum: string }>('SHOW autovacuum'))[0]?.autovacuum as string) ?? null;
      await db.exec('ANALYZE');
    } finally {
      await db.close();
    }
    app = await startCalsync(store, { CALCOM_API_URL: bsim.baseUrl, CALCOM_RATE_PER_MINUTE: '6000', LOG_LEVEL: 'warn' }, 'list-analyzed');
    await sleep(3000); // start-up work (re-queued pushes find the connection broken and pause)
    const pass2 = await measurePass(app, companyId, queries, 'Analyzed', n, warmup, ' (after ANALYZE)');

    const figures: Figure[] = [...pass1.figures];
    figures.push({ key: 'listServerIdleRssMb', label: 'calsync RSS, idle with the catalog seeded', value: Math.round(idleMb), unit: 'MB' });
    figures.push({ key: 'listServerPeakRssMb', label: 'calsync peak RSS while answering the pages', value: Math.round(peakMb), unit: 'MB' });
    figures.push(...pass2.figures);
    const notes = [...pass1.notes, ...pass2.notes];
    if (store.kind === 'postgres') {
      notes.push('RSS is the calsync process alone (the PostgreSQL server’s processes are not counted).');
      if (autovacuum !== 'on') notes.push(`this PostgreSQL server runs with autovacuum=${autovacuum}: without ANALYZE its planner has no statistics for the new rows.`);
    } else {
      notes.push('RSS includes PGlite, which runs inside the calsync process.');
      notes.push('PGlite has no autovacuum and calsync runs no ANALYZE: the first set of figures is what a PGlite deployment keeps getting.');
    }

    return {
      section: 'list',
      title: `Services table: one company with ${total.toLocaleString('en')} services, pages of 50, ${n} sequential requests per query (${store.kind})`,
      figures,
      details: { total, requestsPerQuery: n, warmup, groups, counts, importSeconds: round(importMs / 1000, 1), autovacuum, queries: pass1.perQuery, queriesAnalyzed: pass2.perQuery },
      notes,
    };
  } finally {
    await app?.stop();
    await bsim.close();
    await store.dispose(opts.keep);
  }
}

/** Each query: `warmup` requests, then `n` sequential ones timed at the client; the server's RSS sampled meanwhile. */
async function measurePass(app: CalsyncProcess, companyId: string, queries: Query[], keySuffix: string, n: number, warmup: number, labelSuffix = '') {
  const pid = app.child.pid!;
  let peakMb = rssMb(pid);
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peakMb = Math.max(peakMb, rssMb(pid));
      await sleep(20);
    }
  })();
  const figures: Figure[] = [];
  const notes: string[] = [];
  const perQuery: Record<string, unknown> = {};
  try {
    for (const q of queries) {
      const path = `/api/services?companyId=${companyId}&limit=50${q.params}`;
      let first: any = null;
      for (let i = 0; i < warmup; i++) {
        const r = await app.api('GET', path);
        if (r.status !== 200) throw new Error(`GET ${path} answered ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
        first ??= r.body;
      }
      const ms: number[] = [];
      for (let i = 0; i < n; i++) {
        const t = performance.now();
        const res = await fetch(app.url + path, { headers: { authorization: `Bearer ${app.token}` } });
        const body = await res.json();
        ms.push(performance.now() - t);
        if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}`);
        first ??= body;
      }
      const p50 = round(percentile(ms, 50), 1);
      const p99 = round(percentile(ms, 99), 1);
      const key = `${q.key}${keySuffix}`;
      figures.push(below({ key: `${key}P50Ms`, label: `${q.label}${labelSuffix}: p50`, value: p50, unit: 'ms' }, TARGET_P50_MS));
      figures.push({ key: `${key}P99Ms`, label: `${q.label}${labelSuffix}: p99`, value: p99, unit: 'ms' });
      perQuery[q.key] = { path: path.replace(companyId, '<id>'), total: first?.total, rows: first?.data?.length, bytes: JSON.stringify(first).length, maxMs: round(Math.max(...ms), 1) };
      if (q.expectTotal !== undefined && first?.total !== q.expectTotal) notes.push(`${q.label}: total ${first?.total}, expected ${q.expectTotal}`);
      if (!first?.data?.length) notes.push(`${q.label}: empty page`);
      progress(`list: ${key} p50 ${p50} ms, p99 ${p99} ms (total ${first?.total})`);
    }
  } finally {
    sampling = false;
    await sampler;
  }
  return { figures, notes, perQuery, peakMb: Math.max(peakMb, rssMb(pid)) };
}

async function totalOf(api: CalsyncProcess['api'], companyId: string, params: string): Promise<number> {
  const r = await api('GET', `/api/services?companyId=${companyId}&limit=1${params}`);
  if (r.status !== 200) throw new Error(`GET /api/services answered ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
  return r.body.total as number;
}

/** Waits until `total` services of the company have this status (the queue worked off what was queued). */
async function waitStatus(api: CalsyncProcess['api'], companyId: string, status: string, want: number, what: string, timeoutMs = 180_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const got = await totalOf(api, companyId, `&syncStatus=${status}`);
    if (got === want) return;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}: ${got} services ${status}, expected ${want}`);
    await sleep(250);
  }
}
