import type { Actor, AppContext } from '../context.js';
import { CalcomError, describeCalcomError } from '../calcom/errors.js';
import { findCompany, listCompanies, setConnection, type CompanyRow } from '../db/companies-repo.js';
import { recordHistory } from '../db/history-repo.js';
import { serviceFromRow } from '../db/rows.js';
import { ORPHAN_CODE, planCompany, planSummary, type CompanyPlan, type FieldPolicy, type PlanService } from '../domain/reconcile-plan.js';
import { calcomValues, compareThreeWay, knownBase, mergeForce, platformValues, type SyncedField, type SyncedValues } from '../domain/sync-fields.js';
import { QUEUES } from '../jobs/queue.js';
import { analyzeTables } from '../db/maintenance.js';
import { calcomFor } from './calcom-access.js';
import { recordDivergences, resolveDivergences } from './divergences.js';
import { takeCalcomValues } from './reload.js';
import { notFound } from '../errors.js';

export interface ReconcileOptions {
  companyId?: string;
  checkOnly: boolean;
  force: boolean;
  /** Called after each company (a progress bar or a line per company). */
  onProgress?: (done: number, total: number, company: CompanyResult) => void;
}

export interface CompanyResult {
  companyId: string;
  name: string;
  /** False when the listing failed: nothing was applied for this company, and no orphan was derived. */
  complete: boolean;
  error?: string;
  summary: ReturnType<typeof planSummary> | null;
  plan: CompanyPlan | null;
  calcomRequests: number;
}

export interface ReconcileResult {
  plan: { companies: CompanyResult[]; totals: Record<string, number> };
  applied: boolean;
  checkOnly: boolean;
  force: boolean;
}

/** Policies per field for a company (fields without a row use "platform wins"). */
export async function fieldPolicies(ctx: AppContext, companyId: string): Promise<Partial<Record<SyncedField, FieldPolicy>>> {
  const rows = await ctx.db.query<{ field: SyncedField; policy: FieldPolicy }>('SELECT field, policy FROM field_policies WHERE company_id = $1', [companyId]);
  return Object.fromEntries(rows.map((r) => [r.field, r.policy]));
}

async function planServices(ctx: AppContext, companyId: string): Promise<PlanService[]> {
  const rows = await ctx.db.query(
    `SELECT s.*, coalesce((SELECT array_agg(d.field) FROM divergences d WHERE d.service_id = s.id AND d.resolved_at IS NULL), '{}') AS open_fields
     FROM services s WHERE s.company_id = $1 ORDER BY s.created_at, s.id`,
    [companyId],
  );
  return rows.map((r) => ({
    ...serviceFromRow(r),
    base: r.calcom_base,
    sending: r.calcom_sending,
    syncErrorCode: r.sync_error_code,
    openDivergenceFields: r.open_fields ?? [],
  }));
}

/**
 * Plans every company (or one), then — unless check-only — applies exactly that plan. Check-only
 * writes nothing anywhere: no Cal.com write, no row in calsync's tables (the shared rate budget's
 * bookkeeping aside, which every Cal.com request must respect).
 */
export async function reconcile(ctx: AppContext, actor: Actor, opts: ReconcileOptions): Promise<ReconcileResult> {
  if (opts.companyId && actor.role === 'manager' && actor.companyId !== opts.companyId) throw notFound('Company');
  const scope = opts.companyId ?? (actor.role === 'manager' ? actor.companyId : null);
  const companies = await listCompanies(ctx.db, scope);
  if (scope && !companies.length) throw notFound('Company');
  // Companies have separate API keys and budgets: a few at once overlap their Cal.com round trips.
  const results: CompanyResult[] = new Array(companies.length);
  let next = 0;
  let done = 0;
  const lane = async () => {
    while (next < companies.length) {
      const i = next++;
      results[i] = await reconcileCompany(ctx, actor, companies[i], opts);
      opts.onProgress?.(++done, companies.length, results[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(ctx.config.RECONCILE_CONCURRENCY, companies.length) }, lane));
  return { plan: { companies: results, totals: planTotals(results) }, applied: !opts.checkOnly, checkOnly: opts.checkOnly, force: opts.force };
}

/** The whole run's counts: every company's summary added up, with companies, incomplete ones and Cal.com requests. */
export function planTotals(results: CompanyResult[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const r of results) for (const [k, v] of Object.entries(r.summary ?? {})) totals[k] = (totals[k] ?? 0) + v;
  totals.companies = results.length;
  totals.incomplete = results.filter((r) => !r.complete).length;
  totals.calcomRequests = results.reduce((n, r) => n + r.calcomRequests, 0);
  return totals;
}

export async function reconcileCompany(ctx: AppContext, actor: Actor, company: CompanyRow, opts: { checkOnly: boolean; force: boolean }): Promise<CompanyResult> {
  const client = calcomFor(ctx, company);
  let calcomRequests = 0;
  const base = { companyId: company.id, name: company.name };
  let eventTypes: Record<string, any>[];
  // The services are read before the listing: an event type a push creates meanwhile then shows up as
  // "link by slug" (a no-op), never as an orphan.
  const services = await planServices(ctx, company.id);
  let username = company.calcom_username;
  try {
    if (!username) {
      calcomRequests++;
      username = (await client.me()).data.username as string;
      if (!opts.checkOnly) await setConnection(ctx.db, company.id, 'ok', null, username);
    }
    calcomRequests++;
    eventTypes = (await client.listEventTypes(username)).data as Record<string, any>[];
  } catch (e) {
    return { ...base, complete: false, error: describeCalcomError(e), summary: null, plan: null, calcomRequests };
  }
  const plan = planCompany({ services, eventTypes, policies: await fieldPolicies(ctx, company.id), force: opts.force });
  // An orphan is derived from absence, and Cal.com answers an empty or short list with a 200 (a stale
  // username, event types the key cannot see): each one is confirmed gone (404) before anything is switched off.
  for (const o of plan.orphans) {
    calcomRequests++;
    try {
      await client.getEventType(o.eventTypeId);
    } catch (e) {
      if (e instanceof CalcomError && e.status === 404) continue;
      return { ...base, complete: false, error: describeCalcomError(e), summary: null, plan: null, calcomRequests };
    }
    // Still there: the listing left it out, so it is not complete; apply nothing for this company.
    if (!opts.checkOnly) {
      calcomRequests++;
      const me = await client.me().catch(() => null);
      if (me && me.data.username !== username) await setConnection(ctx.db, company.id, 'ok', null, me.data.username as string);
    }
    return {
      ...base,
      complete: false,
      error: `Cal.com’s list of event types left out event type ${o.eventTypeId} (“${o.name}”), which still exists, so the list is incomplete. Nothing was changed for this company; the next reconciliation tries again.`,
      summary: null,
      plan: null,
      calcomRequests,
    };
  }
  if (!opts.checkOnly) await applyPlan(ctx, actor, company, plan, eventTypes, opts.force);
  return { ...base, complete: true, summary: planSummary(plan), plan, calcomRequests };
}

/** Carries out a plan: the same object check-only printed. */
async function applyPlan(ctx: AppContext, actor: Actor, company: CompanyRow, plan: CompanyPlan, eventTypes: Record<string, any>[], force: boolean) {
  const companyId = company.id;
  const who = actor.label;
  const etById = new Map(eventTypes.map((e) => [Number(e.id), e]));
  const [run] = await ctx.db.query('INSERT INTO reconcile_runs (company_id, check_only, forced, plan) VALUES ($1, false, $2, $3::jsonb) RETURNING id', [
    companyId,
    force,
    JSON.stringify(planSummary(plan)),
  ]);

  for (const c of plan.create) {
    await ctx.db.tx(async (tx) => {
      const rows = await tx.query(
        `UPDATE services SET sync_status = 'pending', sync_error = NULL, sync_error_code = NULL
         WHERE company_id = $1 AND id = $2 AND calcom_event_type_id IS NULL AND sync_status <> 'error' RETURNING id`,
        [companyId, c.serviceId],
      );
      if (rows.length) await ctx.queue.enqueuePush({ companyId, serviceId: c.serviceId, actor: who }, tx);
    });
  }
  for (const l of plan.link) {
    const et = etById.get(l.eventTypeId)!;
    await ctx.db.tx(async (tx) => {
      const rows = await tx.query(
        `UPDATE services SET calcom_event_type_id = $3, calcom_base = $4::jsonb, calcom_sending = NULL, create_attempted_at = NULL, sync_status = 'pending',
           sync_error = NULL, sync_error_code = NULL
         WHERE company_id = $1 AND id = $2 AND calcom_event_type_id IS NULL RETURNING id`,
        [companyId, l.serviceId, l.eventTypeId, JSON.stringify(calcomValues(et))],
      );
      if (!rows.length) return;
      await recordHistory(tx, { companyId, serviceId: l.serviceId, actor: who, action: 'imported', detail: { linkedEventTypeId: l.eventTypeId, bySlug: l.slug } });
      await ctx.queue.enqueuePush({ companyId, serviceId: l.serviceId, actor: who }, tx);
    });
  }
  for (const p of plan.push) {
    const forcedFields = plan.divergences.filter((d) => d.serviceId === p.serviceId && d.action === 'push').map((d) => d.field);
    await ctx.db.tx(async (tx) => {
      const [row] = await tx.query('SELECT sync_status, sync_error, push_force FROM services WHERE company_id = $1 AND id = $2 FOR UPDATE', [companyId, p.serviceId]);
      if (!row) return;
      // --force over divergences travels with the service (like "Sync to Cal.com"), so a push already queued carries it.
      const force = forcedFields.length ? mergeForce(row.push_force, { actor: `${who} (reconcile --force)`, fields: forcedFields }) : row.push_force;
      await tx.query("UPDATE services SET sync_status = 'pending', sync_error = NULL, sync_error_code = NULL, push_force = $3::jsonb WHERE company_id = $1 AND id = $2", [
        companyId,
        p.serviceId,
        force ? JSON.stringify(force) : null,
      ]);
      if (row.sync_status === 'error')
        await recordHistory(tx, {
          companyId,
          serviceId: p.serviceId,
          actor: `${who} (reconcile --force)`,
          action: 'reset',
          changes: { syncStatus: { before: 'error', after: 'pending' }, syncError: { before: row.sync_error, after: null } },
        });
      await ctx.queue.enqueuePush({ companyId, serviceId: p.serviceId, actor: who }, tx);
    });
  }
  const byService = new Map<string, typeof plan.divergences>();
  for (const d of plan.divergences) byService.set(d.serviceId, [...(byService.get(d.serviceId) ?? []), d]);
  for (const [serviceId, divs] of byService) {
    await ctx.db.tx(async (tx) => {
      const flagged = divs.filter((d) => d.action !== 'take_calcom');
      await recordDivergences(
        tx,
        companyId,
        serviceId,
        flagged.map((d) => ({ field: d.field, state: d.kind === 'conflict' ? 'both_changed' : 'calcom_changed', base: d.baseValue, platform: d.platformValue, calcom: d.calcomValue })),
        force ? `${who} (reconcile --force)` : `${who} (reconcile)`,
      );
      const taken = divs.filter((d) => d.action === 'take_calcom');
      if (taken.length) {
        const et = etById.get(divs[0].eventTypeId)!;
        await takeCalcomValues(ctx.queue, tx, companyId, serviceId, calcomValues(et), taken.map((d) => d.field), `${who} (policy: Cal.com wins)`);
      }
    });
  }
  for (const r of plan.resolved) await resolveDivergences(ctx.db, companyId, r.serviceId, 'in_sync', who, r.fields);
  for (const i of plan.import) await importEventType(ctx, companyId, i.eventTypeId, i.values, who);
  for (const o of plan.orphans) {
    await ctx.db.tx(async (tx) => {
      const [before] = await tx.query('SELECT is_active, sync_status FROM services WHERE company_id = $1 AND id = $2', [companyId, o.serviceId]);
      if (!before) return;
      const changed = await tx.query(
        `UPDATE services SET is_active = false, sync_status = 'error', sync_error_code = $3,
           sync_error = $4, updated_at = now() WHERE company_id = $1 AND id = $2 AND calcom_event_type_id = $5 RETURNING id`,
        [
          companyId,
          o.serviceId,
          ORPHAN_CODE,
          `The event type (id ${o.eventTypeId}) was deleted in Cal.com, so calsync switched the service off. Nothing was deleted in calsync. To offer it again, switch it on and press “Reset sync status” (a new event type is created), or restore the event type in Cal.com.`,
          o.eventTypeId,
        ],
      );
      if (!changed.length) return; // linked to another event type meanwhile: not an orphan any more
      await tx.query('UPDATE services SET calcom_event_type_id = NULL, calcom_base = NULL, calcom_sending = NULL WHERE company_id = $1 AND id = $2', [companyId, o.serviceId]);
      await recordHistory(tx, {
        companyId,
        serviceId: o.serviceId,
        actor: who,
        action: 'orphaned',
        changes: { isActive: { before: before.is_active, after: false }, syncStatus: { before: before.sync_status, after: 'error' } },
        detail: { eventTypeId: o.eventTypeId },
      });
      await resolveDivergences(tx, companyId, o.serviceId, 'gone', who);
    });
  }
  await ctx.db.query("UPDATE reconcile_runs SET finished_at = now(), outcome = 'applied' WHERE id = $1", [run.id]);
  // Many new rows at once (a first import): give the planner statistics now rather than at the next schedule.
  if (plan.import.length >= 100) await analyzeTables(ctx.db);
  ctx.queue.notify(QUEUES.pushService);
}

/** A Cal.com-only event type becomes a new, synced service (once: the link makes a second import impossible). */
export async function importEventType(ctx: AppContext, companyId: string, eventTypeId: number, v: SyncedValues, actor: string) {
  await ctx.db.tx(async (tx) => {
    const exists = await tx.query('SELECT 1 FROM services WHERE company_id = $1 AND calcom_event_type_id = $2', [companyId, eventTypeId]);
    if (exists.length) return;
    const slugTaken = await tx.query('SELECT 1 FROM services WHERE company_id = $1 AND slug = $2', [companyId, v.slug]);
    const rows = await tx.query(
      `INSERT INTO services (company_id, name, slug, description, duration_minutes, is_active, is_online, buffer_time_minutes, before_event_buffer,
         minimum_booking_notice, requires_confirmation, disable_guests, calcom_event_type_id, calcom_name, calcom_base, sync_status, synced_version, last_calcom_sync)
       VALUES ($1, $2, $3, $4, $5, true, $6, $7, $8, $9, $10, $11, $12, $2, $13::jsonb, 'synced', 1, now()) RETURNING id`,
      [
        companyId,
        v.name.slice(0, 200) || `Event type ${eventTypeId}`,
        slugTaken.length ? `${v.slug}-${eventTypeId}` : v.slug,
        v.description || null,
        Math.min(Math.max(v.durationMinutes, 1), 1440),
        v.visibility === 'visible',
        v.bufferTimeMinutes,
        v.beforeEventBuffer,
        v.minimumBookingNotice,
        v.requiresConfirmation,
        v.disableGuests,
        eventTypeId,
        JSON.stringify(v),
      ],
    );
    await recordHistory(tx, { companyId, serviceId: rows[0].id, actor, action: 'imported', detail: { eventTypeId, title: v.name, slug: v.slug } });
  });
}

/** Runs the comparison for one service against an event type seen elsewhere (webhook): records, never overwrites. */
export async function compareOne(ctx: AppContext, companyId: string, serviceRow: Record<string, any>, seen: SyncedValues, detectedBy: string, fields?: SyncedField[]) {
  const s = serviceFromRow(serviceRow);
  const comparisons = compareThreeWay(knownBase(serviceRow.calcom_base, serviceRow.calcom_sending, seen), platformValues(s), seen).filter((c) => !fields || fields.includes(c.field));
  const policies = await fieldPolicies(ctx, companyId);
  await ctx.db.tx(async (tx) => {
    const drift = comparisons.filter((c) => c.state === 'calcom_changed' || c.state === 'both_changed');
    const take = drift.filter((c) => policies[c.field] === 'calcom_wins');
    await recordDivergences(tx, companyId, s.id, drift.filter((c) => policies[c.field] !== 'calcom_wins'), detectedBy);
    if (take.length) await takeCalcomValues(ctx.queue, tx, companyId, s.id, seen, take.map((c) => c.field), `${detectedBy} (policy: Cal.com wins)`);
  });
  return comparisons;
}

export async function findCompanyOrThrow(ctx: AppContext, companyId: string) {
  const c = await findCompany(ctx.db, companyId);
  if (!c) throw notFound('Company');
  return c;
}
