import { SYNC_ERROR_CODES, type SyncErrorCode } from '../calcom/errors.js';
import { ORPHAN_CODE } from '../domain/reconcile-plan.js';
import type { Service } from '../domain/service.js';

const iso = (d: unknown) => (d == null ? null : d instanceof Date ? d.toISOString() : new Date(String(d)).toISOString());

/** Maps a `services` row to the API's Service (without bookability and divergences). */
export function serviceFromRow(r: Record<string, any>): Service {
  return {
    id: r.id,
    companyId: r.company_id,
    branchId: r.branch_id,
    name: r.name,
    slug: r.slug,
    description: r.description,
    durationMinutes: r.duration_minutes,
    price: r.price_cents == null ? null : r.price_cents / 100,
    currency: r.currency,
    isActive: r.is_active,
    isOnline: r.is_online,
    bufferTimeMinutes: r.buffer_time_minutes,
    beforeEventBuffer: r.before_event_buffer,
    minimumBookingNotice: r.minimum_booking_notice,
    requiresConfirmation: r.requires_confirmation,
    disableGuests: r.disable_guests,
    scheduleId: r.schedule_id,
    locations: r.locations,
    metadata: r.metadata,
    bookingFields: r.booking_fields,
    calcomName: r.calcom_name,
    assignmentMethod: r.assignment_method,
    assignmentConfidence: r.assignment_confidence,
    minStaffRequired: r.min_staff_required,
    composite: r.composite,
    segments: r.segments,
    calcomEventTypeId: r.calcom_event_type_id,
    syncStatus: r.sync_status,
    syncError: r.sync_error,
    syncErrorCode: r.sync_error == null ? null : errorCodeOf(r.sync_error_code),
    lastCalcomSync: iso(r.last_calcom_sync),
    version: r.version,
    createdAt: iso(r.created_at)!,
    updatedAt: iso(r.updated_at)!,
  };
}

/** API field name → column, for the writable service fields. */
export const SERVICE_COLUMNS: Record<string, { column: string; json?: boolean; cents?: boolean }> = {
  branchId: { column: 'branch_id' },
  name: { column: 'name' },
  slug: { column: 'slug' },
  description: { column: 'description' },
  durationMinutes: { column: 'duration_minutes' },
  price: { column: 'price_cents', cents: true },
  currency: { column: 'currency' },
  isActive: { column: 'is_active' },
  isOnline: { column: 'is_online' },
  bufferTimeMinutes: { column: 'buffer_time_minutes' },
  beforeEventBuffer: { column: 'before_event_buffer' },
  minimumBookingNotice: { column: 'minimum_booking_notice' },
  requiresConfirmation: { column: 'requires_confirmation' },
  disableGuests: { column: 'disable_guests' },
  scheduleId: { column: 'schedule_id' },
  locations: { column: 'locations', json: true },
  metadata: { column: 'metadata', json: true },
  bookingFields: { column: 'booking_fields', json: true },
  calcomName: { column: 'calcom_name' },
  assignmentMethod: { column: 'assignment_method' },
  assignmentConfidence: { column: 'assignment_confidence' },
  minStaffRequired: { column: 'min_staff_required' },
  composite: { column: 'composite' },
  segments: { column: 'segments', json: true },
  calcomEventTypeId: { column: 'calcom_event_type_id' },
};

/** A value ready to bind for the column (JSON as text, price in cents). */
export function columnValue(field: string, v: unknown): unknown {
  const c = SERVICE_COLUMNS[field];
  if (v == null) return null;
  if (c.json) return JSON.stringify(v);
  if (c.cents) return Math.round((v as number) * 100);
  return v;
}

/** The stored failure code as the Service JSON's `syncErrorCode` (see SyncErrorCode). */
function errorCodeOf(stored: string | null): SyncErrorCode {
  if (stored === ORPHAN_CODE) return 'event_type_deleted';
  return (SYNC_ERROR_CODES as readonly string[]).includes(stored ?? '') ? (stored as SyncErrorCode) : 'unexpected';
}
