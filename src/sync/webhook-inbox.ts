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

  const outcome = await ctx.db.tx(async (tx) => {
    const inserted = await tx.query<{ id: string }>(
      `INSERT INTO webhook_deliveries (company_id, dedupe_key, trigger_event, booking_uid, raw_body, headers)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb) ON CONFLICT (company_id, dedupe_key) DO NOTHING RETURNING id`,
      [companyId, key, trigger, uid, text, JSON.stringify(kept)],
    );
    if (!inserted.length) {
      const existing = await tx.query<{ id: string }>('SELECT id FROM webhook_deliveries WHERE company_id = $1 AND dedupe_key = $2', [companyId, key]);
      return { deliveryId: existing[0]?.id ?? '', duplicate: true };
    }
    const job: ProcessDeliveryJob = { companyId, deliveryId: inserted[0].id };
    await ctx.queue.send(QUEUES.processDelivery, job, {}, tx);
    return { deliveryId: inserted[0].id, duplicate: false };
  });
  if (!outcome.duplicate) wakeWorkers(ctx);
  return outcome;
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
