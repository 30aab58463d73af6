import pino from 'pino';
import type { Config } from '../config.js';
import { createApp } from '../app.js';
import { processDelivery } from '../sync/appointments.js';

export interface ReplayOptions {
  companyId?: string;
  /** Only deliveries whose processing failed (default: every delivery not processed yet: failed or received). */
  failed: boolean;
  /** One delivery by id, whatever its status. */
  id?: string;
  json: boolean;
}

/**
 * `calsync replay-deliveries [--company ID] [--failed] [--id ID] [--json]`: runs the same processing
 * again for stored webhook deliveries, oldest first, and prints each outcome. Exit code 1 when any
 * still fails. Needs the database: with PGlite, stop the server first (or replay through the API:
 * `POST /api/webhook-deliveries/:id/replay`).
 */
export async function runReplayDeliveries(config: Config, opts: ReplayOptions): Promise<number> {
  // Logs go to stderr so stdout stays the report (--json).
  const app = await createApp(config, { logger: pino({ level: 'warn' }, pino.destination(2)) });
  try {
    const where: string[] = [];
    const params: unknown[] = [];
    if (opts.companyId) {
      params.push(opts.companyId);
      where.push(`company_id = $${params.length}::uuid`);
    }
    if (opts.id) {
      params.push(opts.id);
      where.push(`id = $${params.length}::uuid`);
    } else where.push(opts.failed ? "status = 'failed'" : "status IN ('failed', 'received')");
    const rows = await app.db.query<{ id: string; company_id: string; trigger_event: string | null; booking_uid: string | null; status: string }>(
      `SELECT id, company_id, trigger_event, booking_uid, status FROM webhook_deliveries WHERE ${where.join(' AND ')} ORDER BY received_at, id`,
      params,
    );
    const results: { id: string; companyId: string; trigger: string | null; bookingUid: string | null; before: string; after: string; note?: string; error?: string }[] = [];
    for (const r of rows) {
      let after: string;
      let note: string | undefined;
      let error: string | undefined;
      try {
        const out = await processDelivery(app, r.company_id, r.id, { replay: true });
        after = out.status;
        note = out.note;
        error = out.error;
      } catch (e) {
        after = 'failed';
        error = e instanceof Error ? e.message : String(e);
      }
      results.push({ id: r.id, companyId: r.company_id, trigger: r.trigger_event, bookingUid: r.booking_uid, before: r.status, after, ...(note ? { note } : {}), ...(error ? { error } : {}) });
      if (!opts.json) process.stdout.write(`${r.id}  ${r.trigger_event ?? '-'}  ${r.booking_uid ?? '-'}  ${r.status} → ${after}${error ? `: ${error}` : note ? `: ${note}` : ''}\n`);
    }
    const failed = results.filter((r) => r.after === 'failed').length;
    if (opts.json) process.stdout.write(`${JSON.stringify({ replayed: results.length, failed, results }, null, 2)}\n`);
    else process.stdout.write(results.length ? `Replayed ${results.length} deliveries; ${failed} still failing.\n` : 'No deliveries to replay.\n');
    return failed ? 1 : 0;
  } finally {
    await app.close();
  }
}
