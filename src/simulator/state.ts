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

/**
 * What `SimState.toJSON()` writes and `SimState.fromJSON()` reads (the simulator's `stateFile`): everything that is
 * Cal.com's data, including the id counters so ids are never reused. Not the call log, faults or throttler.
 */
export interface SimStateSnapshot {
  version: 1;
  counters: { nextUserId: number; nextEventTypeId: number; nextBookingId: number; nextScheduleId: number };
  users: UserRecord[];
  /** [apiKey, userId] */
  keys: [string, number][];
  revokedKeys: string[];
  eventTypes: EventTypeRecord[];
  bookings: BookingRecord[];
  webhooks: WebhookRecord[];
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

  /** A JSON-safe deep copy of the state (see `SimStateSnapshot`). */
  toJSON(): SimStateSnapshot {
    return structuredClone({
      version: 1 as const,
      counters: {
        nextUserId: this.nextUserId,
        nextEventTypeId: this.nextEventTypeId,
        nextBookingId: this.nextBookingId,
        nextScheduleId: this.nextScheduleId,
      },
      users: [...this.users.values()],
      keys: [...this.keys.entries()],
      revokedKeys: [...this.revokedKeys],
      eventTypes: [...this.eventTypes.values()],
      bookings: [...this.bookings.values()],
      webhooks: [...this.webhooks.values()],
    });
  }

  /** Inverse of `toJSON()`; throws on anything that isn't a snapshot. Counters never go below max id + 1. */
  static fromJSON(data: unknown): SimState {
    const snap = data as Partial<SimStateSnapshot> | null;
    if (!snap || typeof snap !== 'object' || snap.version !== 1) throw new Error('not a simulator state snapshot (version 1)');
    const list = <T>(name: keyof SimStateSnapshot, ok: (x: T) => boolean): T[] => {
      const v = snap[name] as unknown;
      if (!Array.isArray(v) || !v.every((x) => ok(x as T))) throw new Error(`simulator state: bad "${name}"`);
      return structuredClone(v as T[]);
    };
    const isObj = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
    const hasNumId = (x: unknown) => isObj(x) && Number.isInteger(x.id);
    const users = list<UserRecord>('users', hasNumId);
    const keys = list<[string, number]>('keys', (k) => Array.isArray(k) && typeof k[0] === 'string' && Number.isInteger(k[1]));
    const revoked = list<string>('revokedKeys', (k) => typeof k === 'string');
    const eventTypes = list<EventTypeRecord>('eventTypes', (e) => hasNumId(e) && Number.isInteger(e.ownerId) && isObj(e.fields));
    const bookings = list<BookingRecord>('bookings', (b) => hasNumId(b) && typeof b.uid === 'string' && Array.isArray(b.attendees));
    const webhooks = list<WebhookRecord>('webhooks', (w) => isObj(w) && typeof w.id === 'string' && Array.isArray(w.triggers));
    const c = isObj(snap.counters) ? snap.counters : ({} as Record<string, unknown>);

    const state = new SimState();
    const next = (saved: unknown, fallback: number, ids: number[]) =>
      ids.reduce((max, id) => Math.max(max, id + 1), Number.isInteger(saved) ? (saved as number) : fallback);
    state.nextUserId = next(c.nextUserId, state.nextUserId, users.map((u) => u.id));
    state.nextEventTypeId = next(c.nextEventTypeId, state.nextEventTypeId, eventTypes.map((e) => e.id));
    state.nextBookingId = next(c.nextBookingId, state.nextBookingId, bookings.map((b) => b.id));
    state.nextScheduleId = next(c.nextScheduleId, state.nextScheduleId, users.map((u) => u.defaultScheduleId).filter(Number.isInteger));
    for (const u of users) state.users.set(u.id, u);
    for (const [key, userId] of keys) if (state.users.has(userId)) state.keys.set(key, userId);
    for (const k of revoked) state.revokedKeys.add(k);
    for (const e of eventTypes) state.eventTypes.set(e.id, e);
    for (const b of bookings) state.bookings.set(b.uid, b);
    for (const w of webhooks) state.webhooks.set(w.id, w);
    return state;
  }

  /** Only ever grows (counters survive reset): a GET that provisions a user on first sight of a key changes it. */
  get userSeq(): number {
    return this.nextUserId;
  }

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
