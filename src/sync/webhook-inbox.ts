/**
 * The webhook inbox: verify a Cal.com delivery, then store it durably and queue its processing in
 * the same transaction. Nothing is stored for a refused delivery; a delivery is acknowledged only
 * after its row (and its job) committed. See shared CONTRACT §3.3 (signature) and §3.4 (delivery).
 */
import crypto from 'node:crypto';
import type { AppContext } from '../context.js';
import { AppError, notFound } from '../errors.js';
import { QUEUES } from '../jobs/queue.js';

/** Cal.com's limit is not documented; calsync refuses bodies over 1 MiB (413). */
export const MAX_DELIVERY_BYTES = 1024 * 1024;

/** The value Cal.com sends when the subscription has no secret: never accepted. */
export const NO_SECRET = 'no-secret-provided';

export interface ProcessDeliveryJob {
  companyId: string;
  deliveryId: string;
}

export type ReceiveOutcome = { deliveryId: string; duplicate: boolean };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SECRET_TTL_MS = 30_000;
const secretCache = new Map<string, { secret: Buffer; until: number }>();

/** The company's webhook secret (decrypted; cached briefly so a burst costs one lookup); null when no such company. */
async function webhookSecret(ctx: AppContext, companyId: string): Promise<Buffer | null> {
  const hit = secretCache.get(companyId);
  if (hit && hit.until > Date.now()) return hit.secret;
  const rows = await ctx.db.query<{ webhook_secret_enc: string }>('SELECT webhook_secret_enc FROM companies WHERE id = $1', [companyId]);
  if (!rows.length) return null;
  const secret = Buffer.from(ctx.secrets.open(rows[0].webhook_secret_enc), 'utf8');
  if (secretCache.size > 10_000) secretCache.clear();
  secretCache.set(companyId, { secret, until: Date.now() + SECRET_TTL_MS });
  return secret;
}

/** Forgets a cached secret (after it changes). */
export function forgetWebhookSecret(companyId: string) {
  secretCache.delete(companyId);
}

/** HMAC-SHA256 of the exact bytes, lowercase hex: what Cal.com puts in X-Cal-Signature-256. */
export function signDelivery(secret: string | Buffer, raw: Buffer | string): string {
  return crypto.createHmac('sha256', secret).update(raw).digest('hex');
}

/** Constant-time check of a signature header against the raw body. */
export function signatureMatches(secret: Buffer, raw: Buffer, header: unknown): boolean {
  if (typeof header !== 'string' || header === NO_SECRET || !/^[0-9a-f]{64}$/.test(header)) return false;
  const expected = crypto.createHmac('sha256', secret).update(raw).digest();
  const given = Buffer.from(header, 'hex');
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

/**
 * The de-duplication key of a delivery: trigger, booking uid, status and createdAt when the body has
 * them (a re-sent delivery carries the same ones), else the body's hash. Hashed to bound its length.
 */
export function dedupeKey(body: Record<string, unknown>, raw: Buffer): string {
  const payload = (body.payload && typeof body.payload === 'object' ? body.payload : body) as Record<string, unknown>;
  const parts = [body.triggerEvent, payload.uid, payload.status, body.createdAt];
  if (typeof parts[0] === 'string' && typeof parts[1] === 'string' && typeof parts[3] === 'string') {
    return `evt:${crypto.createHash('sha256').update(JSON.stringify(parts.map((p) => (p === undefined ? null : p)))).digest('hex')}`;
  }
  return `body:${crypto.createHash('sha256').update(raw).digest('hex')}`;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** JSON.parse reviver: PostgreSQL text and jsonb cannot hold U+0000, so strings lose it (the raw body keeps it escaped). */
export function withoutNul(_key: string, value: unknown): unknown {
  return typeof value === 'string' && value.includes('\u0000') ? value.replaceAll('\u0000', '') : value;
}

/**
 * Verifies and stores one delivery. Throws AppError: not_found (unknown company), unauthenticated
 * (missing, wrong or `no-secret-provided` signature), payload_too_large, invalid_input (not JSON).
 */
export async function receiveDelivery(
  ctx: AppContext,
  companyId: string,
  raw: Buffer,
  headers: Record<string, string | string[] | undefined>,
): Promise<ReceiveOutcome> {
  if (!UUID.test(companyId)) throw notFound('Company');
  if (raw.length > MAX_DELIVERY_BYTES) throw new AppError('payload_too_large', 'The delivery is larger than 1 MiB.');
  const secret = await webhookSecret(ctx, companyId);
  if (!secret) throw notFound('Company');
  const signature = headers['x-cal-signature-256'];
  if (signature === undefined) throw new AppError('unauthenticated', 'X-Cal-Signature-256 is missing: set a secret on the Cal.com webhook.');
  if (signature === NO_SECRET) throw new AppError('unauthenticated', 'The Cal.com webhook has no secret ("no-secret-provided"): register it with the secret calsync shows.');
  if (!signatureMatches(secret, raw, signature)) throw new AppError('unauthenticated', 'X-Cal-Signature-256 does not match this company\'s webhook secret.');

  // Verified: now, and only now, look inside.
  let body: unknown;
  let text: string;
  try {
    text = utf8.decode(raw);
    body = JSON.parse(text, withoutNul);
  } catch {
    throw new AppError('invalid_input', 'body: the delivery is not valid JSON (UTF-8).');
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new AppError('invalid_input', 'body: the delivery is not a JSON object.');
  const b = body as Record<string, unknown>;
  const payload = (b.payload && typeof b.payload === 'object' ? b.payload : b) as Record<string, unknown>;
  const trigger = typeof b.triggerEvent === 'string' ? b.triggerEvent.slice(0, 200) : null;
  const uid = typeof payload.uid === 'string' ? payload.uid.slice(0, 500) : null;
  const kept = {
    contentType: one(headers['content-type']),
    signature: one(signature),
    webhookVersion: one(headers['x-cal-webhook-version']),
    userAgent: one(headers['user-agent']),
  };
  const key = dedupeKey(b, raw);

  lastReceivedAt = Date.now();
  const outcome = await storeDelivery(ctx, { companyId, key, trigger, uid, text, headers: JSON.stringify(kept) });
  if (!outcome.duplicate) wakeWorkers(ctx);
  return outcome;
}

interface Incoming {
  companyId: string;
  key: string;
  trigger: string | null;
  uid: string | null;
  text: string;
  headers: string;
}
interface Waiting extends Incoming {
  done: (err: unknown, out?: ReceiveOutcome) => void;
}

/**
 * Group commit: deliveries that arrive while an earlier batch is committing are stored together in
 * the next transaction (one multi-row INSERT, one job INSERT, one COMMIT), each answered only after
 * that commit. A lone delivery is written at once; under load the batches grow instead of the queue
 * of transactions. At most MAX_FLUSHES transactions at a time (PGlite has one session).
 */
const MAX_BATCH = 200;
const committers = new WeakMap<object, { waiting: Waiting[]; flushing: number }>();

function storeDelivery(ctx: AppContext, d: Incoming): Promise<ReceiveOutcome> {
  let c = committers.get(ctx.db);
  if (!c) committers.set(ctx.db, (c = { waiting: [], flushing: 0 }));
  const state = c;
  return new Promise<ReceiveOutcome>((resolve, reject) => {
    state.waiting.push({ ...d, done: (err, out) => (err ? reject(err) : resolve(out!)) });
    flush(ctx, state);
  });
}

function flush(ctx: AppContext, c: { waiting: Waiting[]; flushing: number }) {
  const maxFlushes = ctx.db.kind === 'postgres' ? 2 : 1;
  while (c.waiting.length && c.flushing < maxFlushes) {
    const batch = c.waiting.splice(0, MAX_BATCH);
    c.flushing++;
    void commitBatch(ctx, batch)
      .catch(async () => {
        // One bad delivery must not fail the others: store each on its own.
        for (const w of batch) await commitBatch(ctx, [w]).catch((e) => w.done(e));
      })
      .finally(() => {
        c.flushing--;
        flush(ctx, c);
      });
  }
}

/** Stores a batch and its processing jobs in one transaction; answers each delivery after the commit. */
async function commitBatch(ctx: AppContext, batch: Waiting[]): Promise<void> {
  // One row per (company, key): a repeat inside the batch is a duplicate of the first. Sorted so that
  // concurrent batches take the unique index's locks in one order.
  const byKey = new Map<string, Waiting[]>();
  for (const w of batch) {
    const k = `${w.companyId} ${w.key}`;
    byKey.set(k, [...(byKey.get(k) ?? []), w]);
  }
  const rows = [...byKey.values()].map((ws) => ws[0]).sort((a, b) => (a.companyId + a.key < b.companyId + b.key ? -1 : 1));
  const results = await ctx.db.tx(async (tx) => {
    const params: unknown[] = [];
    const values = rows.map((r) => {
      params.push(r.companyId, r.key, r.trigger, r.uid, r.text, r.headers);
      const n = params.length;
      return `($${n - 5}, $${n - 4}, $${n - 3}, $${n - 2}, $${n - 1}, $${n}::jsonb)`;
    });
    const inserted = await tx.query<{ id: string; company_id: string; dedupe_key: string }>(
      `INSERT INTO webhook_deliveries (company_id, dedupe_key, trigger_event, booking_uid, raw_body, headers)
       VALUES ${values.join(', ')} ON CONFLICT (company_id, dedupe_key) DO NOTHING RETURNING id, company_id, dedupe_key`,
      params,
    );
    const out = new Map<string, ReceiveOutcome>(inserted.map((r) => [`${r.company_id} ${r.dedupe_key}`, { deliveryId: r.id, duplicate: false }]));
    const dups = rows.filter((r) => !out.has(`${r.companyId} ${r.key}`));
    if (dups.length) {
      const existing = await tx.query<{ id: string; company_id: string; dedupe_key: string }>(
        'SELECT id, company_id, dedupe_key FROM webhook_deliveries WHERE (company_id, dedupe_key) IN (SELECT * FROM unnest($1::uuid[], $2::text[]))',
        [dups.map((r) => r.companyId), dups.map((r) => r.key)],
      );
      for (const r of existing) out.set(`${r.company_id} ${r.dedupe_key}`, { deliveryId: r.id, duplicate: true });
    }
    if (inserted.length) {
      const jobs = inserted.map((r) => ({ name: QUEUES.processDelivery, data: { companyId: r.company_id, deliveryId: r.id } satisfies ProcessDeliveryJob }));
      await ctx.queue.boss.insert(jobs, { db: { executeSql: (text: string, values: unknown[]) => tx.executeSql(text, values) } } as any);
    }
    return out;
  });
  for (const [k, ws] of byKey) {
    const first = results.get(k) ?? { deliveryId: '', duplicate: true };
    ws.forEach((w, i) => w.done(null, i === 0 ? first : { deliveryId: first.deliveryId, duplicate: true }));
  }
}

let lastReceivedAt = 0;
const LULL_MS = 25;

/**
 * Resolves once this process has stored no delivery for LULL_MS, or after `maxMs`: processing yields
 * to storing, so acknowledging a burst does not wait behind its own processing (which only delays
 * appointments by the length of the burst, bounded by `maxMs` per batch).
 */
export async function ingestLull(maxMs: number): Promise<void> {
  const until = Date.now() + maxMs;
  for (;;) {
    const quietFor = Date.now() - lastReceivedAt;
    if (quietFor >= LULL_MS || Date.now() >= until) return;
    await new Promise((r) => setTimeout(r, Math.min(LULL_MS - quietFor + 1, until - Date.now() + 1)));
  }
}

const wakeTimers = new WeakMap<object, NodeJS.Timeout>();
/** Wakes the local delivery workers, at most once per 10 ms: a burst needs a wake-up, not one per delivery. */
function wakeWorkers(ctx: AppContext) {
  if (wakeTimers.has(ctx.queue)) return;
  const t = setTimeout(() => {
    wakeTimers.delete(ctx.queue);
    ctx.queue.notify(QUEUES.processDelivery);
  }, 10);
  t.unref();
  wakeTimers.set(ctx.queue, t);
}

function one(v: string | string[] | undefined): string | null {
  if (v === undefined) return null;
  return (Array.isArray(v) ? v.join(', ') : v).slice(0, 500);
}
