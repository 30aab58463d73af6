/**
 * Processing of stored deliveries and folding of bookings into appointments (the IO around the pure
 * fold in domain/appointment-state.ts). Used by the queue, replay (API and CLI) and the bookings poll.
 */
import type { AppContext } from '../context.js';
import type { Queryable } from '../db/database.js';
import { AppError, notFound } from '../errors.js';
import { withoutNul } from './webhook-inbox.js';
import {
  foldBooking,
  isTerminal,
  missingForNewAppointment,
  planDelivery,
  type AppointmentFacts,
  type AppointmentStatus,
  type BookingObservation,
} from '../domain/appointment-state.js';

/** A delivery that cannot be processed as it is (retrying the same way will not help). */
export class DeliveryProcessingError extends Error {}

export type DeliveryStatus = 'received' | 'processed' | 'failed' | 'duplicate';

interface AppointmentRow {
  id: string;
  company_id: string;
  service_id: string | null;
  calcom_booking_uid: string;
  calcom_booking_id: number | string | null;
  event_type_id: number | null;
  status: AppointmentStatus;
  title: string | null;
  start_time: Date | string | null;
  end_time: Date | string | null;
  attendees: unknown;
  rescheduled_from_uid: string | null;
  rescheduled_to_uid: string | null;
  source_at: Date | string | null;
  placeholder: boolean;
  source: 'webhook' | 'poll';
  created_at: Date | string;
  updated_at: Date | string;
}

const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());

function factsOf(r: AppointmentRow): AppointmentFacts {
  return {
    status: r.status,
    eventTypeId: r.event_type_id,
    bookingId: r.calcom_booking_id === null ? null : Number(r.calcom_booking_id),
    title: r.title,
    startTime: iso(r.start_time),
    endTime: iso(r.end_time),
    attendees: (typeof r.attendees === 'string' ? JSON.parse(r.attendees) : r.attendees) as AppointmentFacts['attendees'],
    rescheduledFromUid: r.rescheduled_from_uid,
    rescheduledToUid: r.rescheduled_to_uid,
    sourceAt: iso(r.source_at),
    placeholder: r.placeholder,
  };
}

/** The Appointment JSON of the public contract (plus a few helpful extras). */
export function appointmentView(r: AppointmentRow & { service_name?: string | null }) {
  const f = factsOf(r);
  return {
    id: r.id,
    companyId: r.company_id,
    serviceId: r.service_id,
    serviceName: r.service_name ?? null,
    matched: r.service_id !== null,
    calcomBookingUid: r.calcom_booking_uid,
    calcomBookingId: f.bookingId,
    eventTypeId: f.eventTypeId,
    status: f.status,
    title: f.title,
    startTime: f.startTime,
    endTime: f.endTime,
    attendees: f.attendees,
    rescheduledFromUid: f.rescheduledFromUid,
    rescheduledToUid: f.rescheduledToUid,
    source: r.source,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}
export type AppointmentView = ReturnType<typeof appointmentView>;

export interface FoldOutcome {
  uid: string;
  created: boolean;
  changed: boolean;
  status: AppointmentStatus;
  note?: string;
}

/**
 * Folds one observation into the company's appointment for `uid`, inside `tx` (the row is locked, so
 * concurrent folds of the same booking serialise). The service is matched by event type.
 */
export async function foldIntoAppointment(
  tx: Queryable,
  companyId: string,
  uid: string,
  obs: BookingObservation,
  meta: { source: 'webhook' | 'poll'; deliveryId?: string; rawPayload?: unknown },
): Promise<FoldOutcome> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const rows = await tx.query<AppointmentRow>('SELECT * FROM appointments WHERE company_id = $1 AND calcom_booking_uid = $2 FOR UPDATE', [companyId, uid]);
    const current = rows[0] ? factsOf(rows[0]) : null;
    if (!current) {
      const missing = missingForNewAppointment(obs);
      if (missing.length) throw new DeliveryProcessingError(`booking ${uid} is not known yet and the event has no ${missing.join(' or ')}`);
    }
    const { next, changed, dirty, note } = foldBooking(current, obs);
    const serviceId = next.eventTypeId === null ? null : await serviceFor(tx, companyId, next.eventTypeId);
    const params = [
      companyId,
      uid,
      serviceId,
      next.bookingId,
      next.eventTypeId,
      next.status,
      isTerminal(next.status),
      next.title,
      next.startTime,
      next.endTime,
      JSON.stringify(next.attendees),
      next.rescheduledFromUid,
      next.rescheduledToUid,
      next.sourceAt,
      next.placeholder,
      meta.source,
      meta.deliveryId ?? null,
      meta.rawPayload === undefined ? null : JSON.stringify(meta.rawPayload, withoutNul),
    ];
    if (!rows[0]) {
      const inserted = await tx.query(
        `INSERT INTO appointments (company_id, calcom_booking_uid, service_id, calcom_booking_id, event_type_id, status, terminal, title, start_time, end_time,
           attendees, rescheduled_from_uid, rescheduled_to_uid, source_at, placeholder, source, last_delivery_id, raw_payload)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12, $13, $14, $15, $16, $17, $18::jsonb)
         ON CONFLICT (company_id, calcom_booking_uid) DO NOTHING RETURNING id`,
        params,
      );
      if (inserted.length) return { uid, created: true, changed: true, status: next.status, ...(note ? { note } : {}) };
      continue; // another transaction created it first: fold against that one
    }
    const serviceChanged = rows[0].service_id !== serviceId;
    if (dirty || serviceChanged) {
      await tx.query(
        `UPDATE appointments SET service_id = $3, calcom_booking_id = $4, event_type_id = $5, status = $6, terminal = $7, title = $8, start_time = $9,
           end_time = $10, attendees = $11::jsonb, rescheduled_from_uid = $12, rescheduled_to_uid = $13, source_at = $14, placeholder = $15, source = $16,
           last_delivery_id = coalesce($17, last_delivery_id), raw_payload = coalesce($18::jsonb, raw_payload), updated_at = now()
         WHERE company_id = $1 AND calcom_booking_uid = $2`,
        params,
      );
    }
    return { uid, created: false, changed: changed || serviceChanged, status: next.status, ...(note ? { note } : {}) };
  }
  throw new Error(`appointment ${uid} could neither be created nor found`);
}

async function serviceFor(q: Queryable, companyId: string, eventTypeId: number): Promise<string | null> {
  const rows = await q.query<{ id: string }>('SELECT id FROM services WHERE company_id = $1 AND calcom_event_type_id = $2', [companyId, eventTypeId]);
  return rows[0]?.id ?? null;
}

interface DeliveryRow {
  id: string;
  company_id: string;
  trigger_event: string | null;
  booking_uid: string | null;
  raw_body: string;
  headers: unknown;
  received_at: Date | string;
  status: DeliveryStatus;
  attempts: number;
  last_error: string | null;
  note: string | null;
  processed_at: Date | string | null;
}

export function deliveryView(r: DeliveryRow, opts: { withBody?: boolean } = {}) {
  return {
    id: r.id,
    companyId: r.company_id,
    triggerEvent: r.trigger_event,
    bookingUid: r.booking_uid,
    status: r.status,
    attempts: r.attempts,
    lastError: r.last_error,
    note: r.note,
    receivedAt: iso(r.received_at),
    processedAt: iso(r.processed_at),
    ...(opts.withBody ? { headers: r.headers, body: r.raw_body } : {}),
  };
}
export type DeliveryView = ReturnType<typeof deliveryView>;

export async function getDelivery(q: Queryable, companyId: string, deliveryId: string): Promise<DeliveryRow | null> {
  const rows = await q.query<DeliveryRow>('SELECT * FROM webhook_deliveries WHERE company_id = $1 AND id = $2', [companyId, deliveryId]);
  return rows[0] ?? null;
}

export interface ProcessOutcome {
  status: DeliveryStatus;
  note?: string;
  error?: string;
  skipped?: boolean;
}

/**
 * Processes one stored delivery: folds its booking into appointments, records what happened and
 * bumps `attempts`, all in one transaction. Already processed → nothing (unless `replay`). A delivery
 * that cannot be processed ends `failed` with the reason; unexpected errors are recorded and rethrown
 * (the queue retries them).
 */
export async function processDelivery(ctx: AppContext, companyId: string, deliveryId: string, opts: { replay?: boolean } = {}): Promise<ProcessOutcome> {
  try {
    const peek = await getDelivery(ctx.db, companyId, deliveryId);
    if (!peek) throw notFound('Webhook delivery');
    if (isEventTypeTrigger(peek.trigger_event)) {
      // Reconciliation's handler talks to Cal.com and uses its own queries: never inside our transaction.
      if (!opts.replay && (peek.status === 'processed' || peek.status === 'duplicate')) return { status: peek.status, skipped: true };
      const note = await applyEventTypeDelivery(ctx, peek);
      await ctx.db.query(
        `UPDATE webhook_deliveries SET status = 'processed', note = $3, attempts = attempts + 1, processed_at = now() WHERE company_id = $1 AND id = $2`,
        [companyId, deliveryId, note],
      );
      return { status: 'processed', note };
    }
    return await ctx.db.tx(async (tx) => {
      const rows = await tx.query<DeliveryRow>('SELECT * FROM webhook_deliveries WHERE company_id = $1 AND id = $2 FOR UPDATE', [companyId, deliveryId]);
      const d = rows[0];
      if (!d) throw notFound('Webhook delivery');
      if (!opts.replay && (d.status === 'processed' || d.status === 'duplicate')) return { status: d.status, skipped: true };
      const { status, note } = await applyDelivery(ctx, tx, d);
      await tx.query(
        `UPDATE webhook_deliveries SET status = $3, note = $4, attempts = attempts + 1, processed_at = now()
         WHERE company_id = $1 AND id = $2`,
        [companyId, deliveryId, status, note ?? null],
      );
      return { status, ...(note ? { note } : {}) };
    });
  } catch (e) {
    if (e instanceof AppError) throw e;
    const message = e instanceof Error ? e.message : String(e);
    // An unexpected error (retried by the queue) never hides that another attempt already succeeded.
    await ctx.db.query(
      `UPDATE webhook_deliveries SET status = 'failed', last_error = $3, attempts = attempts + 1
       WHERE company_id = $1 AND id = $2 AND ($4 OR status NOT IN ('processed', 'duplicate'))`,
      [companyId, deliveryId, message.slice(0, 2000), e instanceof DeliveryProcessingError],
    );
    ctx.log.warn({ companyId, deliveryId, err: message }, 'webhook delivery failed');
    if (e instanceof DeliveryProcessingError) return { status: 'failed', error: message };
    throw e;
  }
}

async function applyDelivery(ctx: AppContext, tx: Queryable, d: DeliveryRow): Promise<{ status: DeliveryStatus; note?: string }> {
  let body: unknown;
  try {
    body = JSON.parse(d.raw_body, withoutNul);
  } catch {
    throw new DeliveryProcessingError('the stored body is not JSON');
  }
  const plan = planDelivery(body);
  switch (plan.kind) {
    case 'invalid':
      throw new DeliveryProcessingError(plan.reason);
    case 'ignored':
      return { status: 'processed', note: plan.reason };
    case 'event_type':
      throw new Error('event-type deliveries are processed outside the transaction');
    case 'booking': {
      const payload = (body as Record<string, unknown>).payload;
      // Lock rows in a fixed order so two reschedule deliveries never deadlock.
      const changes = [...plan.changes].sort((a, b) => (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
      const outcomes: FoldOutcome[] = [];
      for (const c of changes) outcomes.push(await foldIntoAppointment(tx, d.company_id, c.uid, c.obs, { source: 'webhook', deliveryId: d.id, rawPayload: c.obs.placeholder ? undefined : payload }));
      const main = outcomes.find((o) => o.uid === plan.changes[0].uid)!;
      if (outcomes.every((o) => !o.changed)) {
        // Same event already applied through another delivery (e.g. two subscriptions): say so.
        if (!main.note && (await sameEventApplied(tx, d))) return { status: 'duplicate', note: 'the same booking event was already applied by another delivery' };
        return { status: 'processed', note: main.note ?? 'no change: the appointment already showed this' };
      }
      const what = main.created ? `created appointment ${main.uid} (${main.status})` : `appointment ${main.uid} is ${main.status}`;
      return { status: 'processed', note: main.note ? `${what}; ${main.note}` : what };
    }
    default: {
      const never: never = plan;
      throw new Error(`unknown plan ${JSON.stringify(never)}`);
    }
  }
}

const isEventTypeTrigger = (t: string | null) => t !== null && /^EVENT_TYPE[._]/.test(t);

/** EVENT_TYPE.* deliveries belong to reconciliation (src/sync/event-type-webhook.ts); returns the note to record. */
async function applyEventTypeDelivery(ctx: AppContext, d: DeliveryRow): Promise<string> {
  let body: unknown;
  try {
    body = JSON.parse(d.raw_body, withoutNul);
  } catch {
    throw new DeliveryProcessingError('the stored body is not JSON');
  }
  let mod: { processEventTypeDelivery: (ctx: AppContext, companyId: string, body: unknown) => Promise<unknown> };
  try {
    mod = await import('./event-type-webhook.js' as string);
  } catch (e) {
    throw new DeliveryProcessingError(`${d.trigger_event}: event-type deliveries cannot be processed yet (${(e as Error).message})`);
  }
  const out = (await mod.processEventTypeDelivery(ctx, d.company_id, body)) as { outcome?: unknown } | undefined;
  return `${d.trigger_event}: handed to reconciliation${typeof out?.outcome === 'string' ? ` (${out.outcome})` : ''}`;
}

async function sameEventApplied(tx: Queryable, d: DeliveryRow): Promise<boolean> {
  if (!d.booking_uid || !d.trigger_event) return false;
  const rows = await tx.query(
    "SELECT 1 FROM webhook_deliveries WHERE company_id = $1 AND booking_uid = $2 AND trigger_event = $3 AND id <> $4 AND status = 'processed' LIMIT 1",
    [d.company_id, d.booking_uid, d.trigger_event, d.id],
  );
  return rows.length > 0;
}

/** Replays deliveries (the same processing again). */
export async function replayDelivery(ctx: AppContext, companyId: string, deliveryId: string): Promise<DeliveryView> {
  const before = await getDelivery(ctx.db, companyId, deliveryId);
  if (!before) throw notFound('Webhook delivery');
  await processDelivery(ctx, companyId, deliveryId, { replay: true });
  return deliveryView((await getDelivery(ctx.db, companyId, deliveryId))!);
}

// ---- reading ------------------------------------------------------------------------------------

export interface AppointmentFilter {
  companyIds: string[] | null;
  status?: AppointmentStatus;
  unmatched?: boolean;
  serviceId?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

export async function listAppointments(q: Queryable, f: AppointmentFilter) {
  const where: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (f.companyIds) where.push(`a.company_id = ANY(${p(f.companyIds)}::uuid[])`);
  if (f.status) where.push(`a.status = ${p(f.status)}`);
  if (f.unmatched !== undefined) where.push(f.unmatched ? 'a.service_id IS NULL' : 'a.service_id IS NOT NULL');
  if (f.serviceId) where.push(`a.service_id = ${p(f.serviceId)}`);
  if (f.from) where.push(`a.start_time >= ${p(f.from)}`);
  if (f.to) where.push(`a.start_time < ${p(f.to)}`);
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const [{ n }] = await q.query<{ n: number }>(`SELECT count(*)::int AS n FROM appointments a ${w}`, params);
  const rows = await q.query<AppointmentRow & { service_name: string | null }>(
    `SELECT a.*, s.name AS service_name FROM appointments a LEFT JOIN services s ON s.company_id = a.company_id AND s.id = a.service_id
     ${w} ORDER BY a.start_time NULLS LAST, a.calcom_booking_uid LIMIT ${p(f.limit)} OFFSET ${p(f.offset)}`,
    params,
  );
  return { data: rows.map(appointmentView), total: n };
}

export async function listDeliveries(q: Queryable, f: { companyIds: string[] | null; status?: DeliveryStatus; limit: number; offset: number }) {
  const where: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (f.companyIds) where.push(`company_id = ANY(${p(f.companyIds)}::uuid[])`);
  if (f.status) where.push(`status = ${p(f.status)}`);
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const [{ n }] = await q.query<{ n: number }>(`SELECT count(*)::int AS n FROM webhook_deliveries ${w}`, params);
  const rows = await q.query<DeliveryRow>(
    `SELECT id, company_id, trigger_event, booking_uid, '' AS raw_body, headers, received_at, status, attempts, last_error, note, processed_at
     FROM webhook_deliveries ${w} ORDER BY received_at DESC, id LIMIT ${p(f.limit)} OFFSET ${p(f.offset)}`,
    params,
  );
  return { data: rows.map((r) => deliveryView(r)), total: n };
}
