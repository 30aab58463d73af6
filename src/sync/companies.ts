import crypto from 'node:crypto';
import type { Actor, AppContext } from '../context.js';
import { AppError, notFound } from '../errors.js';
import { findCompany, type CompanyRow } from '../db/companies-repo.js';
import { sha256 } from '../secrets.js';
import { describeCalcomError, isCalcomError } from '../calcom/errors.js';
import { calcomClientFor } from './calcom-access.js';
import { QUEUES } from '../jobs/queue.js';
import { recordHistory } from '../db/history-repo.js';

/** The company as the API shows it: never the API key; the webhook secret only to its own users. */
export function companyView(ctx: AppContext, c: CompanyRow) {
  return {
    id: c.id,
    name: c.name,
    webhookUrl: `${ctx.config.publicUrl}/webhooks/calcom/${c.id}`,
    webhookSecret: ctx.secrets.open(c.webhook_secret_enc),
    calcom: {
      apiUrl: c.calcom_api_url,
      connected: c.calcom_connection === 'ok',
      connection: c.calcom_connection,
      username: c.calcom_username,
      error: c.calcom_connection_error,
      apiKeyHint: `…${ctx.secrets.open(c.calcom_api_key_enc).slice(-4)}`,
    },
    createdAt: new Date(c.created_at).toISOString(),
  };
}

type KeyCheck = { ok: true; username: string } | { ok: false; rejected: boolean; error: string };

/**
 * Asks Cal.com who the key belongs to (`GET /v2/me`). `rejected` only when Cal.com answered 401: that
 * alone says the key is bad. A timeout, network error, 429 or 5xx says nothing about the key.
 */
async function checkKey(ctx: AppContext, apiUrl: string, apiKey: string): Promise<KeyCheck> {
  try {
    const me = await calcomClientFor(ctx, { apiUrl, apiKey }).me();
    return { ok: true, username: me.data.username as string };
  } catch (e) {
    const rejected = isCalcomError(e) && (e.status === 401 || e.code === 'UNAUTHORIZED');
    return { ok: false, rejected, error: describeCalcomError(e) };
  }
}

/** The connection state a check leads to: only a rejected key is `broken` (which pauses pushes). */
function stateAfter(check: KeyCheck): 'ok' | 'broken' | 'unknown' {
  return check.ok ? 'ok' : check.rejected ? 'broken' : 'unknown';
}

export async function createCompany(ctx: AppContext, actor: Actor, input: { name: string; calcomApiKey: string; calcomApiUrl?: string }) {
  if (actor.role !== 'admin' && actor.role !== 'system') throw new AppError('forbidden', 'Only administrators can create companies.');
  const apiUrl = (input.calcomApiUrl ?? ctx.config.CALCOM_API_URL).replace(/\/+$/, '');
  const check = await checkKey(ctx, apiUrl, input.calcomApiKey);
  const rows = await ctx.db.query<CompanyRow>(
    `INSERT INTO companies (name, calcom_api_url, calcom_api_key_enc, calcom_key_hash, calcom_username, calcom_connection, calcom_connection_error, webhook_secret_enc)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
    [
      input.name,
      apiUrl,
      ctx.secrets.seal(input.calcomApiKey),
      sha256(input.calcomApiKey),
      check.ok ? check.username : null,
      stateAfter(check),
      check.ok ? null : check.error,
      ctx.secrets.seal(crypto.randomBytes(32).toString('base64url')),
    ],
  );
  return companyView(ctx, rows[0]);
}

export async function getCompany(ctx: AppContext, actor: Actor, companyId: string) {
  if (actor.role === 'manager' && actor.companyId !== companyId) throw notFound('Company');
  const c = await findCompany(ctx.db, companyId);
  if (!c) throw notFound('Company');
  return companyView(ctx, c);
}

export async function listCompanyViews(ctx: AppContext, actor: Actor) {
  const rows =
    actor.role === 'manager'
      ? await ctx.db.query<CompanyRow>('SELECT * FROM companies WHERE id = $1', [actor.companyId])
      : await ctx.db.query<CompanyRow>('SELECT * FROM companies ORDER BY name, id');
  return rows.map((c) => companyView(ctx, c));
}

/** Changes name, key or URL; a new key is checked and, when it works, every paused push resumes. */
export async function updateCompany(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  input: { name?: string; calcomApiKey?: string; calcomApiUrl?: string },
) {
  const c = await findCompany(ctx.db, companyId);
  if (!c || (actor.role === 'manager' && actor.companyId !== companyId)) throw notFound('Company');
  const apiUrl = (input.calcomApiUrl ?? c.calcom_api_url).replace(/\/+$/, '');
  const apiKey = input.calcomApiKey ?? ctx.secrets.open(c.calcom_api_key_enc);
  const recheck = input.calcomApiKey !== undefined || input.calcomApiUrl !== undefined;
  await ctx.db.tx(async (tx) => {
    await tx.query('UPDATE companies SET name = coalesce($2, name), calcom_api_url = $3, calcom_api_key_enc = $4, calcom_key_hash = $5 WHERE id = $1', [
      companyId,
      input.name ?? null,
      apiUrl,
      ctx.secrets.seal(apiKey),
      sha256(apiKey),
    ]);
    if (input.calcomApiKey !== undefined)
      await recordHistory(tx, { companyId, actor: actor.label, action: 'policy_changed', detail: { setting: 'calcomApiKey', note: 'API key replaced' } });
  });
  if (recheck) await checkConnection(ctx, actor, companyId, { credentialsChanged: true });
  return getCompany(ctx, actor, companyId);
}

/**
 * "Test connection": asks Cal.com, records the outcome, and resumes paused pushes when it works.
 * Only a 401 marks the connection `broken`; a failure that says nothing about the key (timeout, network,
 * 429, 5xx) is reported in the answer and leaves the stored state as it was.
 */
export async function testConnection(ctx: AppContext, actor: Actor, companyId: string) {
  return checkConnection(ctx, actor, companyId, { credentialsChanged: false });
}

async function checkConnection(ctx: AppContext, actor: Actor, companyId: string, opts: { credentialsChanged: boolean }) {
  const c = await findCompany(ctx.db, companyId);
  if (!c || (actor.role === 'manager' && actor.companyId !== companyId)) throw notFound('Company');
  const check = await checkKey(ctx, c.calcom_api_url, ctx.secrets.open(c.calcom_api_key_enc));
  // Inconclusive: keep what is known about the key, unless the key or URL just changed (then nothing is
  // known about it yet: `unknown`, which does not pause pushes; a push meeting a 401 marks it broken).
  const keep = !check.ok && !check.rejected && !opts.credentialsChanged;
  const state = keep ? c.calcom_connection : stateAfter(check);
  await ctx.db.tx(async (tx) => {
    // A new key or URL not confirmed by Cal.com may belong to another account: forget the old username
    // (a push asks Cal.com again before using it).
    if (!keep)
      await tx.query(
        `UPDATE companies SET calcom_connection = $2, calcom_connection_error = $3,
           calcom_username = CASE WHEN $5::boolean THEN NULL ELSE coalesce($4, calcom_username) END WHERE id = $1`,
        [companyId, state, check.ok ? null : check.error, check.ok ? check.username : null, !check.ok && opts.credentialsChanged],
      );
    if (c.calcom_connection === 'broken' && state !== 'broken') {
      if (check.ok) await recordHistory(tx, { companyId, actor: actor.label, action: 'connection_restored' });
      const pending = await tx.query<{ id: string }>("SELECT id FROM services WHERE company_id = $1 AND sync_status = 'pending'", [companyId]);
      for (const s of pending) await ctx.queue.enqueuePush({ companyId, serviceId: s.id }, tx);
    }
  });
  ctx.queue.notify(QUEUES.pushService);
  return check.ok
    ? { connected: true, connection: state, username: check.username }
    : { connected: false, connection: state, transient: !check.rejected, error: check.error };
}
