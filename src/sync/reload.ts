import type { Actor, AppContext } from '../context.js';
import type { Queryable } from '../db/database.js';
import type { Queue } from '../jobs/queue.js';
import { AppError, notFound } from '../errors.js';
import { findCompany } from '../db/companies-repo.js';
import { findServiceRow } from '../db/services-repo.js';
import { recordHistory } from '../db/history-repo.js';
import { serviceFromRow } from '../db/rows.js';
import { advanceBase, calcomValues, knownBase, ownedFields, platformValues, sameValue, type SyncedField, type SyncedValues } from '../domain/sync-fields.js';
import { calcomFor } from './calcom-access.js';
import { resolveDivergences } from './divergences.js';
import { assertCompanyAccess } from './service-edits.js';

/** Platform columns a Cal.com value is written to when a person (or the "Cal.com wins" policy) takes it. */
function platformChanges(current: Record<string, any>, v: SyncedValues, field: SyncedField): Record<string, { column: string; before: unknown; after: unknown }> {
  switch (field) {
    case 'name': return { name: { column: 'name', before: current.name, after: v.name.slice(0, 200) } };
    case 'slug': return { slug: { column: 'slug', before: current.slug, after: v.slug } };
    case 'durationMinutes': return { durationMinutes: { column: 'duration_minutes', before: current.durationMinutes, after: v.durationMinutes } };
    case 'description': return { description: { column: 'description', before: current.description, after: v.description || null } };
    case 'visibility':
      // Hidden in Cal.com = off the public page: keep the service for the phone, take it offline.
      return v.visibility === 'hidden'
        ? { isOnline: { column: 'is_online', before: current.isOnline, after: false } }
        : { isActive: { column: 'is_active', before: current.isActive, after: true }, isOnline: { column: 'is_online', before: current.isOnline, after: true } };
    case 'bufferTimeMinutes': return { bufferTimeMinutes: { column: 'buffer_time_minutes', before: current.bufferTimeMinutes, after: v.bufferTimeMinutes } };
    case 'beforeEventBuffer': return { beforeEventBuffer: { column: 'before_event_buffer', before: current.beforeEventBuffer, after: v.beforeEventBuffer } };
    case 'minimumBookingNotice': return { minimumBookingNotice: { column: 'minimum_booking_notice', before: current.minimumBookingNotice, after: v.minimumBookingNotice } };
    case 'requiresConfirmation': return { requiresConfirmation: { column: 'requires_confirmation', before: current.requiresConfirmation, after: v.requiresConfirmation } };
    case 'disableGuests': return { disableGuests: { column: 'disable_guests', before: current.disableGuests, after: v.disableGuests } };
    case 'scheduleId': return { scheduleId: { column: 'schedule_id', before: current.scheduleId, after: v.scheduleId ?? null } };
    case 'locations': return { locations: { column: 'locations', before: current.locations, after: v.locations ?? null } };
    case 'bookingFields': return { bookingFields: { column: 'booking_fields', before: current.bookingFields, after: v.bookingFields ?? null } };
    default: {
      const never: never = field;
      throw new Error(`unknown field ${String(never)}`);
    }
  }
}

/**
 * Writes Cal.com's values for the given fields into the platform (history records before → after),
 * advances the base for them, and closes their divergences as "Cal.com's value taken".
 */
export async function takeCalcomValues(queue: Queue, tx: Queryable, companyId: string, serviceId: string, v: SyncedValues, fields: SyncedField[], actor: string) {
  const row = await findServiceRow(tx, companyId, serviceId, true);
  if (!row) return;
  const current = serviceFromRow(row) as unknown as Record<string, any>;
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  const sets: string[] = [];
  const params: unknown[] = [companyId, serviceId];
  for (const f of fields) {
    for (const [name, c] of Object.entries(platformChanges(current, v, f))) {
      if (sameValue(c.before, c.after)) continue;
      changes[name] = { before: c.before, after: c.after };
      params.push(c.column === 'locations' || c.column === 'booking_fields' ? JSON.stringify(c.after) : c.after);
      sets.push(`${c.column} = $${params.length}`);
    }
  }
  params.push(JSON.stringify(advanceBase(knownBase(row.calcom_base, row.calcom_sending, v), v, fields)));
  sets.push(`calcom_base = $${params.length}::jsonb`, 'updated_at = now()');
  // Cal.com's value was just taken for these fields: no unconfirmed write of them is left to learn about.
  params.push(fields);
  sets.push(`calcom_sending = nullif(calcom_sending - $${params.length}::text[], '{}'::jsonb)`);
  // The platform changed: a push already reading the old row must not call the service synced, and one
  // in flight (or queued) must run again with the new values.
  const inFlight = row.sync_status === 'pending' || (row.push_lease_until != null && new Date(row.push_lease_until).getTime() > Date.now());
  if (Object.keys(changes).length) sets.push('version = version + 1');
  if (Object.keys(changes).length && inFlight) sets.push("sync_status = 'pending'");
  await tx.query(`UPDATE services SET ${sets.join(', ')} WHERE company_id = $1 AND id = $2`, params);
  if (Object.keys(changes).length && inFlight) await queue.enqueuePush({ companyId, serviceId, verify: true }, tx);
  await recordHistory(tx, { companyId, serviceId, actor, action: 'reloaded', changes, detail: { fields } });
  await resolveDivergences(tx, companyId, serviceId, 'calcom_taken', actor, fields);
}

export interface ReloadDiffEntry {
  field: SyncedField;
  platformValue: unknown;
  calcomValue: unknown;
}

/**
 * "Reload from Cal.com". Without `confirm` it only answers the field-by-field diff (409, nothing
 * written); with it, takes the chosen fields (default: every differing field) into the platform.
 */
export async function reloadFromCalcom(ctx: AppContext, actor: Actor, companyId: string, serviceId: string, input: { fields?: string[]; confirm?: boolean }) {
  assertCompanyAccess(actor, companyId);
  const row = await findServiceRow(ctx.db, companyId, serviceId);
  if (!row) throw notFound('Service');
  if (row.calcom_event_type_id == null) throw new AppError('conflict', 'This service has no Cal.com event type yet; there is nothing to reload.');
  const company = (await findCompany(ctx.db, companyId))!;
  let seen: SyncedValues;
  try {
    seen = calcomValues((await calcomFor(ctx, company).getEventType(row.calcom_event_type_id)).data as Record<string, any>);
  } catch (e) {
    const { describeCalcomError } = await import('../calcom/errors.js');
    throw new AppError('calcom_unavailable', describeCalcomError(e));
  }
  const platform = platformValues(serviceFromRow(row));
  const diff: ReloadDiffEntry[] = ownedFields(platform)
    .filter((f) => !sameValue(platform[f], seen[f]))
    .map((f) => ({ field: f, platformValue: platform[f], calcomValue: seen[f] }));
  const unknown = (input.fields ?? []).filter((f) => !ownedFields(platform).includes(f as SyncedField));
  if (unknown.length) throw new AppError('invalid_input', `fields: unknown field(s) ${unknown.join(', ')}`, [{ field: 'fields', message: `unknown: ${unknown.join(', ')}` }]);
  if (input.confirm !== true) {
    throw new AppError('confirmation_required', 'Reloading from Cal.com overwrites calsync’s values. Review the differences and send confirm: true.', { diff });
  }
  const chosen = (input.fields ?? diff.map((d) => d.field)) as SyncedField[];
  await ctx.db.tx((tx) => takeCalcomValues(ctx.queue, tx, companyId, serviceId, seen, chosen, actor.label));
  return { taken: chosen, diff };
}
