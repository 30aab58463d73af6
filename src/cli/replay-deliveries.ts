import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';
import { DataDirLockedError } from '../db/database.js';
import { runningServer, type RunningServer } from './running-server.js';

export interface ReplayOptions {
  companyId?: string;
  /** Only deliveries whose processing failed (default: every delivery not processed yet: failed or received). */
  failed: boolean;
  /** One delivery by id, whatever its status. */
  id?: string;
  json: boolean;
}

interface ReplayResult {
  id: string;
  companyId: string;
  trigger: string | null;
  bookingUid: string | null;
  before: string;
  after: string;
  note?: string;
  error?: string;
}

/**
 * `calsync replay-deliveries [--company ID] [--failed] [--id ID] [--json]`: runs the same processing
 * again for stored webhook deliveries, oldest first, and prints each outcome. Exit code 1 when any
 * still fails. Runs in-process, or through the running server when it holds the embedded database.
 */
export async function runReplayDeliveries(config: Config, opts: ReplayOptions): Promise<number> {
  const print = (r: ReplayResult) => {
    if (!opts.json) process.stdout.write(`${r.id}  ${r.trigger ?? '-'}  ${r.bookingUid ?? '-'}  ${r.before} → ${r.after}${r.error ? `: ${r.error}` : r.note ? `: ${r.note}` : ''}\n`);
  };
  let results: ReplayResult[];
  try {
    results = await replayInProcess(config, opts, print);
  } catch (e) {
    if (!(e instanceof DataDirLockedError)) throw e;
    const server = runningServer(config.DATA_DIR);
    if (!server) throw e;
    if (!opts.json) process.stderr.write(`The embedded database is held by the running server; replaying through it at ${server.url}.\n`);
    results = await replayThroughServer(server, opts, print);
  }
  const failed = results.filter((r) => r.after === 'failed').length;
  if (opts.json) process.stdout.write(`${JSON.stringify({ replayed: results.length, failed, results }, null, 2)}\n`);
  else process.stdout.write(results.length ? `Replayed ${results.length} deliveries; ${failed} still failing.\n` : 'No deliveries to replay.\n');
  return failed ? 1 : 0;
}

async function replayInProcess(config: Config, opts: ReplayOptions, print: (r: ReplayResult) => void): Promise<ReplayResult[]> {
  const { createApp } = await import('../app.js');
  const { processDelivery } = await import('../sync/appointments.js');
  const pino = (await import('pino')).default;
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
    const results: ReplayResult[] = [];
    for (const r of rows) {
      const base = { id: r.id, companyId: r.company_id, trigger: r.trigger_event, bookingUid: r.booking_uid, before: r.status };
      let result: ReplayResult;
      try {
        const out = await processDelivery(app, r.company_id, r.id, { replay: true });
        result = { ...base, after: out.status, ...(out.note ? { note: out.note } : {}), ...(out.error ? { error: out.error } : {}) };
      } catch (e) {
        result = { ...base, after: 'failed', error: e instanceof Error ? e.message : String(e) };
      }
      results.push(result);
      print(result);
    }
    return results;
  } finally {
    await app.close();
  }
}

async function replayThroughServer(server: RunningServer, opts: ReplayOptions, print: (r: ReplayResult) => void): Promise<ReplayResult[]> {
  const call = (method: string, p: string) => server.call(method, p);
  type Listed = { id: string; companyId: string; triggerEvent: string | null; bookingUid: string | null; status: string; receivedAt: string };
  let todo: Listed[] = [];
  if (opts.id) todo = [await call('GET', `/api/webhook-deliveries/${encodeURIComponent(opts.id)}`)];
  else {
    for (const status of opts.failed ? ['failed'] : ['failed', 'received']) {
      for (let offset = 0; ; offset += 1000) {
        const q = new URLSearchParams({ status, limit: '1000', offset: String(offset), ...(opts.companyId ? { companyId: opts.companyId } : {}) });
        const page = await call('GET', `/api/webhook-deliveries?${q}`);
        todo.push(...page.data);
        if (page.data.length < 1000) break;
      }
    }
    todo.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.id.localeCompare(b.id));
  }
  if (opts.companyId) todo = todo.filter((d) => d.companyId === opts.companyId);
  const results: ReplayResult[] = [];
  for (const d of todo) {
    const base = { id: d.id, companyId: d.companyId, trigger: d.triggerEvent, bookingUid: d.bookingUid, before: d.status };
    let result: ReplayResult;
    try {
      const after = await call('POST', `/api/webhook-deliveries/${d.id}/replay`);
      result = { ...base, after: after.status, ...(after.note ? { note: after.note } : {}), ...(after.status === 'failed' && after.lastError ? { error: after.lastError } : {}) };
    } catch (e) {
      result = { ...base, after: 'failed', error: e instanceof Error ? e.message : String(e) };
    }
    results.push(result);
    print(result);
  }
  return results;
}
