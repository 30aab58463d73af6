/**
 * In-memory model of the parts of Cal.com the simulator serves: users (one
 * per API key), event types, bookings and user-level webhooks. Pure data; no
 * HTTP concerns here so the control API and the Cal.com routes share it.
 */
import { createHash, randomUUID } from 'node:crypto';

export interface UserRecord {
  id: number;
  username: string;
  email: string;
  name: string;
  timeZone: string;
  weekStart: string;
  timeFormat: number;
  defaultScheduleId: number;
}

export interface EventTypeRecord {
  id: number;
  ownerId: number;
  /** Canonical 2024-06-14 field names (title, slug, lengthInMinutes, ...). */
  fields: Record<string, unknown>;
  /** Output-only columns; settable only through the "Cal.com UI" control API. */
  price: number;
  currency: string;
  metadata: Record<string, unknown>;
}

export type BookingStatus = 'accepted' | 'cancelled' | 'rejected' | 'pending';

export interface Attendee {
  name: string;
  email: string;
  timeZone: string;
  language?: string;
}

export interface BookingRecord {
  id: number;
  uid: string;
  ownerId: number;
  eventTypeId: number;
  title: string;
  description: string;
  status: BookingStatus;
  start: string;
  end: string;
  attendees: Attendee[];
  location: string;
  rescheduledFromUid?: string;
  rescheduledToUid?: string;
  cancellationReason?: string;
  createdAt: string;
  updatedAt: string;
}

export interface WebhookRecord {
  id: string;
  userId: number;
  subscriberUrl: string;
  triggers: string[];
  active: boolean;
  payloadTemplate: string | null;
  secret?: string;
}

export function hashKey(apiKey: string): string {
  return createHash('sha256').update(apiKey).digest('hex');
}

/** Cal.com booking uids are 22-char url-safe ids. */
function newBookingUid(): string {
  return randomUUID().replace(/-/g, '').slice(0, 22);
}

export class SimState {
  private nextUserId = 4001;
  private nextEventTypeId = 1_800_001;
  private nextBookingId = 9_000_001;
  private nextScheduleId = 55_001;

  readonly users = new Map<number, UserRecord>();
  /** apiKey -> userId */
  private readonly keys = new Map<string, number>();
  private readonly revokedKeys = new Set<string>();
  readonly eventTypes = new Map<number, EventTypeRecord>();
  readonly bookings = new Map<string, BookingRecord>();
  readonly webhooks = new Map<string, WebhookRecord>();

  reset(): void {
    this.users.clear();
    this.keys.clear();
    this.revokedKeys.clear();
    this.eventTypes.clear();
    this.bookings.clear();
    this.webhooks.clear();
  }

  // ---- users & keys -------------------------------------------------------

  /** Any `cal_` key is valid; the first sight provisions a user with a stable, key-derived username. */
  userForKey(apiKey: string): UserRecord | undefined {
    if (!apiKey.startsWith('cal_') || this.revokedKeys.has(apiKey)) return undefined;
    return this.provision(apiKey);
  }

  provision(apiKey: string, profile: Partial<Omit<UserRecord, 'id'>> = {}): UserRecord {
    const existing = this.keys.get(apiKey);
    if (existing !== undefined) {
      const user = this.users.get(existing)!;
      Object.assign(user, stripUndefined(profile));
      return user;
    }
    const username = profile.username ?? `user-${hashKey(apiKey).slice(0, 8)}`;
    const user: UserRecord = {
      id: this.nextUserId++,
      username,
      email: `${username}@sim.cal.local`,
      name: `Sim ${username}`,
      timeZone: 'Europe/London',
      weekStart: 'Monday',
      timeFormat: 24,
      defaultScheduleId: this.nextScheduleId++,
      ...stripUndefined(profile),
    };
    this.users.set(user.id, user);
    this.keys.set(apiKey, user.id);
    return user;
  }

  revokeKey(apiKey: string): void {
    this.revokedKeys.add(apiKey);
  }

  restoreKey(apiKey: string): void {
    this.revokedKeys.delete(apiKey);
  }

  userByUsername(username: string): UserRecord | undefined {
    for (const u of this.users.values()) if (u.username === username) return u;
    return undefined;
  }

  // ---- event types --------------------------------------------------------

  eventTypesOf(ownerId: number): EventTypeRecord[] {
    return [...this.eventTypes.values()].filter((e) => e.ownerId === ownerId).sort((a, b) => a.id - b.id);
  }

  slugTaken(ownerId: number, slug: string, exceptId?: number): boolean {
    return this.eventTypesOf(ownerId).some((e) => e.fields.slug === slug && e.id !== exceptId);
  }

  /** Caller must have checked slug uniqueness (Cal.com's unique index on (userId, slug)). */
  createEventType(ownerId: number, fields: Record<string, unknown>): EventTypeRecord {
    const { price, currency, metadata, ...rest } = fields;
    const et: EventTypeRecord = {
      id: this.nextEventTypeId++,
      ownerId,
      fields: rest,
      price: typeof price === 'number' ? price : 0,
      currency: typeof currency === 'string' ? currency : 'usd',
      metadata: (metadata as Record<string, unknown> | undefined) ?? {},
    };
    this.eventTypes.set(et.id, et);
    return et;
  }

  /** Partial update: omitted fields untouched; arrays (bookingFields, locations) replace wholesale. */
  updateEventType(et: EventTypeRecord, fields: Record<string, unknown>): EventTypeRecord {
    const { price, currency, metadata, ...rest } = fields;
    Object.assign(et.fields, rest);
    if (typeof price === 'number') et.price = price;
    if (typeof currency === 'string') et.currency = currency;
    if (metadata && typeof metadata === 'object') et.metadata = metadata as Record<string, unknown>;
    return et;
  }

  deleteEventType(id: number): void {
    this.eventTypes.delete(id);
  }

  // ---- bookings -----------------------------------------------------------

  createBooking(input: {
    owner: UserRecord;
    eventType: EventTypeRecord;
    start: string;
    end?: string;
    status?: BookingStatus;
    attendees?: Partial<Attendee>[];
    rescheduledFromUid?: string;
    uid?: string;
  }): BookingRecord {
    const now = new Date().toISOString();
    const length = Number(input.eventType.fields.lengthInMinutes ?? 30);
    const start = new Date(input.start).toISOString();
    const end = input.end ? new Date(input.end).toISOString() : new Date(Date.parse(start) + length * 60_000).toISOString();
    const attendees = (input.attendees?.length ? input.attendees : [{}]).map((a, i) => ({
      name: a.name ?? `Guest ${i + 1}`,
      email: a.email ?? `guest${i + 1}@example.com`,
      timeZone: a.timeZone ?? 'Europe/London',
      language: a.language ?? 'en',
    }));
    const booking: BookingRecord = {
      id: this.nextBookingId++,
      uid: input.uid ?? newBookingUid(),
      ownerId: input.owner.id,
      eventTypeId: input.eventType.id,
      title: `${String(input.eventType.fields.title)} between ${input.owner.name} and ${attendees[0].name}`,
      description: '',
      status: input.status ?? 'accepted',
      start,
      end,
      attendees,
      location: locationString(input.eventType),
      ...(input.rescheduledFromUid ? { rescheduledFromUid: input.rescheduledFromUid } : {}),
      createdAt: now,
      updatedAt: now,
    };
    this.bookings.set(booking.uid, booking);
    return booking;
  }

  touchBooking(b: BookingRecord, change: Partial<BookingRecord>): BookingRecord {
    Object.assign(b, stripUndefined(change), { updatedAt: new Date().toISOString() });
    return b;
  }

  bookingsOf(ownerId: number): BookingRecord[] {
    return [...this.bookings.values()].filter((b) => b.ownerId === ownerId);
  }

  // ---- webhooks -----------------------------------------------------------

  createWebhook(userId: number, w: Omit<WebhookRecord, 'id' | 'userId'>): WebhookRecord {
    const hook: WebhookRecord = { id: randomUUID(), userId, ...w };
    this.webhooks.set(hook.id, hook);
    return hook;
  }

  webhooksOf(userId: number): WebhookRecord[] {
    return [...this.webhooks.values()].filter((w) => w.userId === userId);
  }
}

function locationString(et: EventTypeRecord): string {
  const loc = (et.fields.locations as Record<string, unknown>[] | undefined)?.[0];
  if (!loc) return 'integrations:daily';
  if (loc.type === 'address') return String(loc.address ?? '');
  if (loc.type === 'link') return String(loc.link ?? '');
  if (loc.type === 'phone') return String(loc.phone ?? '');
  if (loc.type === 'integration') return `integrations:${String(loc.integration)}`;
  return String(loc.type);
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
