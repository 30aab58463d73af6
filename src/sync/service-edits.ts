import type { Actor, AppContext } from '../context.js';
import { AppError, invalid, notFound } from '../errors.js';
import { SYNCED_PLATFORM_FIELDS, slugify, type CreateServiceInput, type PatchServiceInput } from '../domain/service.js';
import { SERVICE_COLUMNS, columnValue, serviceFromRow } from '../db/rows.js';
import { findServiceRow, getServiceView, type ServiceView } from '../db/services-repo.js';
import { recordHistory } from '../db/history-repo.js';
import type { Queryable } from '../db/database.js';
import { mergeForce, sameValue, type SyncedField } from '../domain/sync-fields.js';
import { QUEUES } from '../jobs/queue.js';

/** Throws "not found" unless the actor may act for the company (another company's id looks absent). */
export function assertCompanyAccess(actor: Actor, companyId: string) {
  if (actor.role === 'manager' && actor.companyId !== companyId) throw notFound('Company');
}

async function assertCompanyExists(q: Queryable, companyId: string) {
  const rows = await q.query('SELECT 1 FROM companies WHERE id = $1', [companyId]);
  if (!rows.length) throw notFound('Company');
}

async function assertBranch(q: Queryable, companyId: string, branchId: string | null | undefined) {
  if (!branchId) return;
  const rows = await q.query('SELECT 1 FROM branches WHERE company_id = $1 AND id = $2', [companyId, branchId]);
  if (!rows.length) throw invalid('branchId', 'no such branch in this company');
}

/** A slug not yet used by another service of the company: `name`, `name-2`, … */
async function freeSlug(q: Queryable, companyId: string, wanted: string, exceptId?: string): Promise<string> {
  const rows = await q.query<{ slug: string }>(
    "SELECT slug FROM services WHERE company_id = $1 AND (slug = $2 OR slug LIKE $2 || '-%') AND id IS DISTINCT FROM $3::uuid",
    [companyId, wanted, exceptId ?? null],
  );
  const taken = new Set(rows.map((r) => r.slug));
  if (!taken.has(wanted)) return wanted;
  for (let i = 2; ; i++) if (!taken.has(`${wanted}-${i}`)) return `${wanted}-${i}`;
}

/** Creates a service and queues its push (the event type is created if it has none) in one transaction. */
export async function createService(ctx: AppContext, actor: Actor, input: CreateServiceInput): Promise<ServiceView> {
  assertCompanyAccess(actor, input.companyId);
  const id = await ctx.db.tx(async (tx) => {
    await assertCompanyExists(tx, input.companyId);
    await assertBranch(tx, input.companyId, input.branchId);
    if (input.slug) {
      const clash = await tx.query('SELECT 1 FROM services WHERE company_id = $1 AND slug = $2', [input.companyId, input.slug]);
      if (clash.length) throw invalid('slug', 'another service of this company already uses this slug');
    }
    if (input.calcomEventTypeId != null) {
      const clash = await tx.query('SELECT 1 FROM services WHERE company_id = $1 AND calcom_event_type_id = $2', [input.companyId, input.calcomEventTypeId]);
      if (clash.length) throw new AppError('conflict', 'calcomEventTypeId: another service is already linked to this Cal.com event type');
    }
    const slug = input.slug ?? (await freeSlug(tx, input.companyId, slugify(input.name)));
    const fields = Object.entries({ ...input, slug }).filter(([k, v]) => k in SERVICE_COLUMNS && v !== undefined);
    // Linked to an existing event type without a slug of its own: keep that event type's booking link.
    const adopt = input.calcomEventTypeId != null && !input.slug;
    const cols = ['company_id', 'sync_status', 'adopt_calcom_slug', ...fields.map(([k]) => SERVICE_COLUMNS[k].column)];
    const vals = [input.companyId, 'pending', adopt, ...fields.map(([k, v]) => columnValue(k, v))];
    const [row] = await tx.query(
      `INSERT INTO services (${cols.join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
      vals,
    );
    await recordHistory(tx, {
      companyId: input.companyId,
      serviceId: row.id,
      actor: actor.label,
      action: 'created',
      changes: Object.fromEntries(fields.map(([k, v]) => [k, { before: null, after: v }])),
    });
    await ctx.queue.enqueuePush({ companyId: input.companyId, serviceId: row.id, since: Date.now() }, tx);
    return row.id as string;
  });
  ctx.queue.notify(QUEUES.pushService);
  return (await getServiceView(ctx.db, input.companyId, id))!;
}

/** Applies a patch; a change to a synced field makes the service `pending` and queues its push in the same transaction. */
export async function patchService(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  serviceId: string,
  patch: PatchServiceInput,
): Promise<ServiceView> {
  assertCompanyAccess(actor, companyId);
  const queued = await ctx.db.tx(async (tx) => {
    const row = await findServiceRow(tx, companyId, serviceId, true);
    if (!row) throw notFound('Service');
    const current = serviceFromRow(row) as unknown as Record<string, unknown>;
    const changes: Record<string, { before: unknown; after: unknown }> = {};
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined || !(k in SERVICE_COLUMNS)) continue;
      if (!sameValue(current[k], v)) changes[k] = { before: current[k], after: v };
    }
    if (!Object.keys(changes).length) return false;
    if ('calcomEventTypeId' in changes && current.calcomEventTypeId != null)
      throw new AppError('conflict', 'calcomEventTypeId: the link to Cal.com is set once and cannot be changed');
    if ('branchId' in changes) await assertBranch(tx, companyId, patch.branchId);
    if ('slug' in changes) {
      const clash = await tx.query('SELECT 1 FROM services WHERE company_id = $1 AND slug = $2 AND id <> $3', [companyId, patch.slug, serviceId]);
      if (clash.length) throw invalid('slug', 'another service of this company already uses this slug');
    }
    if ('calcomEventTypeId' in changes) {
      const clash = await tx.query('SELECT 1 FROM services WHERE company_id = $1 AND calcom_event_type_id = $2', [companyId, patch.calcomEventTypeId]);
      if (clash.length) throw new AppError('conflict', 'calcomEventTypeId: another service is already linked to this Cal.com event type');
    }
    const synced = Object.keys(changes).some((k) => (SYNCED_PLATFORM_FIELDS as readonly string[]).includes(k) || k === 'calcomEventTypeId');
    const sets: string[] = [];
    const params: unknown[] = [companyId, serviceId];
    for (const k of Object.keys(changes)) {
      params.push(columnValue(k, changes[k].after));
      sets.push(`${SERVICE_COLUMNS[k].column} = $${params.length}`);
    }
    if ('calcomEventTypeId' in changes && !('slug' in changes) && patch.slug === undefined) sets.push('adopt_calcom_slug = true');
    if (synced) sets.push("version = version + 1, sync_status = 'pending', sync_error = NULL, sync_error_code = NULL");
    sets.push('updated_at = clock_timestamp()'); // the debounce measures quiet from here
    await tx.query(`UPDATE services SET ${sets.join(', ')} WHERE company_id = $1 AND id = $2`, params);
    await recordHistory(tx, { companyId, serviceId, actor: actor.label, action: 'edited', changes });
    if (synced) await ctx.queue.enqueuePush({ companyId, serviceId, since: Date.now() }, tx);
    return synced;
  });
  if (queued) ctx.queue.notify(QUEUES.pushService);
  const view = await getServiceView(ctx.db, companyId, serviceId);
  if (!view) throw notFound('Service');
  return view;
}

/**
 * "Sync to Cal.com": push now, over Cal.com's values — every owned field, or only `fields` (a person keeping
 * calsync's value for one divergence) — and resolve those divergences the platform's way. The request is
 * stored on the service, so a push already queued for it carries it rather than dropping it.
 */
export async function requestSync(ctx: AppContext, actor: Actor, companyId: string, serviceId: string, fields?: SyncedField[]) {
  assertCompanyAccess(actor, companyId);
  await ctx.db.tx(async (tx) => {
    const row = await findServiceRow(tx, companyId, serviceId, true);
    if (!row) throw notFound('Service');
    const force = mergeForce(row.push_force, { actor: actor.label, fields: fields ?? null });
    await tx.query(
      "UPDATE services SET sync_status = 'pending', sync_error = NULL, sync_error_code = NULL, push_force = $3::jsonb, updated_at = now() WHERE company_id = $1 AND id = $2",
      [companyId, serviceId, JSON.stringify(force)],
    );
    await recordHistory(tx, { companyId, serviceId, actor: actor.label, action: 'sync_requested', detail: fields ? { fields } : undefined });
    await ctx.queue.enqueuePush({ companyId, serviceId, actor: actor.label }, tx);
  });
  ctx.queue.notify(QUEUES.pushService);
}

/** "Reset sync status": clears the error and queues a push. */
export async function resetSync(ctx: AppContext, actor: Actor, companyId: string, serviceId: string) {
  assertCompanyAccess(actor, companyId);
  await ctx.db.tx(async (tx) => {
    const row = await findServiceRow(tx, companyId, serviceId, true);
    if (!row) throw notFound('Service');
    await tx.query(
      "UPDATE services SET sync_status = 'pending', sync_error = NULL, sync_error_code = NULL, push_lease_token = NULL, push_lease_until = NULL, updated_at = now() WHERE company_id = $1 AND id = $2",
      [companyId, serviceId],
    );
    await recordHistory(tx, {
      companyId,
      serviceId,
      actor: actor.label,
      action: 'reset',
      changes: { syncStatus: { before: row.sync_status, after: 'pending' }, syncError: { before: row.sync_error, after: null } },
    });
    await ctx.queue.enqueuePush({ companyId, serviceId, actor: actor.label }, tx);
  });
  ctx.queue.notify(QUEUES.pushService);
}
