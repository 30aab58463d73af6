import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, openPostgres, type Database, type Queryable } from '../db/database.js';
import { createScratchDatabase } from '../db/scratch-database.js';
import { createRateLimiter, hashApiKey } from './rate-limiter.js';

/** Embedded PGlite, or, when TEST_DATABASE_URL is set, a fresh database on that PostgreSQL server. */
const serverUrl = process.env.TEST_DATABASE_URL;
let scratch: { url: string; drop: () => Promise<void> } | null = null;
let db: Database;
beforeAll(async () => {
  if (serverUrl) {
    scratch = await createScratchDatabase(serverUrl, 'calsync_rl');
    db = openPostgres(scratch.url);
  } else {
    db = await openPglite(null);
  }
  await db.exec(`CREATE TABLE rate_limits (key text PRIMARY KEY, tat_ms double precision NOT NULL);`);
});
afterAll(async () => {
  await db?.close();
  await scratch?.drop();
});

/** Wraps the database to record the database-clock time of every granted reservation. */
function recording(inner: Queryable, grants: number[]): Pick<Queryable, 'query'> {
  return {
    async query<T>(sql: string, params?: unknown[]) {
      const rows = await inner.query<T>(sql, params);
      const r = rows[0] as { now_ms?: number; new_tat_ms?: number | null } | undefined;
      if (r && r.new_tat_ms != null && r.now_ms != null) grants.push(Number(r.now_ms));
      return rows;
    },
  };
}

/** The most grants found in any closed window [t, t + W]. */
function maxInWindow(times: number[], W: number): number {
  const t = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; j < t.length; j++) {
    while (t[j] - t[i] > W) i++;
    best = Math.max(best, j - i + 1);
  }
  return best;
}

/**
 * `callers` independent limiter instances (think: processes) sharing one key, each acquiring `each` times;
 * caller i uses `dbs[i % dbs.length]` (by default all the one test database).
 */
async function run(opts: { perMinute: number; periodMs: number; burstMs?: number }, key: string, callers: number, each: number, dbs: Queryable[] = [db]) {
  const grants: number[] = [];
  const started = performance.now();
  const done: number[] = [];
  await Promise.all(
    Array.from({ length: callers }, async (_, i) => {
      const limiter = createRateLimiter(recording(dbs[i % dbs.length], grants), opts);
      for (let i = 0; i < each; i++) {
        await limiter.acquire(key);
        done.push(performance.now() - started);
      }
    }),
  );
  return { grants: grants.sort((a, b) => a - b), done: done.sort((a, b) => a - b) };
}

describe(`GCRA rate limiter on ${serverUrl ? 'PostgreSQL' : 'PostgreSQL (PGlite)'}`, () => {
  it('perMinute=600 (a minute compressed to 6 s), 200 acquisitions from 4 callers: burst first, then never above the bound', async () => {
    const opts = { perMinute: 600, periodMs: 6000 }; // default burst = 10 % of the period = 600 ms
    const limiter = createRateLimiter(db, opts);
    const T = limiter.emissionIntervalMs;
    const tau = limiter.burstMs;
    expect([T, tau]).toEqual([11, 600]);
    const { grants, done } = await run(opts, hashApiKey('cal_live_burst'), 4, 50);
    expect(grants).toHaveLength(200);

    expect(done).toHaveLength(200);
    // Then the pace is T: after the burst, 200 grants need at least 199·T - tau.
    expect(grants[199] - grants[0]).toBeGreaterThanOrEqual(199 * T - tau - 0.01);

    // The GCRA guarantee, for every pair: the k-th grant after one is at least k·T - tau later.
    for (let i = 0; i < grants.length; i++)
      for (let j = i + 1; j < grants.length; j++) expect(grants[j] - grants[i]).toBeGreaterThanOrEqual((j - i) * T - tau - 0.01);
    // Hence in any window W: at most floor((W + tau) / T) + 1, i.e. perMinute + 1 in a (compressed) minute.
    for (const W of [100, 500, 1000, 3000, 6000]) expect(maxInWindow(grants, W)).toBeLessThanOrEqual(Math.floor((W + tau) / T) + 1);
  }, 10_000);

  it('lets a burst through at once, then holds the pace (slow rate, so the check does not depend on machine speed)', async () => {
    const opts = { perMinute: 60, periodMs: 60_000, burstMs: 3_000 }; // T ≈ 1.05 s, a burst of about 3
    const limiter = createRateLimiter(db, opts);
    const key = hashApiKey('cal_live_slow_burst');
    const T = limiter.emissionIntervalMs;
    const burst = Math.floor(opts.burstMs / T);
    const t0 = performance.now();
    const at: number[] = [];
    for (let i = 0; i < burst + 3; i++) {
      await limiter.acquire(key);
      at.push(performance.now() - t0);
    }
    // the burst takes a few round trips, far less than the intervals it would need at the pace
    expect(at[burst - 1]).toBeLessThan((burst - 1) * T);
    // after it, the pace: burst + 3 grants need at least (burst + 2)·T - tau
    expect(at[burst + 2]).toBeGreaterThanOrEqual((burst + 2) * T - opts.burstMs - 50);
  }, 30_000);

  it('over several periods no period-long window holds more than perMinute + 1', async () => {
    const opts = { perMinute: 30, periodMs: 1000, burstMs: 100 }; // T = 36.7 ms, burst 3
    const { grants } = await run(opts, hashApiKey('cal_live_periods'), 4, 20);
    expect(grants).toHaveLength(80);
    expect(grants[79] - grants[0]).toBeGreaterThan(2 * opts.periodMs); // spans more than two periods
    expect(maxInWindow(grants, opts.periodMs)).toBeLessThanOrEqual(opts.perMinute + 1);
    expect(maxInWindow(grants, opts.periodMs - 0.001)).toBeLessThanOrEqual(opts.perMinute); // half-open window
    // Sliding windows of several lengths: ≤ perMinute · W / period + 1 once W ≥ one period.
    for (const W of [1000, 1500, 2000]) expect(maxInWindow(grants, W)).toBeLessThanOrEqual(Math.floor((opts.perMinute * W) / opts.periodMs) + 1);
  }, 10_000);

  it('penalize delays the next acquire; usage reports the reservation; keys are independent', async () => {
    const limiter = createRateLimiter(db, { perMinute: 600 });
    const key = hashApiKey('cal_live_penalty');
    await limiter.acquire(key);
    let t = performance.now();
    await limiter.acquire(key); // inside the burst: immediate
    expect(performance.now() - t).toBeLessThan(100);

    await limiter.penalize(key, 400);
    const u = await limiter.usage(key);
    expect(u.perMinute).toBe(600);
    expect(u.reservedAheadMs).toBeGreaterThan(400);
    expect(u.budgetUsed).toBe(1);

    const other = hashApiKey('cal_live_other');
    t = performance.now();
    await limiter.acquire(other); // another key is not held back
    expect(performance.now() - t).toBeLessThan(100);

    t = performance.now();
    await limiter.acquire(key);
    expect(performance.now() - t).toBeGreaterThanOrEqual(380);

    expect((await limiter.usage(hashApiKey('never-used'))).reservedAheadMs).toBe(0);
    expect(hashApiKey('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  }, 10_000);
});

describe.skipIf(!serverUrl)('GCRA rate limiter shared by processes (PostgreSQL only)', () => {
  it('two separate connection pools (two processes with the same key) together stay within the bound', async () => {
    // Each pool is what one calsync process has; the key's state lives only in the database they share.
    const pools = [openPostgres(scratch!.url, 4), openPostgres(scratch!.url, 4)];
    try {
      const opts = { perMinute: 30, periodMs: 1000, burstMs: 100 }; // T = 36.7 ms, burst 3
      const T = createRateLimiter(pools[0], opts).emissionIntervalMs;
      const { grants } = await run(opts, hashApiKey('cal_live_two_processes'), 6, 14, pools);
      expect(grants).toHaveLength(84);
      expect(grants[83] - grants[0]).toBeGreaterThan(2 * opts.periodMs);
      for (let i = 0; i < grants.length; i++)
        for (let j = i + 1; j < grants.length; j++) expect(grants[j] - grants[i]).toBeGreaterThanOrEqual((j - i) * T - opts.burstMs - 0.01);
      expect(maxInWindow(grants, opts.periodMs)).toBeLessThanOrEqual(opts.perMinute + 1);
      expect(maxInWindow(grants, opts.periodMs - 0.001)).toBeLessThanOrEqual(opts.perMinute);
    } finally {
      await Promise.all(pools.map((p) => p.close()));
    }
  }, 15_000);
});
