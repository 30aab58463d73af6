import type { AppContext } from '../context.js';
import { QUEUES } from './queue.js';

/** Empties the raw bodies of processed deliveries older than the retention; returns how many. History is kept. */
export async function purgeOldBodies(ctx: AppContext): Promise<number> {
  const rows = await ctx.db.query(
    `UPDATE webhook_deliveries SET raw_body = '', body_purged_at = now()
     WHERE body_purged_at IS NULL AND status IN ('processed', 'duplicate') AND received_at < now() - make_interval(days => $1)
     RETURNING id`,
    [ctx.config.WEBHOOK_BODY_RETENTION_DAYS],
  );
  return rows.length;
}

/** A daily job (03:17) runs the purge. */
export async function startRetentionJobs(ctx: AppContext) {
  await ctx.queue.work(QUEUES.purgeBodies, 1, async () => {
    const purged = await purgeOldBodies(ctx);
    ctx.log.info({ purged, days: ctx.config.WEBHOOK_BODY_RETENTION_DAYS }, 'webhook bodies past retention emptied');
    return { purged };
  });
  await ctx.queue.boss.schedule(QUEUES.purgeBodies, '17 3 * * *', {}, { singletonKey: 'purge' } as any);
}
