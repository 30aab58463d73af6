import type { AppContext } from '../context.js';
import { QUEUES, type PushServiceJob } from './queue.js';
import { pushService } from '../sync/push-service.js';
import { startWebhookJobs } from './webhook-jobs.js';
import { startReconcileJobs } from './reconcile-jobs.js';
import { startRetentionJobs } from './retention.js';

/** Registers the job handlers of this process and re-queues pushes that a dead process left behind. */
export async function startWorker(ctx: AppContext) {
  await ctx.queue.work<PushServiceJob>(QUEUES.pushService, ctx.config.WORKER_CONCURRENCY, async (job) => {
    const outcome = await pushService(ctx, job.data, { retryCount: job.retryCount, retryLimit: job.retryLimit }).catch((e) => {
      ctx.metrics.pushes.inc({ outcome: 'retry' });
      throw e;
    });
    ctx.metrics.pushes.inc({ outcome });
    ctx.log.info({ serviceId: job.data.serviceId, outcome, attempt: job.retryCount + 1 }, 'push');
    return { outcome };
  });
  await startReconcileJobs(ctx);
  await startRetentionJobs(ctx);
  await startWebhookJobs(ctx);
  await requeuePending(ctx);
}

/**
 * Every `pending` service gets a queued push (the queue drops duplicates per service). This heals
 * anything a killed process held: its job expires and is retried too, but this is faster.
 */
export async function requeuePending(ctx: AppContext) {
  const rows = await ctx.db.query<{ id: string; company_id: string }>("SELECT id, company_id FROM services WHERE sync_status = 'pending'");
  for (const r of rows) await ctx.queue.enqueuePush({ companyId: r.company_id, serviceId: r.id });
  ctx.queue.notify(QUEUES.pushService);
  return rows.length;
}
