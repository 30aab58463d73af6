/**
 * The Cal.com API v2 surface: /v2/me, /v2/event-types (2024-06-14 and the
 * legacy 2024-04-15 fallback), /v2/bookings (2024-08-13) and /v2/webhooks.
 * Rate limiting, faults and the call log are applied by hooks in simulator.ts.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { apiVersion, optionalUser, parseIntParam, requireUser, type SimContext } from './context.js';
import { forbidden, notFound, trpcBadRequest, validationFailed } from './errors.js';
import { parseEventTypeInput, toOutput, type ApiFlavor } from './event-type-shape.js';
import type { BookingRecord, EventTypeRecord, SimState, UserRecord, WebhookRecord } from './state.js';

export const WEBHOOK_TRIGGERS = [
  'BOOKING_CREATED', 'BOOKING_PAYMENT_INITIATED', 'BOOKING_PAID', 'BOOKING_RESCHEDULED', 'BOOKING_REQUESTED',
  'BOOKING_CANCELLED', 'BOOKING_REJECTED', 'BOOKING_NO_SHOW_UPDATED', 'FORM_SUBMITTED', 'MEETING_ENDED',
  'MEETING_STARTED', 'RECORDING_READY', 'INSTANT_MEETING', 'RECORDING_TRANSCRIPTION_GENERATED', 'OOO_CREATED',
  'AFTER_HOSTS_CAL_VIDEO_NO_SHOW', 'AFTER_GUESTS_CAL_VIDEO_NO_SHOW', 'FORM_SUBMITTED_NO_EVENT',
];

/** Only an exact `2024-06-14` reaches the new controller; anything else falls back to legacy. */
function eventTypeFlavor(req: FastifyRequest): ApiFlavor {
  return apiVersion(req) === '2024-06-14' ? '2024-06-14' : 'legacy';
}

type Query = Record<string, string | undefined>;

const ok = (data: unknown) => ({ status: 'success', data });

export function registerCalcomRoutes(app: FastifyInstance, ctx: SimContext): void {
  const { state } = ctx;

  app.get('/v2/me', async (req) => {
    const u = requireUser(ctx, req);
    return ok({
      id: u.id,
      username: u.username,
      email: u.email,
      name: u.name,
      timeFormat: u.timeFormat,
      defaultScheduleId: u.defaultScheduleId,
      weekStart: u.weekStart,
      timeZone: u.timeZone,
      organizationId: null,
    });
  });

  // ---- event types --------------------------------------------------------

  app.get('/v2/event-types', async (req) => {
    const flavor = eventTypeFlavor(req);
    const q = req.query as Query;
    if (flavor === 'legacy') {
      // The legacy controller lists the caller's own event types, grouped by profile.
      const me = requireUser(ctx, req);
      const profile = { slug: me.username, name: me.name, image: null };
      return ok({
        eventTypeGroups: [
          {
            teamId: null,
            membershipRole: null,
            profile,
            metadata: { membershipCount: 1, readOnly: false },
            eventTypes: state.eventTypesOf(me.id).map((et) => toOutput(et, me, 'legacy')),
          },
        ],
        profiles: [profile],
      });
    }
    const caller = optionalUser(ctx, req);
    // Cal.com's 2024-06-14 service returns [] when no username is given, even when authenticated.
    if (!q.username) return ok([]);
    const owner = state.userByUsername(q.username);
    if (!owner) return ok([]);
    const includeHidden = caller?.id === owner.id;
    const list = state
      .eventTypesOf(owner.id)
      .filter((et) => includeHidden || et.fields.hidden !== true)
      .filter((et) => !q.eventSlug || et.fields.slug === q.eventSlug)
      .map((et) => toOutput(et, owner, flavor));
    return ok(list);
  });

  app.get('/v2/event-types/:id', async (req) => {
    const me = requireUser(ctx, req);
    const id = parseIntParam((req.params as { id: string }).id);
    const et = state.eventTypes.get(id);
    if (!et || et.ownerId !== me.id) throw notFound(`Event type with id ${id} not found`);
    return ok(toOutput(et, me, eventTypeFlavor(req)));
  });

  app.post('/v2/event-types', async (req, reply) => {
    const me = requireUser(ctx, req);
    const flavor = eventTypeFlavor(req);
    const fields = parseEventTypeInput(req.body, flavor, 'create');
    // No idempotency: only the (owner, slug) unique index stops a repeated POST.
    if (state.slugTaken(me.id, String(fields.slug))) throw trpcBadRequest();
    const et = state.createEventType(me.id, fields);
    reply.code(201);
    return ok(toOutput(et, me, flavor));
  });

  app.patch('/v2/event-types/:id', async (req) => {
    const me = requireUser(ctx, req);
    const id = parseIntParam((req.params as { id: string }).id);
    const flavor = eventTypeFlavor(req);
    const fields = parseEventTypeInput(req.body, flavor, 'update');
    const et = ownedEventType(state, me, id);
    if (typeof fields.slug === 'string' && state.slugTaken(me.id, fields.slug, id)) throw trpcBadRequest();
    state.updateEventType(et, fields);
    return ok(toOutput(et, me, flavor));
  });

  app.delete('/v2/event-types/:id', async (req) => {
    const me = requireUser(ctx, req);
    const id = parseIntParam((req.params as { id: string }).id);
    const et = ownedEventType(state, me, id);
    state.deleteEventType(id);
    const lengthKey = eventTypeFlavor(req) === 'legacy' ? 'length' : 'lengthInMinutes';
    return ok({ id, [lengthKey]: et.fields.lengthInMinutes, title: et.fields.title, slug: et.fields.slug });
  });

  // ---- bookings -----------------------------------------------------------

  app.get('/v2/bookings', async (req) => {
    const me = requireUser(ctx, req);
    const q = req.query as Query;
    const take = q.take === undefined ? 100 : Number(q.take);
    const skip = q.skip === undefined ? 0 : Number(q.skip);
    const errors: string[] = [];
    if (!Number.isInteger(take) || take < 1) errors.push('take must be a positive integer');
    if (!Number.isInteger(skip) || skip < 0) errors.push('skip must not be less than 0');
    for (const k of ['afterUpdatedAt', 'beforeUpdatedAt', 'afterCreatedAt', 'beforeCreatedAt', 'afterStart', 'beforeEnd']) {
      if (q[k] !== undefined && Number.isNaN(Date.parse(q[k]!))) errors.push(`${k} must be a valid ISO 8601 date string`);
    }
    if (errors.length) throw validationFailed(errors);

    const all = filterBookings(state.bookingsOf(me.id), q);
    const page = all.slice(skip, skip + take);
    if (apiVersion(req) !== '2024-08-13') {
      // Legacy 2024-04-15 bookings shape; a client that forgot the header notices quickly.
      return ok({ bookings: page.map((b) => legacyBookingOutput(b, me)), recurringInfo: [], nextCursor: null });
    }
    return {
      status: 'success',
      data: page.map((b) => bookingOutput(state, b, me)),
      pagination: {
        totalItems: all.length,
        remainingItems: Math.max(0, all.length - (skip + page.length)),
        returnedItems: page.length,
        itemsPerPage: take,
        currentPage: Math.floor(skip / take) + 1,
        totalPages: Math.ceil(all.length / take),
        hasNextPage: skip + page.length < all.length,
        hasPreviousPage: skip > 0,
      },
    };
  });

  app.get('/v2/bookings/:uid', async (req) => {
    const me = requireUser(ctx, req);
    const uid = (req.params as { uid: string }).uid;
    const b = state.bookings.get(uid);
    if (!b || b.ownerId !== me.id) throw notFound(`Booking with uid=${uid} was not found in the database`);
    return ok(bookingOutput(state, b, me));
  });

  // ---- webhooks (no cal-api-version) ----------------------------------------

  app.post('/v2/webhooks', async (req, reply) => {
    const me = requireUser(ctx, req);
    const input = parseWebhookInput(req.body, 'create');
    const hook = state.createWebhook(me.id, {
      subscriberUrl: input.subscriberUrl!,
      triggers: input.triggers!,
      active: input.active!,
      payloadTemplate: input.payloadTemplate ?? null,
      ...(input.secret !== undefined ? { secret: input.secret } : {}),
    });
    reply.code(201);
    return ok(webhookOutput(hook));
  });

  app.get('/v2/webhooks', async (req) => {
    const me = requireUser(ctx, req);
    const q = req.query as Query;
    const take = q.take === undefined ? 250 : Number(q.take);
    const skip = q.skip === undefined ? 0 : Number(q.skip);
    return ok(state.webhooksOf(me.id).slice(skip, skip + take).map(webhookOutput));
  });

  app.get('/v2/webhooks/:id', async (req) => {
    const me = requireUser(ctx, req);
    return ok(webhookOutput(ownedWebhook(state, me, (req.params as { id: string }).id)));
  });

  app.patch('/v2/webhooks/:id', async (req) => {
    const me = requireUser(ctx, req);
    const input = parseWebhookInput(req.body, 'update');
    const hook = ownedWebhook(state, me, (req.params as { id: string }).id);
    Object.assign(hook, input);
    return ok(webhookOutput(hook));
  });

  app.delete('/v2/webhooks/:id', async (req) => {
    const me = requireUser(ctx, req);
    const hook = ownedWebhook(state, me, (req.params as { id: string }).id);
    state.webhooks.delete(hook.id);
    return ok(webhookOutput(hook));
  });
}

/** checkUserOwnsEventType: 404 when it doesn't exist, 403 when it is someone else's. */
function ownedEventType(state: SimState, me: UserRecord, id: number): EventTypeRecord {
  const et = state.eventTypes.get(id);
  if (!et) throw notFound(`Event type with id ${id} not found`);
  if (et.ownerId !== me.id) throw forbidden(`User with id=${me.id} is not the owner of event type with id=${id}`);
  return et;
}

function ownedWebhook(state: SimState, me: UserRecord, id: string): WebhookRecord {
  const hook = state.webhooks.get(id);
  if (!hook || hook.userId !== me.id) throw notFound(`Webhook (${id}) not found`);
  return hook;
}

interface WebhookInput {
  subscriberUrl?: string;
  triggers?: string[];
  active?: boolean;
  payloadTemplate?: string;
  secret?: string;
}

function parseWebhookInput(body: unknown, mode: 'create' | 'update'): WebhookInput {
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const errors: string[] = [];
  const out: WebhookInput = {};
  const required = mode === 'create';
  if (b.subscriberUrl !== undefined || required) {
    if (typeof b.subscriberUrl !== 'string' || !/^https?:\/\//.test(b.subscriberUrl)) errors.push('subscriberUrl must be a URL address');
    else out.subscriberUrl = b.subscriberUrl;
  }
  if (b.triggers !== undefined || required) {
    if (!Array.isArray(b.triggers)) errors.push('triggers must be an array');
    else {
      const bad = b.triggers.filter((t) => !WEBHOOK_TRIGGERS.includes(String(t)));
      if (bad.length) errors.push(`each value in triggers must be one of the following values: ${WEBHOOK_TRIGGERS.join(', ')}`);
      else out.triggers = b.triggers.map(String);
    }
  }
  if (b.active !== undefined || required) {
    if (typeof b.active !== 'boolean') errors.push('active must be a boolean value');
    else out.active = b.active;
  }
  if (b.payloadTemplate !== undefined) {
    if (typeof b.payloadTemplate !== 'string') errors.push('payloadTemplate must be a string');
    else out.payloadTemplate = b.payloadTemplate;
  }
  if (b.secret !== undefined) {
    if (typeof b.secret !== 'string') errors.push('secret must be a string');
    else out.secret = b.secret;
  }
  if (errors.length) throw validationFailed(errors);
  return out;
}

function webhookOutput(h: WebhookRecord) {
  return {
    id: h.id,
    subscriberUrl: h.subscriberUrl,
    triggers: h.triggers,
    active: h.active,
    payloadTemplate: h.payloadTemplate,
    userId: h.userId,
    ...(h.secret !== undefined ? { secret: h.secret } : {}),
  };
}

function filterBookings(bookings: BookingRecord[], q: Query): BookingRecord[] {
  const ts = (s: string | undefined) => (s === undefined ? undefined : Date.parse(s));
  const afterUpdated = ts(q.afterUpdatedAt);
  const beforeUpdated = ts(q.beforeUpdatedAt);
  const afterCreated = ts(q.afterCreatedAt);
  const beforeCreated = ts(q.beforeCreatedAt);
  const afterStart = ts(q.afterStart);
  const beforeEnd = ts(q.beforeEnd);
  const typeIds = new Set(
    [q.eventTypeId, ...(q.eventTypeIds?.split(',') ?? [])].filter((x): x is string => !!x).map((x) => Number(x.trim())),
  );
  const statuses = q.status?.split(',').map((s) => s.trim());
  const now = Date.now();
  let list = bookings.filter((b) => {
    if (typeIds.size && !typeIds.has(b.eventTypeId)) return false;
    // Inclusive bounds, so a poller re-reading from its last seen updatedAt never misses a tie.
    if (afterUpdated !== undefined && Date.parse(b.updatedAt) < afterUpdated) return false;
    if (beforeUpdated !== undefined && Date.parse(b.updatedAt) > beforeUpdated) return false;
    if (afterCreated !== undefined && Date.parse(b.createdAt) < afterCreated) return false;
    if (beforeCreated !== undefined && Date.parse(b.createdAt) > beforeCreated) return false;
    if (afterStart !== undefined && Date.parse(b.start) < afterStart) return false;
    if (beforeEnd !== undefined && Date.parse(b.end) > beforeEnd) return false;
    if (q.bookingUid && b.uid !== q.bookingUid) return false;
    if (q.attendeeEmail && !b.attendees.some((a) => a.email === q.attendeeEmail)) return false;
    if (statuses?.length) {
      const match = statuses.some((s) => {
        if (s === 'upcoming') return Date.parse(b.end) >= now && (b.status === 'accepted' || b.status === 'pending');
        if (s === 'past') return Date.parse(b.end) < now && b.status !== 'cancelled' && b.status !== 'rejected';
        if (s === 'cancelled') return b.status === 'cancelled' || b.status === 'rejected';
        if (s === 'unconfirmed') return b.status === 'pending';
        return false;
      });
      if (!match) return false;
    }
    return true;
  });
  const sorts: [string, keyof BookingRecord][] = [
    ['sortUpdatedAt', 'updatedAt'],
    ['sortCreated', 'createdAt'],
    ['sortStart', 'start'],
    ['sortEnd', 'end'],
  ];
  const chosen = sorts.find(([param]) => q[param] === 'asc' || q[param] === 'desc');
  const [param, field] = chosen ?? ['sortStart', 'start'];
  const dir = q[param] === 'desc' ? -1 : 1;
  list = [...list].sort((a, b) => dir * (Date.parse(String(a[field])) - Date.parse(String(b[field]))) || a.id - b.id);
  return list;
}

export function bookingOutput(state: SimState, b: BookingRecord, owner: UserRecord) {
  const et = state.eventTypes.get(b.eventTypeId);
  return {
    id: b.id,
    uid: b.uid,
    title: b.title,
    description: b.description,
    hosts: [{ id: owner.id, name: owner.name, email: owner.email, username: owner.username, timeZone: owner.timeZone }],
    status: b.status,
    ...(b.cancellationReason ? { cancellationReason: b.cancellationReason } : {}),
    ...(b.rescheduledFromUid ? { rescheduledFromUid: b.rescheduledFromUid } : {}),
    ...(b.rescheduledToUid ? { rescheduledToUid: b.rescheduledToUid } : {}),
    start: b.start,
    end: b.end,
    duration: Math.round((Date.parse(b.end) - Date.parse(b.start)) / 60_000),
    eventTypeId: b.eventTypeId,
    eventType: { id: b.eventTypeId, slug: et?.fields.slug ?? null },
    location: b.location,
    absentHost: false,
    createdAt: b.createdAt,
    updatedAt: b.updatedAt,
    metadata: {},
    icsUid: `${b.uid}@Cal.com`,
    attendees: b.attendees.map((a) => ({ name: a.name, email: a.email, timeZone: a.timeZone, language: a.language ?? 'en', absent: false })),
    guests: [],
    bookingFieldsResponses: { name: b.attendees[0]?.name, email: b.attendees[0]?.email },
  };
}

function legacyBookingOutput(b: BookingRecord, owner: UserRecord) {
  return {
    id: b.id,
    uid: b.uid,
    title: b.title,
    description: b.description,
    startTime: b.start,
    endTime: b.end,
    status: b.status.toUpperCase(),
    eventTypeId: b.eventTypeId,
    userId: owner.id,
    attendees: b.attendees.map((a) => ({ name: a.name, email: a.email, timeZone: a.timeZone, locale: a.language ?? 'en' })),
    user: { id: owner.id, name: owner.name, email: owner.email },
    fromReschedule: b.rescheduledFromUid ?? null,
    rescheduled: b.rescheduledToUid ? true : null,
    createdAt: b.createdAt,
    updatedAt: b.updatedAt,
  };
}

