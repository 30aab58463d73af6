/**
 * Per-API-key throttle for Cal.com, shared by every calsync process through PostgreSQL (`rate_limits`).
 *
 * Why GCRA (the generic cell rate algorithm, a.k.a. a leaky bucket as a meter): its whole state is ONE number
 * per key, the theoretical arrival time `tat`, so a reservation is one atomic upsert — no counters to sweep,
 * no window boundaries, no clock in the application (we use the database clock, so processes on machines
 * with skewed clocks still agree). Cal.com counts 120 requests per 60 s per SHA-256(key) (CONTRACT §4) and
 * blocks the key for 60 s once exceeded, so we throttle BEFORE sending rather than react to 429s.
 *
 * The rule, with emission interval T and burst tolerance tau: a request at time `now` conforms iff
 * `tat - tau <= now`; it then sets `tat = max(tat, now) + T`.
 *
 * Why no 60-second window holds more than perMinute + 1 requests: after n conforming requests starting at
 * t1, tat >= t1 + (n-1)·T before the n-th, so the n-th can only come at tn >= t1 + (n-1)·T - tau. In a window
 * of length W (tn - t1 <= W) that gives n <= (W + tau)/T + 1. We choose T = (60 s + tau) / perMinute (not
 * 60 s / perMinute), so for W = 60 s: n <= perMinute + 1 (and n <= perMinute for a half-open window, which
 * is how a fixed-window counter like Cal.com's counts). The price of the burst is a sustained rate of
 * perMinute · 60/(60 + tau/1000) per minute (≈ 91 % with the default tau = 6 s); with T = 60 s/perMinute the
 * bound would only hold for tau < T, i.e. no burst at all. Windows longer than 60 s obey the same rate:
 * n <= perMinute·W/60 s + 1.
 */
import { createHash } from 'node:crypto';
import type { Queryable } from '../db/database.js';

export interface RateLimiterOptions {
  /** Most requests in any period (60 s by default); configure at or below Cal.com's limit for the key (120). */
  perMinute: number;
  /** Burst tolerance tau in ms: how far ahead reservations may run. Default 10 % of the period, bounded to [0, 50 %]. */
  burstMs?: number;
  /** The period `perMinute` refers to; default 60000. Only tests shrink it. */
  periodMs?: number;
}

export interface RateLimitUsage {
  perMinute: number;
  /** How far the key's reservations run ahead of now (0 = idle, burstMs + T = every burst slot taken). */
  reservedAheadMs: number;
  /**
   * Budget in use, 0..1 (for a gauge): reservedAheadMs / (burstMs + T). GCRA keeps no count, so this is the
   * share of the burst headroom taken; it reads 1 when callers run at the full rate (and must wait).
   */
  budgetUsed: number;
  emissionIntervalMs: number;
  burstMs: number;
}

export interface RateLimiter {
  /** Waits until the key may send one request, and reserves it. */
  acquire(keyHash: string): Promise<void>;
  /** Pushes the key's next slot at least `ms` into the future (after an unexpected 429: >= 60000). */
  penalize(keyHash: string, ms: number): Promise<void>;
  /** The key's current reservation state, for metrics. */
  usage(keyHash: string): Promise<RateLimitUsage>;
  readonly emissionIntervalMs: number;
  readonly burstMs: number;
}

/** The limiter key for an API key: SHA-256 hex (the key itself is never stored). */
export function hashApiKey(apiKey: string): string {
  return createHash('sha256').update(apiKey).digest('hex');
}

const NOW_MS = `extract(epoch FROM clock_timestamp()) * 1000`;

/**
 * One atomic statement: the upsert reserves a slot only if `tat - tau <= now`. EXCLUDED.tat_ms carries
 * `now + T` so the clock is read once. When the WHERE fails, the insert returns no row and the outer
 * SELECT reads the (statement-snapshot) tat to compute the wait.
 */
const ACQUIRE_SQL = `
WITH clock AS MATERIALIZED (SELECT ${NOW_MS} AS now_ms),
reserved AS (
  INSERT INTO rate_limits AS r (key, tat_ms)
  SELECT $1, clock.now_ms + $2::double precision FROM clock
  ON CONFLICT (key) DO UPDATE
    SET tat_ms = greatest(r.tat_ms + $2::double precision, EXCLUDED.tat_ms)
    WHERE r.tat_ms - $3::double precision <= EXCLUDED.tat_ms - $2::double precision
  RETURNING r.tat_ms
)
SELECT (SELECT now_ms FROM clock) AS now_ms,
       (SELECT tat_ms FROM reserved) AS new_tat_ms,
       (SELECT tat_ms FROM rate_limits WHERE key = $1) AS old_tat_ms`;

const PENALIZE_SQL = `
INSERT INTO rate_limits AS r (key, tat_ms)
VALUES ($1, ${NOW_MS} + $2::double precision)
ON CONFLICT (key) DO UPDATE SET tat_ms = greatest(r.tat_ms, EXCLUDED.tat_ms)`;

const USAGE_SQL = `SELECT ${NOW_MS} AS now_ms, (SELECT tat_ms FROM rate_limits WHERE key = $1) AS tat_ms`;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** GCRA over the `rate_limits` table; see the file comment for why the per-minute bound holds. */
export function createRateLimiter(db: Pick<Queryable, 'query'>, opts: RateLimiterOptions): RateLimiter {
  if (!(opts.perMinute > 0)) throw new Error('rate limiter: perMinute must be > 0');
  const periodMs = opts.periodMs ?? 60_000;
  const burstMs = Math.min(Math.max(opts.burstMs ?? periodMs * 0.1, 0), periodMs * 0.5);
  const T = (periodMs + burstMs) / opts.perMinute;

  async function acquire(keyHash: string): Promise<void> {
    for (;;) {
      const [row] = await db.query<{ now_ms: number; new_tat_ms: number | null; old_tat_ms: number | null }>(ACQUIRE_SQL, [keyHash, T, burstMs]);
      if (row.new_tat_ms !== null && row.new_tat_ms !== undefined) return;
      // Denied: the slot opens at tat - tau. Add a little jitter so waiting processes do not stampede.
      const waitMs = Math.max(1, Number(row.old_tat_ms ?? 0) - burstMs - Number(row.now_ms));
      await sleep(waitMs + Math.random() * Math.min(T / 4, 25));
    }
  }

  async function penalize(keyHash: string, ms: number): Promise<void> {
    // The next request conforms when tat - tau <= now, so tat = now + ms + tau blocks for `ms`.
    await db.query(PENALIZE_SQL, [keyHash, Math.max(0, ms) + burstMs]);
  }

  async function usage(keyHash: string): Promise<RateLimitUsage> {
    const [row] = await db.query<{ now_ms: number; tat_ms: number | null }>(USAGE_SQL, [keyHash]);
    const reservedAheadMs = row.tat_ms === null ? 0 : Math.max(0, Number(row.tat_ms) - Number(row.now_ms));
    // At full sustained use, tat runs `burst + T` ahead and perMinute requests fall in each period.
    return {
      perMinute: opts.perMinute,
      reservedAheadMs,
      budgetUsed: Math.min(1, reservedAheadMs / (burstMs + T)),
      emissionIntervalMs: T,
      burstMs,
    };
  }

  return { acquire, penalize, usage, emissionIntervalMs: T, burstMs };
}
