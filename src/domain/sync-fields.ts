import type { Service } from './service.js';

/**
 * The fields calsync owns in Cal.com, in one comparable shape used for the three-way diff:
 * the base (what Cal.com held after the last push or import), the platform, and Cal.com.
 * Keys are the platform's names (`visibility` stands for `isActive`/`isOnline` ↔ `hidden`).
 */
export interface SyncedValues {
  name: string;
  slug: string;
  durationMinutes: number;
  description: string;
  visibility: 'visible' | 'hidden';
  bufferTimeMinutes: number;
  beforeEventBuffer: number;
  minimumBookingNotice: number;
  requiresConfirmation: boolean;
  disableGuests: boolean;
  /** Sent only when the platform owns them (non-null on the service). */
  scheduleId?: number | null;
  locations?: unknown[] | null;
  bookingFields?: unknown[] | null;
}
export type SyncedField = keyof SyncedValues;

export const CORE_FIELDS: SyncedField[] = [
  'name',
  'slug',
  'durationMinutes',
  'description',
  'visibility',
  'bufferTimeMinutes',
  'beforeEventBuffer',
  'minimumBookingNotice',
  'requiresConfirmation',
  'disableGuests',
];
const OPTIONAL_FIELDS: SyncedField[] = ['scheduleId', 'locations', 'bookingFields'];
/** Every field name a divergence may carry. */
export const SYNCED_FIELDS: SyncedField[] = [...CORE_FIELDS, ...OPTIONAL_FIELDS];

/** The fields that a pending divergence on them stops bookings (SYNC.md "Bookable"). */
export const BOOKING_CRITICAL_FIELDS: SyncedField[] = ['durationMinutes', 'visibility'];

/** The service fields the push reads: the platform's side of every synced field. */
export type PlatformSyncSource = Pick<
  Service,
  | 'name'
  | 'slug'
  | 'durationMinutes'
  | 'description'
  | 'isActive'
  | 'isOnline'
  | 'bufferTimeMinutes'
  | 'beforeEventBuffer'
  | 'minimumBookingNotice'
  | 'requiresConfirmation'
  | 'disableGuests'
  | 'scheduleId'
  | 'locations'
  | 'bookingFields'
>;

/** The platform's side: what Cal.com should hold. */
export function platformValues(s: PlatformSyncSource): SyncedValues {
  const v: SyncedValues = {
    name: s.name,
    slug: s.slug,
    durationMinutes: s.durationMinutes,
    description: s.description ?? '',
    visibility: s.isActive && s.isOnline ? 'visible' : 'hidden',
    bufferTimeMinutes: s.bufferTimeMinutes,
    beforeEventBuffer: s.beforeEventBuffer,
    minimumBookingNotice: s.minimumBookingNotice,
    requiresConfirmation: s.requiresConfirmation,
    disableGuests: s.disableGuests,
  };
  if (s.scheduleId != null) v.scheduleId = s.scheduleId;
  if (s.locations != null) v.locations = s.locations;
  if (s.bookingFields != null) v.bookingFields = s.bookingFields;
  return v;
}

/** Cal.com's side, read from an event type (2024-06-14 output shape). */
export function calcomValues(et: Record<string, any>): SyncedValues {
  const policy = et.confirmationPolicy;
  const requiresConfirmation = policy ? !policy.disabled && (policy.type === 'always' || policy.type === 'time') : !!et.requiresConfirmation;
  return {
    name: String(et.title ?? ''),
    slug: String(et.slug ?? ''),
    durationMinutes: Number(et.lengthInMinutes ?? et.length ?? 0),
    description: et.description ?? '',
    visibility: et.hidden ? 'hidden' : 'visible',
    bufferTimeMinutes: Number(et.afterEventBuffer ?? 0),
    beforeEventBuffer: Number(et.beforeEventBuffer ?? 0),
    minimumBookingNotice: Number(et.minimumBookingNotice ?? 0),
    requiresConfirmation,
    disableGuests: !!et.disableGuests,
    scheduleId: et.scheduleId ?? null,
    locations: et.locations ?? null,
    bookingFields: et.bookingFields ?? null,
  };
}

/** The Cal.com request body for the given fields (SYNC.md field table). */
export function toCalcomBody(v: Partial<SyncedValues>, fields: SyncedField[]): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const f of fields) {
    switch (f) {
      case 'name': body.title = v.name; break;
      case 'slug': body.slug = v.slug; break;
      case 'durationMinutes': body.lengthInMinutes = v.durationMinutes; break;
      case 'description': body.description = v.description; break;
      case 'visibility': body.hidden = v.visibility === 'hidden'; break;
      case 'bufferTimeMinutes': body.afterEventBuffer = v.bufferTimeMinutes; break;
      case 'beforeEventBuffer': body.beforeEventBuffer = v.beforeEventBuffer; break;
      case 'minimumBookingNotice': body.minimumBookingNotice = v.minimumBookingNotice; break;
      case 'requiresConfirmation':
        body.confirmationPolicy = v.requiresConfirmation ? { type: 'always', blockUnconfirmedBookingsInBooker: false } : { disabled: true };
        break;
      case 'disableGuests': body.disableGuests = v.disableGuests; break;
      case 'scheduleId': body.scheduleId = v.scheduleId; break;
      case 'locations': body.locations = v.locations; break;
      case 'bookingFields': body.bookingFields = v.bookingFields; break;
      default: {
        const never: never = f;
        throw new Error(`unknown field ${String(never)}`);
      }
    }
  }
  return body;
}

/** The fields the platform owns for this service: the core ones plus optional ones it has set. */
export function ownedFields(platform: SyncedValues): SyncedField[] {
  return [...CORE_FIELDS, ...OPTIONAL_FIELDS.filter((f) => platform[f] !== undefined)];
}

export function sameValue(a: unknown, b: unknown): boolean {
  return stableJson(a ?? null) === stableJson(b ?? null);
}

function stableJson(v: unknown): string {
  return JSON.stringify(v, (_k, val) =>
    val && typeof val === 'object' && !Array.isArray(val)
      ? Object.fromEntries(Object.entries(val).sort(([a], [b]) => (a < b ? -1 : 1)))
      : val,
  );
}

export type FieldState = 'in_sync' | 'platform_changed' | 'calcom_changed' | 'both_changed';

export interface FieldComparison {
  field: SyncedField;
  state: FieldState;
  base: unknown;
  platform: unknown;
  calcom: unknown;
}

/**
 * Three-way comparison per owned field. Without a base (never pushed or imported) any difference
 * counts as a platform change: the platform is the source of truth for what it created.
 * When both sides changed to the same value, the field is in sync.
 */
export function compareThreeWay(
  base: Partial<SyncedValues> | null,
  platform: SyncedValues,
  calcom: SyncedValues,
): FieldComparison[] {
  return ownedFields(platform).map((field) => {
    const p = platform[field];
    const c = calcom[field];
    const b = base ? base[field] : undefined;
    let state: FieldState;
    if (sameValue(p, c)) state = 'in_sync';
    else if (!base || !(field in base)) state = 'platform_changed';
    else if (sameValue(c, b)) state = 'platform_changed';
    else if (sameValue(p, b)) state = 'calcom_changed';
    else state = 'both_changed';
    return { field, state, base: b, platform: p, calcom: c };
  });
}

/**
 * Values sent to Cal.com in writes whose answer never came (timeout, dropped connection, SIGKILL):
 * Cal.com may or may not hold them. Per field, every value that may have landed.
 */
export type SendingValues = Partial<Record<SyncedField, unknown[]>>;

/** Fields whose platform value differs from the base, or whose last write is unconfirmed: what an ordinary push sends. */
export function changedSinceBase(base: Partial<SyncedValues> | null, platform: SyncedValues, sending?: SendingValues | null): SyncedField[] {
  return ownedFields(platform).filter((f) => !base || !(f in base) || !sameValue(platform[f], base[f]) || (sending != null && f in sending));
}

/** Records the values of a write about to be sent, beside any still unconfirmed ones. */
export function addSending(sending: SendingValues | null, values: SyncedValues, fields: SyncedField[]): SendingValues {
  const next: SendingValues = { ...(sending ?? {}) };
  for (const f of fields) {
    const known = next[f] ?? [];
    next[f] = known.some((v) => sameValue(v, values[f])) ? known : [...known, values[f]];
  }
  return next;
}

/**
 * The base to compare with once Cal.com's values are seen: a field with an unconfirmed write takes
 * Cal.com's value when it equals a value calsync sent (that write landed), else keeps the base.
 */
export function knownBase(base: Partial<SyncedValues> | null, sending: SendingValues | null | undefined, calcom: SyncedValues): Partial<SyncedValues> | null {
  if (!sending || !Object.keys(sending).length) return base;
  const next: Partial<SyncedValues> = { ...(base ?? {}) };
  for (const [f, values] of Object.entries(sending) as [SyncedField, unknown[]][]) {
    if (values.some((v) => sameValue(v, calcom[f]))) (next as any)[f] = calcom[f];
  }
  return next;
}

/** The base after Cal.com answered a write: sent fields take Cal.com's stored values. */
export function advanceBase(base: Partial<SyncedValues> | null, answered: SyncedValues, sent: SyncedField[]): Partial<SyncedValues> {
  const next: Partial<SyncedValues> = { ...(base ?? {}) };
  for (const f of sent) (next as any)[f] = answered[f];
  return next;
}

/** "Sync to Cal.com" asked by a person (stored on the service): push over Cal.com's values for every field (`null`) or these. */
export interface ForceRequest {
  actor: string;
  fields: string[] | null;
}

/** Two requests for the same push become one: every field if either asked for every field, else both lists. */
export function mergeForce(a: ForceRequest | null | undefined, b: ForceRequest | null | undefined): ForceRequest | null {
  if (!a || !b) return a ?? b ?? null;
  return { actor: b.actor, fields: a.fields === null || b.fields === null ? null : [...new Set([...a.fields, ...b.fields])] };
}
