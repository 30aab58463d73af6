/**
 * Appointments: what calsync knows about one Cal.com booking, folded from everything it has heard
 * (webhook deliveries and the bookings poll) in any order, any number of times.
 *
 * The fold is order-independent by construction:
 * - status is the maximum of every status observed, by STATUS_RANK (pending < booked < rejected <
 *   cancelled < rescheduled), so a late BOOKING_CREATED never revives a cancelled booking and a
 *   cancel that arrives before its create still ends cancelled;
 * - descriptive fields (times, attendees, title, event type) come from the observation with the
 *   greatest (Cal.com time, content) key; a placeholder (the old booking of a reschedule, known only
 *   from the new booking's `rescheduleUid`) only fills what is still unknown;
 * - the reschedule links are set once (Cal.com never changes a booking's uid).
 */

export const APPOINTMENT_STATUSES = ['pending', 'booked', 'rescheduled', 'cancelled', 'rejected'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

/** The order statuses win in; terminal ones (≥ rejected) are final. */
export const STATUS_RANK: Record<AppointmentStatus, number> = { pending: 1, booked: 2, rejected: 3, cancelled: 4, rescheduled: 5 };

export function isTerminal(s: AppointmentStatus): boolean {
  switch (s) {
    case 'pending':
    case 'booked':
      return false;
    case 'rejected':
    case 'cancelled':
    case 'rescheduled':
      return true;
    default: {
      const never: never = s;
      throw new Error(`unknown appointment status ${String(never)}`);
    }
  }
}

export interface Attendee {
  name: string | null;
  email: string | null;
  timeZone: string | null;
  phoneNumber?: string | null;
}

/** Everything an appointment holds about its booking (times as ISO strings). */
export interface AppointmentFacts {
  status: AppointmentStatus;
  eventTypeId: number | null;
  bookingId: number | null;
  title: string | null;
  startTime: string | null;
  endTime: string | null;
  attendees: Attendee[];
  rescheduledFromUid: string | null;
  rescheduledToUid: string | null;
  /** Cal.com's time of the observation the descriptive fields come from. */
  sourceAt: string | null;
  /** True while the only source is another booking's reschedule (fields are a best guess). */
  placeholder: boolean;
}

/** One thing learned about a booking. Undefined fields are unknown (kept from what is stored). */
export interface BookingObservation {
  status: AppointmentStatus;
  /** Cal.com's time of the event: the delivery's `createdAt`, or the booking's `updatedAt` from the poll. */
  at: string;
  placeholder?: boolean;
  eventTypeId?: number | null;
  bookingId?: number | null;
  title?: string | null;
  startTime?: string | null;
  endTime?: string | null;
  attendees?: Attendee[];
  rescheduledFromUid?: string | null;
  rescheduledToUid?: string | null;
}

export interface FoldResult {
  next: AppointmentFacts;
  /** Something a person would see changed (status, times, attendees, links…). */
  changed: boolean;
  /** Anything changed, bookkeeping included (the row must be written). */
  dirty: boolean;
  /** Set when the observation lost to what was already known (e.g. a late create after a cancel). */
  note?: string;
}

const DESCRIPTIVE = ['eventTypeId', 'bookingId', 'title', 'startTime', 'endTime', 'attendees'] as const;
type Descriptive = Pick<AppointmentFacts, (typeof DESCRIPTIVE)[number]>;

/** The descriptive fields the observation knows (null and undefined mean unknown; [] is known). */
function descriptive(o: Partial<Descriptive>): Partial<Descriptive> {
  const out: Partial<Descriptive> = {};
  for (const k of DESCRIPTIVE) if (!isEmpty(o[k])) (out as Record<string, unknown>)[k] = o[k];
  return out;
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined;
}

const ms = (iso: string | null) => (iso === null ? Number.NEGATIVE_INFINITY : Date.parse(iso));

/** Folds one observation into what is known about a booking (null = never seen). Pure. */
export function foldBooking(current: AppointmentFacts | null, obs: BookingObservation): FoldResult {
  const obsFields = descriptive(obs);
  if (current === null) {
    const next: AppointmentFacts = {
      status: obs.status,
      eventTypeId: obs.eventTypeId ?? null,
      bookingId: obs.bookingId ?? null,
      title: obs.title ?? null,
      startTime: normalizeTime(obs.startTime),
      endTime: normalizeTime(obs.endTime),
      attendees: obs.attendees ?? [],
      rescheduledFromUid: obs.rescheduledFromUid ?? null,
      rescheduledToUid: obs.rescheduledToUid ?? null,
      sourceAt: obs.placeholder ? null : normalizeTime(obs.at),
      placeholder: obs.placeholder ?? false,
    };
    return { next, changed: true, dirty: true };
  }

  const status = STATUS_RANK[obs.status] > STATUS_RANK[current.status] ? obs.status : current.status;
  let fields: Descriptive = pickDescriptive(current);
  let sourceAt = current.sourceAt;
  let placeholder = current.placeholder;
  if (obs.placeholder) {
    // Only fill what nothing better has told us.
    for (const k of DESCRIPTIVE) if (isEmpty(fields[k]) && !isEmpty(obsFields[k])) (fields as Record<string, unknown>)[k] = obsFields[k];
  } else if (current.placeholder || wins(obs.at, obsFields, current.sourceAt, fields)) {
    fields = { ...fields, ...obsFields };
    sourceAt = normalizeTime(obs.at);
    placeholder = false;
  } else {
    // Older news: it may still know something we do not.
    for (const k of DESCRIPTIVE) if (isEmpty(fields[k]) && !isEmpty(obsFields[k])) (fields as Record<string, unknown>)[k] = obsFields[k];
  }
  fields.startTime = normalizeTime(fields.startTime);
  fields.endTime = normalizeTime(fields.endTime);

  const next: AppointmentFacts = {
    ...fields,
    status,
    rescheduledFromUid: current.rescheduledFromUid ?? obs.rescheduledFromUid ?? null,
    rescheduledToUid: current.rescheduledToUid ?? obs.rescheduledToUid ?? null,
    sourceAt,
    placeholder,
  };
  const dirty = !sameFacts(current, next);
  const changed = dirty && !sameFacts({ ...current, sourceAt: null }, { ...next, sourceAt: null });
  const note =
    STATUS_RANK[obs.status] < STATUS_RANK[current.status]
      ? `kept ${current.status}: a ${obs.status} event cannot undo it (it is ${isTerminal(current.status) ? 'final' : 'further along'})`
      : undefined;
  return { next, changed, dirty, ...(note ? { note } : {}) };
}

/** Newer Cal.com time wins; on a tie the greater content wins, so the result never depends on arrival order. */
function wins(obsAt: string, obsFields: Partial<Descriptive>, curAt: string | null, curFields: Descriptive): boolean {
  const a = ms(obsAt);
  const b = ms(curAt);
  if (a !== b) return a > b;
  return stableJson({ ...curFields, ...obsFields }) > stableJson(curFields);
}

function pickDescriptive(f: AppointmentFacts): Descriptive {
  return { eventTypeId: f.eventTypeId, bookingId: f.bookingId, title: f.title, startTime: f.startTime, endTime: f.endTime, attendees: f.attendees };
}

/** ISO 8601 in UTC with milliseconds (so `…Z` and `…+00:00` compare equal); null when absent or not a date. */
export function normalizeTime(v: string | null | undefined): string | null {
  if (v === null || v === undefined) return null;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

export function sameFacts(a: AppointmentFacts, b: AppointmentFacts): boolean {
  return stableJson(a) === stableJson(b);
}

function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v)
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v ?? null);
}

// ---- reading Cal.com's shapes ------------------------------------------------------------------

/** The booking triggers that change appointments, and the status each one means. */
const BOOKING_TRIGGERS = {
  BOOKING_CREATED: 'booked',
  BOOKING_REQUESTED: 'pending',
  BOOKING_REJECTED: 'rejected',
  BOOKING_CANCELLED: 'cancelled',
  BOOKING_RESCHEDULED: 'booked',
} as const satisfies Record<string, AppointmentStatus>;
export type BookingTrigger = keyof typeof BOOKING_TRIGGERS;

/** What a delivery asks of calsync. */
export type DeliveryPlan =
  | { kind: 'booking'; trigger: BookingTrigger; changes: { uid: string; obs: BookingObservation }[] }
  | { kind: 'event_type'; trigger: string }
  | { kind: 'ignored'; trigger: string | null; reason: string }
  | { kind: 'invalid'; trigger: string | null; reason: string };

/** Reads a delivery body (`{triggerEvent, createdAt, payload}`) into the observations it carries. Pure. */
export function planDelivery(body: unknown): DeliveryPlan {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { kind: 'invalid', trigger: null, reason: 'the body is not a JSON object' };
  const b = body as Record<string, unknown>;
  const trigger = typeof b.triggerEvent === 'string' ? b.triggerEvent : null;
  if (!trigger) return { kind: 'ignored', trigger: null, reason: 'ignored: the delivery has no triggerEvent' };
  if (/^EVENT_TYPE[._]/.test(trigger)) return { kind: 'event_type', trigger };
  if (!(trigger in BOOKING_TRIGGERS)) return { kind: 'ignored', trigger, reason: `ignored: ${trigger} does not change appointments` };
  const t = trigger as BookingTrigger;
  const p = b.payload;
  if (!p || typeof p !== 'object' || Array.isArray(p)) return { kind: 'invalid', trigger, reason: `${trigger} without a payload object` };
  const payload = p as Record<string, unknown>;
  const uid = str(payload.uid);
  if (!uid) return { kind: 'invalid', trigger, reason: `${trigger}: payload.uid is missing` };
  const at = normalizeTime(str(b.createdAt)) ?? null;
  if (!at) return { kind: 'invalid', trigger, reason: `${trigger}: createdAt is missing or not a date` };

  let status: AppointmentStatus = BOOKING_TRIGGERS[t];
  // A reschedule of a booking that still needs confirmation makes a pending booking.
  if (t === 'BOOKING_RESCHEDULED' && str(payload.status)?.toUpperCase() === 'PENDING') status = 'pending';
  const obs: BookingObservation = {
    status,
    at,
    eventTypeId: int(payload.eventTypeId),
    bookingId: int(payload.bookingId),
    title: str(payload.title),
    attendees: attendeesOf(payload.attendees),
    ...(has(payload, 'startTime') ? { startTime: normalizeTime(str(payload.startTime)) } : {}),
    ...(has(payload, 'endTime') ? { endTime: normalizeTime(str(payload.endTime)) } : {}),
  };
  const changes: { uid: string; obs: BookingObservation }[] = [{ uid, obs }];
  if (t === 'BOOKING_RESCHEDULED') {
    const fromUid = str(payload.rescheduleUid);
    if (!fromUid) return { kind: 'invalid', trigger, reason: 'BOOKING_RESCHEDULED: payload.rescheduleUid is missing' };
    obs.rescheduledFromUid = fromUid;
    changes.push({
      uid: fromUid,
      obs: {
        status: 'rescheduled',
        at,
        placeholder: true,
        rescheduledToUid: uid,
        eventTypeId: obs.eventTypeId,
        bookingId: int(payload.rescheduleId),
        title: obs.title,
        attendees: obs.attendees,
        startTime: normalizeTime(str(payload.rescheduleStartTime)),
        endTime: normalizeTime(str(payload.rescheduleEndTime)),
      },
    });
  }
  return { kind: 'booking', trigger: t, changes };
}

/** A booking from `GET /v2/bookings` (2024-08-13) as an observation; null when it lacks a uid. Pure. */
export function observeListedBooking(raw: unknown): { uid: string; obs: BookingObservation } | null {
  if (!raw || typeof raw !== 'object') return null;
  const b = raw as Record<string, unknown>;
  const uid = str(b.uid);
  if (!uid) return null;
  const rescheduledToUid = str(b.rescheduledToUid);
  let status: AppointmentStatus;
  switch (String(b.status ?? '').toLowerCase()) {
    case 'accepted':
      status = 'booked';
      break;
    case 'pending':
    case 'unconfirmed':
      status = 'pending';
      break;
    case 'rejected':
      status = 'rejected';
      break;
    case 'cancelled':
      // Cal.com marks the old booking of a reschedule cancelled and links it to the new one.
      status = rescheduledToUid ? 'rescheduled' : 'cancelled';
      break;
    default:
      return null;
  }
  const at = normalizeTime(str(b.updatedAt)) ?? normalizeTime(str(b.createdAt)) ?? new Date(0).toISOString();
  return {
    uid,
    obs: {
      status,
      at,
      eventTypeId: int(b.eventTypeId) ?? int((b.eventType as Record<string, unknown> | undefined)?.id),
      bookingId: int(b.id),
      title: str(b.title),
      startTime: normalizeTime(str(b.start)),
      endTime: normalizeTime(str(b.end)),
      attendees: attendeesOf(b.attendees),
      rescheduledFromUid: str(b.rescheduledFromUid),
      rescheduledToUid,
    },
  };
}

function attendeesOf(v: unknown): Attendee[] {
  if (!Array.isArray(v)) return [];
  return v
    .filter((a): a is Record<string, unknown> => !!a && typeof a === 'object')
    .map((a) => ({
      name: str(a.name),
      email: str(a.email),
      timeZone: str(a.timeZone),
      ...(a.phoneNumber !== undefined ? { phoneNumber: str(a.phoneNumber) } : {}),
    }));
}

const has = (o: Record<string, unknown>, k: string) => o[k] !== undefined && o[k] !== null;
const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);
const int = (v: unknown): number | null => (typeof v === 'number' && Number.isSafeInteger(v) ? v : typeof v === 'string' && /^\d{1,15}$/.test(v) ? Number(v) : null);

/** What a first observation of a booking must carry to become an appointment (placeholders excepted). */
export function missingForNewAppointment(obs: BookingObservation): string[] {
  if (obs.placeholder) return [];
  return (['startTime', 'endTime'] as const).filter((k) => isEmpty(obs[k]));
}
