import type { AppContext } from '../context.js';
import { systemActor } from '../context.js';
import { findCompany, listCompanies } from '../db/companies-repo.js';
import { reconcileCompany } from '../sync/reconcile.js';
import { QUEUES } from './queue.js';
import { analyzeTables } from '../db/maintenance.js';

interface ReconcileCompanyJob {
  companyId: string;
  deferrals?: number;
}

/**
 * Scheduled reconciliation: every RECONCILE_EVERY_MINUTES a job fans out one reconcile per company.
 * Each waits behind the company's user-driven pushes (deferred while any is pending) and spends the
 * same per-key rate budget as pushes do.
 */
export async function startReconcileJobs(ctx: AppContext) {
  await ctx.queue.work(QUEUES.reconcileAll, 1, async () => {
    for (const c of await listCompanies(ctx.db)) {
      await ctx.queue.send(QUEUES.reconcileCompany, { companyId: c.id } satisfies ReconcileCompanyJob, { singletonKey: c.id });
    }
    // Keep the planner's statistics current: PGlite runs no autovacuum, and without statistics the services
    // list's bookable filter takes a plan 20× slower at 10,000 services (docs/BENCHMARKS.md, "Services list").
    await analyzeTables(ctx.db);
  });
  await ctx.queue.work<ReconcileCompanyJob>(QUEUES.reconcileCompany, 1, async (job) => {
    const company = await findCompany(ctx.db, job.data.companyId);
    if (!company) return { outcome: 'gone' };
    const [{ n }] = await ctx.db.query<{ n: number }>("SELECT count(*)::int AS n FROM services WHERE company_id = $1 AND sync_status = 'pending'", [company.id]);
    const deferrals = job.data.deferrals ?? 0;
    if (n > 0 && deferrals < 10) {
      await ctx.queue.send(QUEUES.reconcileCompany, { companyId: company.id, deferrals: deferrals + 1 }, { startAfter: 30 });
      return { outcome: 'deferred', pending: n };
    }
    const r = await reconcileCompany(ctx, systemActor('scheduled reconciliation'), company, { checkOnly: false, force: false });
    ctx.log.info({ companyId: company.id, complete: r.complete, summary: r.summary }, 'reconciled');
    return { outcome: r.complete ? 'applied' : 'incomplete', summary: r.summary };
  });
  const every = ctx.config.RECONCILE_EVERY_MINUTES;
  if (every > 0) {
    const cron = every >= 60 ? `0 */${Math.max(1, Math.round(every / 60))} * * *` : `*/${Math.max(1, Math.round(every))} * * * *`;
    await ctx.queue.boss.schedule(QUEUES.reconcileAll, cron, {}, { singletonKey: 'all' } as any);
  } else {
    await ctx.queue.boss.unschedule(QUEUES.reconcileAll).catch(() => {});
  }
}
