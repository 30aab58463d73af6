import crypto from 'node:crypto';
import type { AppContext } from '../context.js';
import { CalcomError, describeCalcomError, describeGaveUp, syncErrorCode, writeNotApplied } from '../calcom/errors.js';
import { findCompany, setConnection, type CompanyRow } from '../db/companies-repo.js';
import { recordHistory } from '../db/history-repo.js';
import { serviceFromRow } from '../db/rows.js';
import {
  addSending,
  advanceBase,
  calcomValues,
  changedSinceBase,
  compareThreeWay,
  knownBase,
  ownedFields,
  platformValues,
  sameValue,
  toCalcomBody,
  mergeForce,
  type ForceRequest,
  type SendingValues,
  type SyncedField,
  type SyncedValues,
} from '../domain/sync-fields.js';
import type { PushServiceJob } from '../jobs/queue.js';
import { calcomFor } from './calcom-access.js';
import { recordDivergences, resolveDivergences } from './divergences.js';

export type PushOutcome = 'synced' | 'superseded' | 'lease_lost' | 'deferred' | 'paused' | 'skipped' | 'error' | 'gone';

interface Attempt {
  retryCount: number;
  retryLimit: number;
}

/**
 * Pushes one service's platform state to its Cal.com event type (creating it when missing).
 * Reads the current row, sends only the fields that changed since the base (all owned fields that
 * differ on "Sync to Cal.com"), and marks `synced` only when the row did not change meanwhile.
 * Transient failures throw (the queue retries with backoff and jitter); permanent ones set `error`.
 */
export async function pushService(ctx: AppContext, job: PushServiceJob, attempt: Attempt): Promise<PushOutcome> {
  const { companyId, serviceId } = job;
  if (!job.force && (await debounced(ctx, job))) return 'deferred';
  const token = crypto.randomUUID();
  const claimed = await ctx.db.query(
    `UPDATE services SET push_lease_token = $3, push_lease_until = now() + make_interval(secs => $4)
     WHERE company_id = $1 AND id = $2 AND (push_lease_until IS NULL OR push_lease_until < now()) RETURNING *`,
    [companyId, serviceId, token, ctx.config.PUSH_LEASE_SECONDS],
  );
  if (!claimed.length) {
    const exists = await ctx.db.query('SELECT 1 FROM services WHERE company_id = $1 AND id = $2', [companyId, serviceId]);
    if (!exists.length) return 'gone';
    // Another push holds the service: come back shortly rather than pushing twice at once.
    await ctx.queue.enqueuePush(job, undefined, 2);
    return 'deferred';
  }
  const row = claimed[0];
  const release = () =>
    ctx.db.query('UPDATE services SET push_lease_token = NULL, push_lease_until = NULL WHERE id = $1 AND push_lease_token = $2', [serviceId, token]);

  // Who asked to push over Cal.com's values, and for which fields: the queued job (reconcile --force) and
  // the service's stored request ("Sync to Cal.com", which a push already queued must not drop).
  const storedForce: ForceRequest | null = row.push_force ?? null;
  const force = mergeForce(job.force ? { actor: job.actor ?? 'calsync', fields: null } : null, storedForce);
  const forced = (f: string) => !!force && (force.fields === null || force.fields.includes(f));
  if (row.sync_status !== 'pending' && !force && !job.verify) {
    await release();
    return 'skipped';
  }
  const company = await findCompany(ctx.db, companyId);
  if (!company || company.calcom_connection === 'broken') {
    await release(); // stays pending until the key is fixed; fixing it re-queues every pending push
    return 'paused';
  }

  const service = serviceFromRow(row);
  const platform = platformValues(service);
  const readVersion: number = row.version;
  let base: Partial<SyncedValues> | null = row.calcom_base;
  const sending: SendingValues | null = row.calcom_sending;
  // Before every Cal.com request (after the rate budget's wait), renew the lease, or stop if it ran
  // out: a request is only ever sent by the push that holds the service.
  const client = calcomFor(ctx, company, async () => {
    const renewed = await ctx.db.query(
      `UPDATE services SET push_lease_until = now() + make_interval(secs => $4)
       WHERE company_id = $1 AND id = $2 AND push_lease_token = $3 AND push_lease_until > now() RETURNING 1`,
      [companyId, serviceId, token, ctx.config.PUSH_LEASE_SECONDS],
    );
    if (!renewed.length) throw new LeaseLost();
  });
  const started = Date.now();
  let sent: SyncedField[] = [];
  let eventTypeId: number | null = row.calcom_event_type_id;
  let answer: Record<string, any> | null = null;
  let requestId: string | null = null;
  let httpStatus: number | null = null;
  let action: 'create' | 'update' | 'link' | 'none' = 'none';

  try {
    if (eventTypeId == null && row.create_attempted_at) {
      // A create may have landed without us hearing the answer: Cal.com has no idempotency, so look first.
      const found = await client.listEventTypes(await usernameOf(ctx, company, client), platform.slug);
      const match = found.data.find((et: any) => et.slug === platform.slug);
      if (match) {
        eventTypeId = match.id;
        answer = match;
        action = 'link';
        await ctx.db.query('UPDATE services SET calcom_event_type_id = $3 WHERE company_id = $1 AND id = $2', [companyId, serviceId, eventTypeId]);
      }
    }
    if (eventTypeId == null) {
      await ctx.db.query('UPDATE services SET create_attempted_at = now() WHERE id = $1', [serviceId]);
      sent = ownedFields(platform);
      const r = await client.createEventType(toCalcomBody(platform, sent) as any);
      answer = r.data;
      requestId = r.requestId;
      httpStatus = r.status;
      eventTypeId = r.data.id;
      action = 'create';
      base = advanceBase(null, calcomValues(r.data), sent);
    } else {
      let current: SyncedValues | null = answer ? calcomValues(answer) : null;
      // A service just linked to an existing event type (no base yet) reads it first: the link starts from what it holds.
      const freshLink = base == null && action === 'none';
      if ((force || job.verify || freshLink) && !current) current = calcomValues((await client.getEventType(eventTypeId)).data);
      if (freshLink && row.adopt_calcom_slug && current && current.slug !== platform.slug) {
        // The person gave no slug: keep the event type's booking link rather than push one made from the name.
        const taken = await ctx.db.query('SELECT 1 FROM services WHERE company_id = $1 AND slug = $2 AND id <> $3', [companyId, current.slug, serviceId]);
        if (!taken.length) {
          await ctx.db.tx(async (tx) => {
            await tx.query('UPDATE services SET slug = $3, adopt_calcom_slug = false WHERE company_id = $1 AND id = $2', [companyId, serviceId, current!.slug]);
            await recordHistory(tx, {
              companyId,
              serviceId,
              actor: 'calsync worker',
              action: 'edited',
              changes: { slug: { before: platform.slug, after: current!.slug } },
              detail: { reason: 'kept the booking link of the linked Cal.com event type', eventTypeId },
            });
          });
          platform.slug = current.slug;
        }
      }
      // A field with an open divergence or conflict waits for a person (SYNC.md: keep the platform's value,
      // flag it): only "Sync to Cal.com" or --force sends it over Cal.com's value.
      const held = (await openDivergenceFields(ctx, companyId, serviceId)).filter((f) => !forced(f));
      if ((action === 'link' || freshLink) && current) base = advanceBase(null, current, ownedFields(platform));
      else if (current) base = knownBase(base, sending, current);
      const comparisons = current ? compareThreeWay(base, platform, current) : null;
      sent = comparisons
        ? comparisons.filter((c) => c.state !== 'in_sync' && (forced(c.field) || (c.state === 'platform_changed' && !held.includes(c.field)))).map((c) => c.field)
        : changedSinceBase(base, platform, sending).filter((f) => !held.includes(f));
      // Seen while reading Cal.com first: a change made there is recorded, never pushed over.
      const seenDrift = comparisons ? comparisons.filter((c) => !sent.includes(c.field) && (c.state === 'calcom_changed' || c.state === 'both_changed')) : [];
      if (seenDrift.length) await recordDivergences(ctx.db, companyId, serviceId, seenDrift, 'push');
      if (sent.length) {
        // Cal.com may apply this write without us hearing the answer (timeout, dropped connection, SIGKILL): until it
        // answers, the values sent are recorded as unconfirmed; the base keeps what Cal.com was last known to hold.
        await ctx.db.query('UPDATE services SET calcom_sending = $2::jsonb WHERE id = $1', [serviceId, JSON.stringify(addSending(sending, platform, sent))]);
        const r = await client.updateEventType(eventTypeId, toCalcomBody(platform, sent) as any);
        answer = r.data;
        requestId = r.requestId;
        httpStatus = r.status;
        action = 'update';
        const answered = calcomValues(r.data);
        if (!current) base = knownBase(base, sending, answered);
        // Fields we did not send but that differ from the base were changed in Cal.com: flag them, never absorb them.
        const drift = force?.fields === null ? [] : compareThreeWay(base, platform, answered).filter((c) => !sent.includes(c.field) && !seenDrift.some((d) => d.field === c.field) && base && c.field in base && !sameValue(answered[c.field], base[c.field]));
        base = advanceBase(base, answered, sent);
        if (drift.length) await recordDivergences(ctx.db, companyId, serviceId, drift, 'push');
      } else if (comparisons) {
        // Nothing to send: learn what Cal.com holds where both sides agree; a divergent field keeps its base.
        base = advanceBase(base, current!, comparisons.filter((c) => c.state === 'in_sync').map((c) => c.field));
      }
    }
  } catch (e) {
    if (e instanceof LeaseLost) {
      // Another push took the service over; it pushes the current row. Nothing was sent by us.
      await ctx.queue.enqueuePush({ ...job, verify: true }, undefined, 2);
      return 'deferred';
    }
    if (e instanceof CalcomError && writeNotApplied(e.status) && sent.length && action === 'none') {
      // Cal.com refused the write outright: it did not land, so only earlier unconfirmed writes stay unconfirmed.
      await ctx.db.query('UPDATE services SET calcom_sending = $3::jsonb WHERE id = $1 AND push_lease_token = $2', [serviceId, token, sending ? JSON.stringify(sending) : null]);
    }
    return handleFailure(ctx, { job, attempt, company, row, token, readVersion, error: e, started, action: eventTypeId == null ? 'create' : 'update', sent });
  }

  const outcome = await ctx.db.tx(async (tx) => {
    // Still ours? If the lease ran out, another push may have written Cal.com after us: never claim
    // `synced` then, and leave that push's lease alone; a fresh push (queued below) settles it.
    const [held] = await tx.query('SELECT push_lease_token = $3 AS mine FROM services WHERE company_id = $1 AND id = $2 FOR UPDATE', [companyId, serviceId, token]);
    const mine = !!held?.mine;
    const [after] = await tx.query(
      `UPDATE services SET calcom_event_type_id = $3, calcom_base = $4::jsonb, calcom_name = coalesce($5, calcom_name),
         last_calcom_sync = now(), create_attempted_at = NULL, calcom_sending = NULL,
         sync_status = CASE WHEN version = $6 AND $7 THEN 'synced' WHEN $7 THEN sync_status ELSE 'pending' END,
         synced_version = CASE WHEN version = $6 AND $7 THEN version ELSE synced_version END,
         sync_error = CASE WHEN version = $6 AND $7 THEN NULL ELSE sync_error END,
         sync_error_code = CASE WHEN version = $6 AND $7 THEN NULL ELSE sync_error_code END,
         push_lease_token = CASE WHEN $7 THEN NULL ELSE push_lease_token END,
         push_lease_until = CASE WHEN $7 THEN NULL ELSE push_lease_until END,
         push_force = CASE WHEN $7 AND push_force IS NOT DISTINCT FROM $8::jsonb THEN NULL ELSE push_force END,
         adopt_calcom_slug = CASE WHEN $7 THEN false ELSE adopt_calcom_slug END
       WHERE company_id = $1 AND id = $2 RETURNING version`,
      [companyId, serviceId, eventTypeId, JSON.stringify(base), answer?.title ?? null, readVersion, mine, storedForce ? JSON.stringify(storedForce) : null],
    );
    if (!mine) await ctx.queue.enqueuePush({ companyId, serviceId, verify: true }, tx);
    if (force && mine && action !== 'create') await resolveDivergences(tx, companyId, serviceId, 'platform_pushed', force.actor, force.fields ?? undefined);
    await recordHistory(tx, {
      companyId,
      serviceId,
      actor: force?.actor ?? job.actor ?? 'calsync worker',
      action: 'push',
      detail: {
        operation: action,
        fields: sent,
        body: sent.length ? toCalcomBody(platform, sent) : undefined,
        httpStatus,
        requestId,
        durationMs: Date.now() - started,
        outcome: !mine ? 'lease_lost' : after.version === readVersion ? 'synced' : 'superseded',
        eventTypeId,
      },
    });
    return (!mine ? 'lease_lost' : after.version === readVersion ? 'synced' : 'superseded') as PushOutcome;
  });
  return outcome;
}

/**
 * Debounce: a lone edit goes out once the service has been quiet for PUSH_DEBOUNCE_MS; while a burst
 * is under way (two or more edits in the last second) it waits for PUSH_BURST_QUIET_MS of quiet, so
 * the burst becomes one PATCH — never longer than PUSH_MAX_WAIT_MS after the burst's first edit.
 * Edits made while a push is queued or in flight coalesce anyway (one queued push per service).
 */
async function debounced(ctx: AppContext, job: PushServiceJob): Promise<boolean> {
  const { PUSH_DEBOUNCE_MS: lone, PUSH_BURST_QUIET_MS: burst, PUSH_MAX_WAIT_MS: maxWait } = ctx.config;
  if (lone <= 0 && burst <= 0) return false;
  const [row] = await ctx.db.query<{ idle_ms: number; now_ms: number; recent: number }>(
    `SELECT (extract(epoch FROM clock_timestamp() - s.updated_at) * 1000)::float AS idle_ms,
            (extract(epoch FROM clock_timestamp()) * 1000)::float AS now_ms,
            (SELECT count(*) FROM history h WHERE h.service_id = s.id AND h.action = 'edited' AND h.at > clock_timestamp() - interval '1 second')::int AS recent
     FROM services s WHERE s.company_id = $1 AND s.id = $2 AND s.sync_status = 'pending' AND s.push_force IS NULL`,
    [job.companyId, job.serviceId],
  );
  if (!row) return false;
  const quiet = row.recent >= 2 ? Math.max(lone, burst) : lone;
  if (row.idle_ms >= quiet) return false;
  const since = job.since ?? row.now_ms - row.idle_ms;
  if (row.now_ms - since >= maxWait) return false;
  const wait = Math.min(quiet - row.idle_ms, since + maxWait - row.now_ms);
  await ctx.queue.enqueuePush({ ...job, since }, undefined, new Date(Date.now() + Math.max(10, wait)));
  return true;
}

class LeaseLost extends Error {}

async function openDivergenceFields(ctx: AppContext, companyId: string, serviceId: string): Promise<string[]> {
  const rows = await ctx.db.query<{ field: string }>('SELECT field FROM divergences WHERE company_id = $1 AND service_id = $2 AND resolved_at IS NULL', [companyId, serviceId]);
  return rows.map((r) => r.field);
}

async function usernameOf(ctx: AppContext, company: CompanyRow, client: ReturnType<typeof calcomFor>): Promise<string> {
  if (company.calcom_username) return company.calcom_username;
  const me = await client.me();
  await setConnection(ctx.db, company.id, 'ok', null, me.data.username);
  return me.data.username;
}

async function handleFailure(
  ctx: AppContext,
  f: {
    job: PushServiceJob;
    attempt: Attempt;
    company: CompanyRow;
    row: Record<string, any>;
    token: string;
    readVersion: number;
    error: unknown;
    started: number;
    action: 'create' | 'update';
    sent: SyncedField[];
  },
): Promise<PushOutcome> {
  const { companyId, serviceId } = f.job;
  const e = f.error instanceof CalcomError ? f.error : null;
  if (!e) throw f.error; // a bug, not a Cal.com answer: let the queue retry and log it
  const detail = {
    operation: f.action,
    fields: f.sent,
    httpStatus: e.status,
    code: e.code,
    message: e.message,
    requestId: e.requestId,
    durationMs: Date.now() - f.started,
    attempt: f.attempt.retryCount + 1,
  };
  const release = () =>
    ctx.db.query('UPDATE services SET push_lease_token = NULL, push_lease_until = NULL WHERE id = $1 AND push_lease_token = $2', [serviceId, f.token]);

  if (e.status === 401 || e.code === 'UNAUTHORIZED') {
    await ctx.db.tx(async (tx) => {
      await setConnection(tx, companyId, 'broken', describeCalcomError(e));
      await recordHistory(tx, { companyId, serviceId, actor: 'calsync worker', action: 'connection_broken', detail });
    });
    await release();
    return 'paused';
  }
  const giveUp = !e.transient || f.attempt.retryCount >= f.attempt.retryLimit;
  if (!giveUp) {
    await recordHistory(ctx.db, { companyId, serviceId, actor: 'calsync worker', action: 'push_failed', detail: { ...detail, outcome: 'will_retry' } });
    await release();
    throw e; // pg-boss retries with exponential backoff and jitter
  }
  const words = e.transient
    ? describeGaveUp(e, f.attempt.retryCount + 1)
    : describeCalcomError(e);
  await ctx.db.tx(async (tx) => {
    // A create that Cal.com refused did not land: the next attempt may create again without looking. One it
    // answered (e.g. without a field it dropped) did land: keep the mark so the retry looks it up by slug.
    if (f.action === 'create' && writeNotApplied(e.status)) await tx.query('UPDATE services SET create_attempted_at = NULL WHERE id = $1', [serviceId]);
    // The person's "Sync to Cal.com" ends here; after fixing the cause they ask again.
    await tx.query('UPDATE services SET push_force = NULL WHERE company_id = $1 AND id = $2 AND push_force IS NOT DISTINCT FROM $3::jsonb', [
      companyId,
      serviceId,
      f.row.push_force ? JSON.stringify(f.row.push_force) : null,
    ]);
    // The event type is gone: unlink it (its id stays in the history) so "Reset sync status" creates a new one, as the error says.
    if (f.action === 'update' && e.status === 404)
      await tx.query('UPDATE services SET calcom_event_type_id = NULL, calcom_base = NULL, calcom_sending = NULL WHERE company_id = $1 AND id = $2 AND version = $3', [companyId, serviceId, f.readVersion]);
    // Only the push that read the current version may declare the error; a newer edit has its own push queued.
    await tx.query(
      `UPDATE services SET sync_status = 'error', sync_error = $4, sync_error_code = $5
       WHERE company_id = $1 AND id = $2 AND version = $3`,
      [companyId, serviceId, f.readVersion, words, syncErrorCode(e, giveUp)],
    );
    await recordHistory(tx, { companyId, serviceId, actor: 'calsync worker', action: 'push_failed', detail: { ...detail, outcome: 'error', error: words } });
  });
  await release();
  return 'error';
}
