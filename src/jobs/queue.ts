import PgBoss from 'pg-boss';
import type { Database, Queryable } from '../db/database.js';
import type { Config } from '../config.js';
import { runWithLogContext } from '../log-context.js';

/**
 * The job catalog: every queue calsync uses, with its payload and retry policy, in one place.
 * pg-boss keeps jobs in PostgreSQL, so a job sent inside a transaction exists exactly when the
 * edit that caused it commits.
 */
export const QUEUES = {
  /** Push one service's platform state to Cal.com. `short` policy: at most one queued per service, so edits coalesce. */
  pushService: 'push-service',
  /** Reconcile one company (plan, then apply). */
  reconcileCompany: 'reconcile-company',
  /** Reconcile every company (scheduled). */
  reconcileAll: 'reconcile-all',
  /** Process one stored webhook delivery. */
  processDelivery: 'process-delivery',
  /** Drop raw webhook bodies past their retention (daily). */
  purgeBodies: 'purge-bodies',
  /** Poll Cal.com's bookings for one company (backstop for lost webhooks). */
  pollBookings: 'poll-bookings',
} as const;

export interface PushServiceJob {
  companyId: string;
  serviceId: string;
  /** Set by "Sync to Cal.com": push every owned field over Cal.com's values and resolve divergences. */
  force?: boolean;
  actor?: string;
  /** Read Cal.com first and send whatever differs (after a lost lease or an uncertain write), except fields with an open divergence. */
  verify?: boolean;
  /** When the first edit of this batch was queued (ms since epoch): bounds the debounce. */
  since?: number;
}

export type Queue = Awaited<ReturnType<typeof startQueue>>;

/** Starts pg-boss on calsync's database and creates the queues. `supervise` runs maintenance (expiry, retries). */
export async function startQueue(db: Database, config: Config, opts: { supervise?: boolean; schedule?: boolean } = {}) {
  const boss = new PgBoss({
    db: { executeSql: (text: string, values?: unknown[]) => db.executeSql(text, values) },
    schema: 'pgboss',
    supervise: opts.supervise ?? true,
    schedule: opts.schedule ?? true,
    migrate: true,
    maintenanceIntervalSeconds: 10,
  } as any);
  boss.on('error', (err: Error) => {
    // Maintenance errors (e.g. a lost connection) are retried by pg-boss itself.
    if (process.env.CALSYNC_DEBUG) console.error('[queue]', err);
  });
  await boss.start();
  await ensureQueue(boss, QUEUES.pushService, {
    policy: 'short',
    retryLimit: config.PUSH_RETRY_LIMIT,
    retryDelay: config.PUSH_RETRY_DELAY_SECONDS,
    retryBackoff: true,
    expireInSeconds: Math.max(config.PUSH_LEASE_SECONDS, 10),
  });
  await ensureQueue(boss, QUEUES.reconcileCompany, { policy: 'short', retryLimit: 3, retryDelay: 30, retryBackoff: true, expireInSeconds: 1800 });
  await ensureQueue(boss, QUEUES.reconcileAll, { policy: 'short', retryLimit: 0, expireInSeconds: 600 });
  await ensureQueue(boss, QUEUES.processDelivery, { policy: 'standard', retryLimit: 5, retryDelay: 2, retryBackoff: true, expireInSeconds: 120 });
  await ensureQueue(boss, QUEUES.pollBookings, { policy: 'short', retryLimit: 2, retryDelay: 30, retryBackoff: true, expireInSeconds: 600 });

  await ensureQueue(boss, QUEUES.purgeBodies, { policy: 'short', retryLimit: 2, retryDelay: 300, expireInSeconds: 3600 });

  const localWorkers = new Map<string, string[]>();
  return {
    boss,
    /** Queues a push; pass the edit's transaction so the job commits with it. Returns false when one is already queued. */
    async enqueuePush(job: PushServiceJob, tx?: Queryable, startAfter?: number | Date): Promise<boolean> {
      const id = await boss.send(QUEUES.pushService, job, {
        singletonKey: job.serviceId,
        ...(startAfter ? { startAfter } : {}),
        ...(tx ? { db: { executeSql: (text: string, values: unknown[]) => tx.executeSql(text, values) } } : {}),
      } as any);
      // A delayed push (debounce, deferral) would otherwise wait for the next poll (1 s): wake this
      // process's workers when it is due. Other processes find it at their next poll.
      if (id != null && startAfter) {
        const ms = startAfter instanceof Date ? startAfter.getTime() - Date.now() : startAfter * 1000;
        setTimeout(() => this.notify(QUEUES.pushService), Math.max(0, ms) + 5).unref();
      }
      return id != null;
    },
    async send(name: string, data: object, options: Record<string, unknown> = {}, tx?: Queryable) {
      return boss.send(name, data, {
        ...options,
        ...(tx ? { db: { executeSql: (text: string, values: unknown[]) => tx.executeSql(text, values) } } : {}),
      } as any);
    },
    /**
     * Registers a handler; returns its worker ids so a local send can wake it at once. `batchSize` > 1:
     * each fetch takes up to that many jobs (one fetch, one completion for all) and the handler runs on
     * them one after another; if one throws, the others still run and the whole batch goes back for a
     * retry (only for idempotent handlers). `beforeEach` runs before each job (e.g. to yield to more
     * urgent work); `drain` makes a worker that took a full batch fetch again at once instead of
     * waiting for its next poll.
     */
    async work<T extends object>(
      name: string,
      concurrency: number,
      handler: (job: PgBoss.JobWithMetadata<T>) => Promise<unknown>,
      batchSize = 1,
      opts: { beforeEach?: () => Promise<void>; drain?: boolean } = {},
    ) {
      const ids: string[] = [];
      for (let i = 0; i < concurrency; i++) {
        let id = '';
        id = await boss.work<T>(name, { batchSize, includeMetadata: true, pollingIntervalSeconds: 1 }, async (jobs) => {
          if (!jobs.length) return [];
          const run = (job: PgBoss.JobWithMetadata<T>) =>
            runWithLogContext({ reqId: `job:${job.id}`, queue: name }, async () => {
              await opts.beforeEach?.();
              return handler(job);
            });
          try {
            if (jobs.length === 1) return await run(jobs[0]);
            const out: unknown[] = [];
            let failure: unknown = null;
            for (const job of jobs) out.push(await run(job).catch((e) => (failure ??= e)));
            if (failure) throw failure;
            return out;
          } finally {
            if (opts.drain && jobs.length === batchSize) boss.notifyWorker(id);
          }
        });
        ids.push(id);
      }
      localWorkers.set(name, [...(localWorkers.get(name) ?? []), ...ids]);
      return ids;
    },
    /** Wakes this process's workers of a queue (after a commit) instead of waiting for their next poll. */
    notify(name: string) {
      for (const id of localWorkers.get(name) ?? []) boss.notifyWorker(id);
    },
    async depth(name: string): Promise<number> {
      return boss.getQueueSize(name);
    },
    async stop(graceful = true) {
      await boss.stop({ graceful, wait: true, timeout: 15_000 } as any);
    },
  };
}

async function ensureQueue(boss: PgBoss, name: string, options: Record<string, unknown>) {
  const existing = await boss.getQueue(name);
  if (existing) await boss.updateQueue(name, options as any);
  else {
    try {
      await boss.createQueue(name, options as any);
    } catch (e: any) {
      if (e?.code !== '23505') throw e; // another process created it first
    }
  }
}
