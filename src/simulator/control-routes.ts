/**
 * The control API under /_sim: not part of Cal.com, unauthenticated and not
 * rate limited. Tests, the demo and the benchmark use it to reset state, tune
 * the throttler, inject faults, play "someone edited it in Cal.com's UI", and
 * create bookings that fire signed webhook deliveries.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { bookingOutput } from './calcom-routes.js';
import type { SimContext } from './context.js';
import { CalHttpError } from './errors.js';
import { parseUiEdit, toOutput20240614 } from './event-type-shape.js';
import type { FaultSpec } from './faults.js';
import type { Attendee, BookingRecord, BookingStatus, SimState, UserRecord } from './state.js';
import { bookingPayload, deliver, type DeliveryResult } from './webhooks.js';

type Body = Record<string, unknown>;

/** Control-API errors are plain `{error}` bodies: nobody should mistake them for Cal.com's. */
class ControlError extends Error {
  constructor(readonly statusCode: number, message: string) {
    super(message);
  }
}

const STATUSES: BookingStatus[] = ['accepted', 'cancelled', 'rejected', 'pending'];

export function registerControlRoutes(app: FastifyInstance, ctx: SimContext, reset: () => void): void {
  const { state, limiter, faults, calls } = ctx;

  const body = (b: unknown): Body => (b && typeof b === 'object' ? (b as Body) : {});

  function resolveUser(b: Body): UserRecord {
    if (typeof b.apiKey === 'string') return state.provision(b.apiKey);
    if (typeof b.username === 'string') {
      const u = state.userByUsername(b.username);
      if (!u) throw new ControlError(404, `no user named ${b.username}`);
      return u;
    }
    throw new ControlError(400, 'apiKey or username is required');
  }

  function eventTypeOr404(idParam: string) {
    const et = state.eventTypes.get(Number(idParam));
    if (!et) throw new ControlError(404, `no event type ${idParam}`);
    return et;
  }

  /** UI edits reuse the API validators, but a bad value is reported as a control error. */
  function uiFields(b: unknown): Record<string, unknown> {
    try {
      return parseUiEdit(b);
    } catch (err) {
      if (err instanceof CalHttpError) throw new ControlError(400, JSON.stringify(err.details));
      throw err;
    }
  }

  app.setErrorHandler((err: unknown, _req, reply: FastifyReply) => {
    const status = err instanceof ControlError ? err.statusCode : 400;
    void reply.code(status).send({ error: err instanceof Error ? err.message : String(err) });
  });

  app.post('/_sim/reset', async () => {
    reset();
    return { ok: true };
  });

  app.post('/_sim/users', async (req) => {
    const b = body(req.body);
    if (typeof b.apiKey !== 'string') throw new ControlError(400, 'apiKey is required');
    const { apiKey, ...profile } = b;
    const user = state.provision(apiKey, profile as Partial<UserRecord>);
    return { data: user };
  });

  // ---- rate limit -----------------------------------------------------------

  app.get('/_sim/rate-limit', async () => ({ data: limiter.config }));

  app.put('/_sim/rate-limit', async (req) => {
    const b = body(req.body);
    const num = (v: unknown) => (typeof v === 'number' && v > 0 ? v : undefined);
    if (num(b.ratePerMinute) === undefined) throw new ControlError(400, 'ratePerMinute must be a positive number');
    limiter.configure({ limit: num(b.ratePerMinute), blockSeconds: num(b.blockSeconds), windowSeconds: num(b.windowSeconds) });
    return { data: limiter.config };
  });

  app.post('/_sim/force-429', async (req) => {
    const seconds = Number(body(req.body).seconds ?? 0);
    limiter.force429(seconds);
    return { ok: true, until: seconds > 0 ? new Date(Date.now() + seconds * 1000).toISOString() : null };
  });

  app.post('/_sim/keys/revoke', async (req) => {
    const b = body(req.body);
    if (typeof b.apiKey !== 'string') throw new ControlError(400, 'apiKey is required');
    state.revokeKey(b.apiKey);
    return { ok: true };
  });

  app.post('/_sim/keys/restore', async (req) => {
    const b = body(req.body);
    if (typeof b.apiKey !== 'string') throw new ControlError(400, 'apiKey is required');
    state.restoreKey(b.apiKey);
    return { ok: true };
  });

  // ---- faults ---------------------------------------------------------------

  app.post('/_sim/faults', async (req, reply) => {
    const b = body(req.body) as FaultSpec;
    if (b.status === undefined && !b.drop && b.delayMs === undefined)
      throw new ControlError(400, 'a fault needs status, drop or delayMs');
    try {
      const fault = faults.add(b);
      reply.code(201);
      return { data: fault };
    } catch (err) {
      throw new ControlError(400, err instanceof Error ? err.message : String(err));
    }
  });
  app.get('/_sim/faults', async () => ({ data: faults.list() }));
  app.delete('/_sim/faults', async () => {
    faults.clear();
    return { ok: true };
  });

  // ---- "edits in Cal.com's UI": no webhook, no rate limit ---------------------

  app.get('/_sim/event-types', async (req) => {
    const { username } = req.query as { username?: string };
    const owner = username ? state.userByUsername(username) : undefined;
    if (username && !owner) return { data: [] };
    const list = [...state.eventTypes.values()]
      .filter((et) => !owner || et.ownerId === owner.id)
      .sort((a, b) => a.id - b.id)
      .map((et) => toOutput20240614(et, state.users.get(et.ownerId)!));
    return { data: list };
  });

  app.post('/_sim/event-types', async (req, reply) => {
    const b = body(req.body);
    const owner = resolveUser(b);
    const fields = uiFields(b);
    if (typeof fields.slug !== 'string') throw new ControlError(400, 'slug is required');
    fields.title ??= fields.slug;
    fields.lengthInMinutes ??= 30;
    if (state.slugTaken(owner.id, fields.slug)) throw new ControlError(409, `slug ${fields.slug} already used by this user`);
    const et = state.createEventType(owner.id, fields);
    reply.code(201);
    return { data: toOutput20240614(et, owner) };
  });

  app.patch('/_sim/event-types/:id', async (req) => {
    const et = eventTypeOr404((req.params as { id: string }).id);
    const fields = uiFields(req.body);
    if (typeof fields.slug === 'string' && state.slugTaken(et.ownerId, fields.slug, et.id))
      throw new ControlError(409, `slug ${fields.slug} already used by this user`);
    state.updateEventType(et, fields);
    return { data: toOutput20240614(et, state.users.get(et.ownerId)!) };
  });

  app.delete('/_sim/event-types/:id', async (req) => {
    const et = eventTypeOr404((req.params as { id: string }).id);
    state.deleteEventType(et.id);
    return { ok: true };
  });

  // ---- bookings & webhook deliveries -------------------------------------------

  async function fire(owner: UserRecord, booking: BookingRecord, trigger: string | undefined, b: Body, extra: Body = {}) {
    if (!trigger) return [];
    const copies = typeof b.copies === 'number' && b.copies > 0 ? b.copies : 1;
    const hooks = state.webhooksOf(owner.id).filter((h) => h.active && h.triggers.includes(trigger));
    const payload = bookingPayload(booking, state.eventTypes.get(booking.eventTypeId), owner, extra);
    const results: DeliveryResult[] = [];
    for (const hook of hooks) {
      // `copies` > 1 models the at-least-once duplicates a subscriber must tolerate.
      for (let i = 0; i < copies; i++) results.push(await deliver(hook, trigger, payload));
    }
    ctx.deliveries.push(...results);
    return results;
  }

  const deliveryView = (d: DeliveryResult[]) => d.map(({ body: _b, ...rest }) => rest);

  function parseAttendees(v: unknown): Partial<Attendee>[] | undefined {
    return Array.isArray(v) ? (v.filter((a) => a && typeof a === 'object') as Partial<Attendee>[]) : undefined;
  }

  app.get('/_sim/bookings', async (req) => {
    const { username } = req.query as { username?: string };
    const owner = username ? state.userByUsername(username) : undefined;
    const list = [...state.bookings.values()].filter((b) => !owner || b.ownerId === owner.id);
    return { data: list.map((b) => bookingOutput(state, b, state.users.get(b.ownerId)!)) };
  });

  /** Create a booking, or change an existing one when `uid` names it. */
  app.post('/_sim/bookings', async (req, reply) => {
    const b = body(req.body);
    const status = b.status as BookingStatus | undefined;
    if (status !== undefined && !STATUSES.includes(status)) throw new ControlError(400, `status must be one of ${STATUSES.join(', ')}`);
    const existing = typeof b.uid === 'string' ? state.bookings.get(b.uid) : undefined;
    const wantDeliver = b.deliver === true;

    if (existing) {
      const owner = state.users.get(existing.ownerId)!;
      const before = existing.status;
      state.touchBooking(existing, {
        status,
        start: typeof b.start === 'string' ? new Date(b.start).toISOString() : undefined,
        end: typeof b.end === 'string' ? new Date(b.end).toISOString() : undefined,
        attendees: parseAttendees(b.attendees) as Attendee[] | undefined,
        cancellationReason: typeof b.cancellationReason === 'string' ? b.cancellationReason : undefined,
      });
      const trigger =
        typeof b.trigger === 'string' ? b.trigger : before !== existing.status ? triggerForStatus(existing.status) : undefined;
      const deliveries = wantDeliver ? await fire(owner, existing, trigger, b) : [];
      return { data: bookingOutput(state, existing, owner), deliveries: deliveryView(deliveries) };
    }

    const owner = resolveUser(b);
    const et = state.eventTypes.get(Number(b.eventTypeId));
    if (!et || et.ownerId !== owner.id) throw new ControlError(404, `user ${owner.username} has no event type ${String(b.eventTypeId)}`);
    if (typeof b.start !== 'string' || Number.isNaN(Date.parse(b.start))) throw new ControlError(400, 'start (ISO date) is required');
    const booking = state.createBooking({
      owner,
      eventType: et,
      start: b.start,
      end: typeof b.end === 'string' ? b.end : undefined,
      status,
      attendees: parseAttendees(b.attendees),
      rescheduledFromUid: typeof b.rescheduledFromUid === 'string' ? b.rescheduledFromUid : undefined,
      uid: typeof b.uid === 'string' ? b.uid : undefined,
    });
    let extra: Body = {};
    let trigger = typeof b.trigger === 'string' ? b.trigger : triggerForStatus(booking.status);
    const from = booking.rescheduledFromUid ? state.bookings.get(booking.rescheduledFromUid) : undefined;
    if (from) {
      extra = rescheduleExtra(from);
      if (typeof b.trigger !== 'string' && booking.status === 'accepted') trigger = 'BOOKING_RESCHEDULED';
    }
    const deliveries = wantDeliver ? await fire(owner, booking, trigger, b, extra) : [];
    reply.code(201);
    return { data: bookingOutput(state, booking, owner), deliveries: deliveryView(deliveries) };
  });

  app.post('/_sim/bookings/:uid/cancel', async (req) => {
    const b = body(req.body);
    const booking = bookingOr404(state, (req.params as { uid: string }).uid);
    const owner = state.users.get(booking.ownerId)!;
    state.touchBooking(booking, {
      status: 'cancelled',
      cancellationReason: typeof b.reason === 'string' ? b.reason : undefined,
    });
    const deliveries = b.deliver === false ? [] : await fire(owner, booking, 'BOOKING_CANCELLED', b);
    return { data: bookingOutput(state, booking, owner), deliveries: deliveryView(deliveries) };
  });

  /** Cal.com creates a new booking (new uid) and marks the old one cancelled; only BOOKING_RESCHEDULED fires. */
  app.post('/_sim/bookings/:uid/reschedule', async (req, reply) => {
    const b = body(req.body);
    const old = bookingOr404(state, (req.params as { uid: string }).uid);
    if (typeof b.start !== 'string' || Number.isNaN(Date.parse(b.start))) throw new ControlError(400, 'start (ISO date) is required');
    const owner = state.users.get(old.ownerId)!;
    const et = state.eventTypes.get(old.eventTypeId);
    if (!et) throw new ControlError(409, `event type ${old.eventTypeId} no longer exists`);
    const next = state.createBooking({
      owner,
      eventType: et,
      start: b.start,
      end: typeof b.end === 'string' ? b.end : undefined,
      attendees: old.attendees,
      rescheduledFromUid: old.uid,
    });
    state.touchBooking(old, { status: 'cancelled', rescheduledToUid: next.uid });
    const deliveries = b.deliver === false ? [] : await fire(owner, next, 'BOOKING_RESCHEDULED', b, rescheduleExtra(old));
    reply.code(201);
    return { data: bookingOutput(state, next, owner), previous: bookingOutput(state, old, owner), deliveries: deliveryView(deliveries) };
  });

  app.get('/_sim/deliveries', async () => ({ data: ctx.deliveries }));
  app.delete('/_sim/deliveries', async () => {
    ctx.deliveries.length = 0;
    return { ok: true };
  });

  app.get('/_sim/webhooks', async () => ({ data: [...state.webhooks.values()] }));

  // ---- call log & stats -----------------------------------------------------------

  app.get('/_sim/calls', async (req) => {
    const since = Number((req.query as { since?: string }).since ?? 0) || 0;
    return { data: calls.since(since) };
  });
  app.delete('/_sim/calls', async () => {
    calls.clear();
    return { ok: true };
  });
  app.get('/_sim/stats', async () => ({ data: { ...calls.statsSnapshot(), rateLimit: limiter.config } }));
}

function triggerForStatus(status: BookingStatus): string {
  switch (status) {
    case 'accepted':
      return 'BOOKING_CREATED';
    case 'pending':
      return 'BOOKING_REQUESTED';
    case 'cancelled':
      return 'BOOKING_CANCELLED';
    case 'rejected':
      return 'BOOKING_REJECTED';
  }
}

function rescheduleExtra(from: BookingRecord): Body {
  return {
    rescheduleId: from.id,
    rescheduleUid: from.uid,
    rescheduleStartTime: from.start,
    rescheduleEndTime: from.end,
  };
}

function bookingOr404(state: SimState, uid: string): BookingRecord {
  const b = state.bookings.get(uid);
  if (!b) throw new ControlError(404, `no booking ${uid}`);
  return b;
}
