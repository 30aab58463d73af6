/**
 * Event-type input whitelisting/validation and output shaping for the two
 * controllers Cal.com routes to: `2024-06-14` and the legacy `2024-04-15`
 * (what a request gets when `cal-api-version` is missing or unknown).
 *
 * Cal.com's global ValidationPipe runs with `whitelist: true` and without
 * `forbidNonWhitelisted`, so properties a DTO does not declare (price,
 * currency, metadata, a misspelled field, or `lengthInMinutes` sent to the
 * legacy controller) are silently dropped, never rejected.
 */
import type { EventTypeRecord, UserRecord } from './state.js';
import { validationFailed } from './errors.js';

type FieldKind = 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'numberArray';

/** Writable fields of CreateEventTypeInput_2024_06_14 / UpdateEventTypeInput_2024_06_14. */
const FIELDS_2024_06_14: Record<string, FieldKind> = {
  title: 'string',
  slug: 'string',
  lengthInMinutes: 'number',
  lengthInMinutesOptions: 'numberArray',
  description: 'string',
  hidden: 'boolean',
  minimumBookingNotice: 'integer',
  beforeEventBuffer: 'integer',
  afterEventBuffer: 'integer',
  slotInterval: 'integer',
  scheduleId: 'integer',
  locations: 'array',
  bookingFields: 'array',
  disableGuests: 'boolean',
  confirmationPolicy: 'object',
  recurrence: 'object',
  seats: 'object',
  bookingWindow: 'object',
  bookingLimitsCount: 'object',
  bookingLimitsDuration: 'object',
  onlyShowFirstAvailableSlot: 'boolean',
  offsetStart: 'integer',
  bookerLayouts: 'object',
  requiresBookerEmailVerification: 'boolean',
  hideCalendarNotes: 'boolean',
  hideCalendarEventDetails: 'boolean',
  hideOrganizerEmail: 'boolean',
  lockTimeZoneToggleOnBookingPage: 'boolean',
  color: 'object',
  customName: 'string',
  destinationCalendar: 'object',
  useDestinationCalendarEmail: 'boolean',
  successRedirectUrl: 'string',
  calVideoSettings: 'object',
  bookingRequiresAuthentication: 'boolean',
};

/**
 * Legacy 2024-04-15 input: v1-style names. Mapped onto the canonical
 * (2024-06-14) names we store. Anything else, including `lengthInMinutes`,
 * is dropped.
 */
const LEGACY_FIELDS: Record<string, [canonical: string, kind: FieldKind]> = {
  length: ['lengthInMinutes', 'number'],
  title: ['title', 'string'],
  slug: ['slug', 'string'],
  description: ['description', 'string'],
  hidden: ['hidden', 'boolean'],
  minimumBookingNotice: ['minimumBookingNotice', 'integer'],
  beforeEventBuffer: ['beforeEventBuffer', 'integer'],
  afterEventBuffer: ['afterEventBuffer', 'integer'],
  slotInterval: ['slotInterval', 'integer'],
  scheduleId: ['scheduleId', 'integer'],
  locations: ['locations', 'array'],
  bookingFields: ['bookingFields', 'array'],
  disableGuests: ['disableGuests', 'boolean'],
  hideCalendarNotes: ['hideCalendarNotes', 'boolean'],
  successRedirectUrl: ['successRedirectUrl', 'string'],
  lockTimeZoneToggleOnBookingPage: ['lockTimeZoneToggleOnBookingPage', 'boolean'],
};

export const REQUIRED_ON_CREATE = ['lengthInMinutes', 'title', 'slug'] as const;

/** class-validator's default message for each decorator we model. */
function typeMessage(field: string, kind: FieldKind): string {
  switch (kind) {
    case 'string':
      return `${field} must be a string`;
    case 'number':
      return `${field} must be a number conforming to the specified constraints`;
    case 'integer':
      return `${field} must be an integer number`;
    case 'boolean':
      return `${field} must be a boolean value`;
    case 'array':
      return `${field} must be an array`;
    case 'numberArray':
      return `each value in ${field} must be a number conforming to the specified constraints`;
    case 'object':
      return `nested property ${field} must be either object or array`;
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function checkKind(value: unknown, kind: FieldKind): boolean {
  switch (kind) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    case 'numberArray':
      return Array.isArray(value) && value.every((x) => typeof x === 'number');
    case 'object':
      return isPlainObject(value);
  }
}

/** Shape checks for the union-typed settings the sync engine is likely to send. */
function semanticErrors(fields: Record<string, unknown>): string[] {
  const errors: string[] = [];
  const cp = fields.confirmationPolicy;
  if (isPlainObject(cp) && cp.disabled !== true) {
    if (cp.type !== 'always' && cp.type !== 'time')
      errors.push('confirmationPolicy.type must be one of the following values: always, time');
    if (typeof cp.blockUnconfirmedBookingsInBooker !== 'boolean')
      errors.push('confirmationPolicy.blockUnconfirmedBookingsInBooker must be a boolean value');
  }
  const rec = fields.recurrence;
  if (isPlainObject(rec) && rec.disabled !== true) {
    if (!['yearly', 'monthly', 'weekly'].includes(String(rec.frequency)))
      errors.push('recurrence.frequency must be one of the following values: yearly, monthly, weekly');
    if (typeof rec.interval !== 'number') errors.push('recurrence.interval must be a number conforming to the specified constraints');
    if (typeof rec.occurrences !== 'number')
      errors.push('recurrence.occurrences must be a number conforming to the specified constraints');
  }
  if (Array.isArray(fields.locations)) {
    fields.locations.forEach((loc, i) => {
      if (!isPlainObject(loc) || typeof loc.type !== 'string') errors.push(`locations.${i}.type must be a string`);
    });
  }
  if (Array.isArray(fields.bookingFields)) {
    fields.bookingFields.forEach((f, i) => {
      if (!isPlainObject(f) || typeof f.type !== 'string') errors.push(`bookingFields.${i}.type must be a string`);
    });
  }
  if (typeof fields.lengthInMinutes === 'number' && fields.lengthInMinutes < 1)
    errors.push('lengthInMinutes must not be less than 1');
  if (typeof fields.slug === 'string' && fields.slug.trim() === '') errors.push('slug should not be empty');
  return errors;
}

export type ApiFlavor = '2024-06-14' | 'legacy';

/**
 * Whitelists and validates a create/update body. Returns the accepted fields
 * under their canonical (2024-06-14) names; throws a Cal.com 400 on type errors.
 */
export function parseEventTypeInput(
  body: unknown,
  flavor: ApiFlavor,
  mode: 'create' | 'update',
): Record<string, unknown> {
  const input = isPlainObject(body) ? body : {};
  const accepted: Record<string, unknown> = {};
  const errors: string[] = [];
  const table: Record<string, [string, FieldKind]> =
    flavor === 'legacy'
      ? LEGACY_FIELDS
      : Object.fromEntries(Object.entries(FIELDS_2024_06_14).map(([k, kind]) => [k, [k, kind]]));

  for (const [name, [canonical, kind]] of Object.entries(table)) {
    if (!(name in input) || input[name] === undefined) continue;
    const value = input[name];
    // The DTOs do not accept null; `{disabled: true}` is how settings are cleared.
    if (!checkKind(value, kind)) errors.push(typeMessage(name, kind));
    else accepted[canonical] = value;
  }
  if (mode === 'create') {
    for (const req of REQUIRED_ON_CREATE) {
      const inputName = flavor === 'legacy' && req === 'lengthInMinutes' ? 'length' : req;
      if (input[inputName] === undefined) errors.push(typeMessage(inputName, table[inputName][1]));
    }
  }
  errors.push(...semanticErrors(accepted));
  if (errors.length > 0) throw validationFailed([...new Set(errors)]);
  return accepted;
}

/** Fields the "Cal.com UI" control API may set on top of the API-writable ones. */
export function parseUiEdit(body: unknown): Record<string, unknown> {
  const input = isPlainObject(body) ? body : {};
  const accepted = parseEventTypeInput(
    Object.fromEntries(Object.entries(input).filter(([k]) => k in FIELDS_2024_06_14)),
    '2024-06-14',
    'update',
  );
  if (typeof input.price === 'number') accepted.price = input.price;
  if (typeof input.currency === 'string') accepted.currency = input.currency;
  if (isPlainObject(input.metadata)) accepted.metadata = input.metadata;
  return accepted;
}

export const DEFAULT_BOOKING_FIELDS = [
  { type: 'name', label: 'your_name', placeholder: '', isDefault: true, slug: 'name', required: true },
  { type: 'email', label: 'email_address', placeholder: '', isDefault: true, slug: 'email', required: true, hidden: false },
  { type: 'textarea', label: 'additional_notes', placeholder: '', isDefault: true, slug: 'notes', required: false, hidden: false },
  { type: 'multiemail', label: 'additional_guests', placeholder: '', isDefault: true, slug: 'guests', required: false, hidden: false },
  { type: 'textarea', label: 'reason_for_reschedule', placeholder: '', isDefault: true, slug: 'rescheduleReason', required: false, hidden: false },
];

const DISABLED = { disabled: true } as const;

function userOutput(user: UserRecord) {
  return {
    id: user.id,
    name: user.name,
    username: user.username,
    avatarUrl: null,
    weekStart: user.weekStart,
    brandColor: null,
    darkBrandColor: null,
    metadata: {},
  };
}

/** EventTypeOutput_2024_06_14: every setting normalised, defaults filled in like Cal.com does. */
export function toOutput20240614(et: EventTypeRecord, owner: UserRecord): Record<string, unknown> {
  const f = et.fields;
  const seats: Record<string, unknown> = (f.seats as Record<string, unknown> | undefined) ?? DISABLED;
  const seatsOn = seats.disabled !== true;
  const bookingWindow = f.bookingWindow as Record<string, unknown> | undefined;
  const metadata = { ...et.metadata };
  if (Array.isArray(f.lengthInMinutesOptions)) metadata.multipleDuration = f.lengthInMinutesOptions;
  return {
    id: et.id,
    lengthInMinutes: f.lengthInMinutes,
    ...(Array.isArray(f.lengthInMinutesOptions) ? { lengthInMinutesOptions: f.lengthInMinutesOptions } : {}),
    title: f.title,
    slug: f.slug,
    description: f.description ?? '',
    locations: f.locations ?? [{ type: 'integration', integration: 'cal-video' }],
    bookingFields: f.bookingFields ?? DEFAULT_BOOKING_FIELDS,
    disableGuests: f.disableGuests ?? false,
    slotInterval: f.slotInterval ?? null,
    minimumBookingNotice: f.minimumBookingNotice ?? 0,
    beforeEventBuffer: f.beforeEventBuffer ?? 0,
    afterEventBuffer: f.afterEventBuffer ?? 0,
    recurrence: f.recurrence && (f.recurrence as Record<string, unknown>).disabled !== true ? f.recurrence : null,
    metadata,
    price: et.price,
    currency: et.currency,
    lockTimeZoneToggleOnBookingPage: f.lockTimeZoneToggleOnBookingPage ?? false,
    seatsPerTimeSlot: seatsOn ? (seats.seatsPerTimeSlot ?? null) : null,
    forwardParamsSuccessRedirect: true,
    successRedirectUrl: f.successRedirectUrl ?? null,
    isInstantEvent: false,
    seatsShowAvailabilityCount: seatsOn ? (seats.showAvailabilityCount ?? true) : true,
    scheduleId: f.scheduleId ?? owner.defaultScheduleId,
    bookingLimitsCount: f.bookingLimitsCount ?? DISABLED,
    onlyShowFirstAvailableSlot: f.onlyShowFirstAvailableSlot ?? false,
    bookingLimitsDuration: f.bookingLimitsDuration ?? DISABLED,
    // Cal.com outputs bookingWindow as an array ([] when disabled).
    bookingWindow: bookingWindow && bookingWindow.disabled !== true ? [bookingWindow] : [],
    bookerLayouts: f.bookerLayouts ?? { defaultLayout: 'month', enabledLayouts: ['month', 'week', 'column'] },
    confirmationPolicy: f.confirmationPolicy ?? DISABLED,
    requiresBookerEmailVerification: f.requiresBookerEmailVerification ?? false,
    hideCalendarNotes: f.hideCalendarNotes ?? false,
    color: f.color ?? { lightThemeHex: '#292929', darkThemeHex: '#fafafa' },
    seats,
    offsetStart: f.offsetStart ?? 0,
    customName: f.customName ?? '',
    ...(f.destinationCalendar ? { destinationCalendar: f.destinationCalendar } : {}),
    useDestinationCalendarEmail: f.useDestinationCalendarEmail ?? false,
    hideCalendarEventDetails: f.hideCalendarEventDetails ?? false,
    hideOrganizerEmail: f.hideOrganizerEmail ?? false,
    ...(f.calVideoSettings ? { calVideoSettings: f.calVideoSettings } : {}),
    hidden: f.hidden ?? false,
    bookingRequiresAuthentication: f.bookingRequiresAuthentication ?? false,
    ownerId: owner.id,
    users: [userOutput(owner)],
  };
}

/** Legacy (2024-04-15) output: v1-style names, notably `length` instead of `lengthInMinutes`. */
export function toOutputLegacy(et: EventTypeRecord, owner: UserRecord): Record<string, unknown> {
  const f = et.fields;
  const cp = f.confirmationPolicy as Record<string, unknown> | undefined;
  const rec = f.recurrence as Record<string, unknown> | undefined;
  return {
    id: et.id,
    length: f.lengthInMinutes,
    title: f.title,
    slug: f.slug,
    description: f.description ?? null,
    hidden: f.hidden ?? false,
    position: 0,
    locations: f.locations ?? [{ type: 'integrations:daily' }],
    bookingFields: f.bookingFields ?? DEFAULT_BOOKING_FIELDS,
    disableGuests: f.disableGuests ?? false,
    minimumBookingNotice: f.minimumBookingNotice ?? 0,
    beforeEventBuffer: f.beforeEventBuffer ?? 0,
    afterEventBuffer: f.afterEventBuffer ?? 0,
    slotInterval: f.slotInterval ?? null,
    scheduleId: f.scheduleId ?? owner.defaultScheduleId,
    requiresConfirmation: cp ? cp.disabled !== true : false,
    recurringEvent: rec && rec.disabled !== true ? { freq: rec.frequency, count: rec.occurrences, interval: rec.interval } : null,
    seatsPerTimeSlot: null,
    price: et.price,
    currency: et.currency,
    metadata: et.metadata,
    successRedirectUrl: f.successRedirectUrl ?? null,
    hideCalendarNotes: f.hideCalendarNotes ?? false,
    lockTimeZoneToggleOnBookingPage: f.lockTimeZoneToggleOnBookingPage ?? false,
    userId: owner.id,
    ownerId: owner.id,
    users: [userOutput(owner)],
  };
}

export function toOutput(et: EventTypeRecord, owner: UserRecord, flavor: ApiFlavor) {
  return flavor === 'legacy' ? toOutputLegacy(et, owner) : toOutput20240614(et, owner);
}
