import type { AppContext } from '../context.js';
import { listCompanies } from '../db/companies-repo.js';
import { processDelivery } from '../sync/appointments.js';
import { pollBookings, type PollBookingsJob } from '../sync/bookings-poll.js';
import { ingestLull, type ProcessDeliveryJob } from '../sync/webhook-inbox.js';
import { QUEUES } from './queue.js';

/**
 * Webhook deliveries and the bookings backstop: processes stored deliveries, polls each company's
 * bookings every BOOKINGS_POLL_MINUTES (one scheduled tick fans out one poll per company), and
 * re-queues deliveries a dead process left unprocessed.
 */
export async function startWebhookJobs(ctx: AppContext) {
  // Batches of 20: one fetch and one completion (two commits) per 20 deliveries, not per delivery. A
  // full batch fetches again at once (drain). Storing deliveries comes first: while this process is
  // taking deliveries in, each delivery's processing waits for a lull (at most WEBHOOK_PROCESS_YIELD_MS),
  // so a burst is acknowledged fast and processed just after it.
  await ctx.queue.work<ProcessDeliveryJob>(
    QUEUES.processDelivery,
    ctx.config.WORKER_CONCURRENCY,
    (job) => processDelivery(ctx, job.data.companyId, job.data.deliveryId),
    20,
    { drain: true, beforeEach: () => ingestLull(ctx.config.WEBHOOK_PROCESS_YIELD_MS) },
  );
  await ctx.queue.work<PollBookingsJob>(QUEUES.pollBookings, 1, async (job) => {
    if (!job.data.companyId) {
      for (const c of await listCompanies(ctx.db)) {
        await ctx.queue.send(QUEUES.pollBookings, { companyId: c.id } satisfies PollBookingsJob, { singletonKey: c.id });
      }
      return { outcome: 'fanned out' };
    }
    return pollBookings(ctx, job.data.companyId);
  });
  const every = ctx.config.BOOKINGS_POLL_MINUTES;
  if (every > 0) {
    const cron = every >= 60 ? `0 */${Math.max(1, Math.round(every / 60))} * * *` : `*/${Math.max(1, Math.round(every))} * * * *`;
    await ctx.queue.boss.schedule(QUEUES.pollBookings, cron, {}, { singletonKey: 'all' } as any);
  } else {
    await ctx.queue.boss.unschedule(QUEUES.pollBookings).catch(() => {});
  }
  await requeueReceived(ctx);
}

/**
 * Every delivery still `received` gets a new processing job. Its own job normally does it, but a job
 * held by a killed process waits for its expiry (minutes); processing is idempotent, so a second job is harmless.
 */
export async function requeueReceived(ctx: AppContext) {
  const rows = await ctx.db.query<{ id: string; company_id: string }>(
    "SELECT id, company_id FROM webhook_deliveries WHERE status = 'received' ORDER BY received_at LIMIT 100000",
  );
  for (const r of rows) await ctx.queue.send(QUEUES.processDelivery, { companyId: r.company_id, deliveryId: r.id } satisfies ProcessDeliveryJob);
  if (rows.length) ctx.queue.notify(QUEUES.processDelivery);
  return rows.length;
}
