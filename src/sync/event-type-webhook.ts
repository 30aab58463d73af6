import type { AppContext } from '../context.js';
import { systemActor } from '../context.js';
import { findCompany } from '../db/companies-repo.js';
import { calcomValues, type SyncedField } from '../domain/sync-fields.js';
import { compareOne, importEventType, reconcileCompany } from './reconcile.js';

/** Which synced fields a (partial) event-type payload actually carries. */
const PRESENT: [SyncedField, string[]][] = [
  ['name', ['title']],
  ['slug', ['slug']],
  ['durationMinutes', ['lengthInMinutes', 'length']],
  ['description', ['description']],
  ['visibility', ['hidden']],
  ['bufferTimeMinutes', ['afterEventBuffer']],
  ['beforeEventBuffer', ['beforeEventBuffer']],
  ['minimumBookingNotice', ['minimumBookingNotice']],
  ['requiresConfirmation', ['confirmationPolicy', 'requiresConfirmation']],
  ['disableGuests', ['disableGuests']],
];

/**
 * `EVENT_TYPE.CREATED|UPDATED|DELETED` (or `EVENT_TYPE_…`) from senders that post them. Handled
 * through the same three-way path as reconciliation: an update records divergences and never
 * overwrites (unless the field's policy is "Cal.com wins"); a create imports once; a delete is
 * confirmed by a complete listing before anything is switched off.
 */
export async function processEventTypeDelivery(ctx: AppContext, companyId: string, body: Record<string, any>): Promise<{ outcome: string }> {
  const trigger = String(body.triggerEvent ?? '').toUpperCase().replace(/^EVENT_TYPE[._]/, 'EVENT_TYPE.');
  const p = (body.payload ?? {}) as Record<string, any>;
  const eventTypeId = Number(p.id ?? p.eventTypeId);
  if (!Number.isInteger(eventTypeId) || eventTypeId <= 0) throw new Error('The delivery names no event type id (payload.id).');
  const company = await findCompany(ctx.db, companyId);
  if (!company) throw new Error('company not found');

  if (trigger === 'EVENT_TYPE.DELETED') {
    const r = await reconcileCompany(ctx, systemActor('webhook EVENT_TYPE.DELETED'), company, { checkOnly: false, force: false });
    return { outcome: r.complete ? 'reconciled' : `not reconciled: ${r.error}` };
  }
  const [row] = await ctx.db.query('SELECT * FROM services WHERE company_id = $1 AND calcom_event_type_id = $2', [companyId, eventTypeId]);
  if (!row) {
    if (!p.title || !p.slug) return { outcome: 'ignored: unknown event type without title and slug' };
    await importEventType(ctx, companyId, eventTypeId, calcomValues(p), `webhook ${trigger}`);
    return { outcome: 'imported' };
  }
  const fields = PRESENT.filter(([, keys]) => keys.some((k) => k in p)).map(([f]) => f);
  const found = await compareOne(ctx, companyId, row, calcomValues(p), `webhook ${trigger}`, fields);
  return { outcome: `compared ${fields.length} fields; ${found.filter((c) => c.state === 'calcom_changed' || c.state === 'both_changed').length} differ` };
}
