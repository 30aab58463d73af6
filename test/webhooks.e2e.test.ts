import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useHarness, type Harness } from './harness.js';

let h: Harness;
useHarness((x) => (h = x));

interface Co {
  id: string;
  apiKey: string;
  username: string;
  secret: string;
}

async function company(name = 'Salon'): Promise<Co> {
  const c = await h.company(name);
  const view = await h.api('GET', `/api/companies/${c.id}`);
  return { ...c, secret: view.body.webhookSecret };
}

/** A service synced to Cal.com (so its event type exists in the simulator and matches). */
async function syncedService(c: Co, name: string) {
  const r = await h.api('POST', '/api/services', { companyId: c.id, name, durationMinutes: 60 });
  expect(r.status).toBe(201);
  return h.waitFor(async () => {
    const s = (await h.api('GET', `/api/services/${r.body.id}`)).body;
    return s.syncStatus === 'synced' ? (s as { id: string; calcomEventTypeId: number }) : null;
  }, `service ${name} synced`);
}

const sign = (secret: string, raw: string) => crypto.createHmac('sha256', secret).update(raw).digest('hex');

async function post(companyId: string, raw: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${h.url}/webhooks/calcom/${companyId}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: raw });
  const text = await res.text();
  let body: any = text;
  try {
    body = JSON.parse(text);
  } catch {}
  return { status: res.status, body };
}

const postSigned = (c: Co, body: unknown) => {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  return post(c.id, raw, { 'x-cal-signature-256': sign(c.secret, raw) });
};

function bookingBody(trigger: string, p: { uid: string; eventTypeId: number; start?: string; end?: string; status?: string; createdAt: string; extra?: Record<string, unknown> }) {
  const payload: Record<string, unknown> = {
    uid: p.uid,
    bookingId: Math.floor(Math.random() * 1e6),
    eventTypeId: p.eventTypeId,
    title: 'Cut between Owner and Alex',
    attendees: [{ name: 'Alex Rivera', email: 'alex@example.com', timeZone: 'Europe/Berlin' }],
    status: p.status ?? 'ACCEPTED',
    ...p.extra,
  };
  if (p.start !== undefined) payload.startTime = p.start;
  if (p.end !== undefined) payload.endTime = p.end;
  return { triggerEvent: trigger, createdAt: p.createdAt, payload };
}

const appointments = async (c: Co, query = '') => (await h.api('GET', `/api/appointments?companyId=${c.id}${query}`)).body;
const deliveries = async (c: Co, query = '') => (await h.api('GET', `/api/webhook-deliveries?companyId=${c.id}${query}`)).body;
const settled = (c: Co, count: number) =>
  h.waitFor(async () => {
    const d = await deliveries(c);
    return d.total === count && d.data.every((x: any) => x.status !== 'received') ? d : null;
  }, `${count} deliveries processed`);
const byUid = (list: any[]) => Object.fromEntries(list.map((a) => [a.calcomBookingUid, a]));

describe('Cal.com webhooks over real HTTP', () => {
  it('registers the subscription in Cal.com; a valid delivery makes one appointment, the same delivery again makes none', async () => {
    const c = await company('Valid');
    const svc = await syncedService(c, 'Deep Tissue');
    const reg = await h.api('POST', `/api/companies/${c.id}/register-webhook`);
    expect(reg.status).toBe(201);
    expect(reg.body).toMatchObject({ subscriberUrl: `${h.url}/webhooks/calcom/${c.id}`, triggers: expect.arrayContaining(['BOOKING_CREATED', 'BOOKING_RESCHEDULED']) });
    const hooks = (await h.simApi('GET', '/_sim/webhooks')).body.data.filter((w: any) => w.subscriberUrl.endsWith(c.id));
    expect(hooks).toHaveLength(1);
    expect(hooks[0].secret).toBe(c.secret);
    expect((await h.api('POST', `/api/companies/${c.id}/register-webhook`)).body.alreadyRegistered).toBe(true);

    const made = await h.simApi('POST', '/_sim/bookings', { apiKey: c.apiKey, eventTypeId: svc.calcomEventTypeId, start: '2026-04-01T10:00:00Z', attendees: [{ name: 'Alex Rivera', email: 'alex@example.com' }], deliver: true });
    expect(made.status).toBe(201);
    expect(made.body.deliveries).toEqual([expect.objectContaining({ status: 200 })]);
    await settled(c, 1);
    const list = await appointments(c);
    expect(list.data).toHaveLength(1);
    expect(list.data[0]).toMatchObject({
      companyId: c.id,
      serviceId: svc.id,
      matched: true,
      calcomBookingUid: made.body.data.uid,
      status: 'booked',
      startTime: '2026-04-01T10:00:00.000Z',
      endTime: '2026-04-01T11:00:00.000Z',
      attendees: [expect.objectContaining({ name: 'Alex Rivera', email: 'alex@example.com' })],
      rescheduledFromUid: null,
    });

    // The very same delivery again (Cal.com or a proxy re-sending it): acknowledged, nothing changes.
    const sent = (await h.simApi('GET', '/_sim/deliveries')).body.data.find((d: any) => d.subscriberUrl.endsWith(c.id));
    const again = await post(c.id, sent.body, { 'x-cal-signature-256': sent.signature });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ duplicate: true });
    expect((await deliveries(c)).total).toBe(1);
    expect((await appointments(c)).data).toEqual(list.data);
  });

  it('two deliveries of one event (two subscriptions) make one appointment; the second is marked duplicate', async () => {
    const c = await company('Twice');
    const svc = await syncedService(c, 'Facial');
    expect((await h.api('POST', `/api/companies/${c.id}/register-webhook`)).status).toBe(201);
    const made = await h.simApi('POST', '/_sim/bookings', { apiKey: c.apiKey, eventTypeId: svc.calcomEventTypeId, start: '2026-04-02T10:00:00Z', deliver: true, copies: 2 });
    expect(made.body.deliveries).toHaveLength(2);
    // Each copy has its own createdAt (unless both fell in the same millisecond: then the second is the same delivery).
    const distinct = new Set(made.body.deliveries.map((x: any) => x.at)).size;
    const d = await settled(c, distinct);
    expect((await appointments(c)).data).toHaveLength(1);
    expect(d.data.map((x: any) => x.status).sort()).toEqual(distinct === 2 ? ['duplicate', 'processed'] : ['processed']);
  });

  it('refuses forged, unsigned, no-secret-provided, oversized, malformed and cross-company deliveries, storing nothing', async () => {
    const a = await company('A');
    const b = await company('B');
    const body = JSON.stringify(bookingBody('BOOKING_CREATED', { uid: 'refused-1', eventTypeId: 1, start: '2026-04-01T10:00:00Z', end: '2026-04-01T11:00:00Z', createdAt: new Date().toISOString() }));
    const cases: [string, Promise<{ status: number; body: any }>, number][] = [
      ['forged', post(a.id, body, { 'x-cal-signature-256': sign('not-the-secret', body) }), 401],
      ['signature of other bytes', post(a.id, body, { 'x-cal-signature-256': sign(a.secret, body + ' ') }), 401],
      ['uppercase hex', post(a.id, body, { 'x-cal-signature-256': sign(a.secret, body).toUpperCase() }), 401],
      ['unsigned', post(a.id, body), 401],
      ['no-secret-provided', post(a.id, body, { 'x-cal-signature-256': 'no-secret-provided' }), 401],
      ['signed for A, sent to B', post(b.id, body, { 'x-cal-signature-256': sign(a.secret, body) }), 401],
      ['malformed (signed, not JSON)', post(a.id, '{"triggerEvent": "BOOKING_CREATED", oops', { 'x-cal-signature-256': sign(a.secret, '{"triggerEvent": "BOOKING_CREATED", oops') }), 400],
      ['signed JSON that is not an object', post(a.id, '[1,2]', { 'x-cal-signature-256': sign(a.secret, '[1,2]') }), 400],
      ['unknown company', post(crypto.randomUUID(), body, { 'x-cal-signature-256': sign(a.secret, body) }), 404],
      ['not a company id', post('nope', body, { 'x-cal-signature-256': sign(a.secret, body) }), 404],
    ];
    for (const [what, res, status] of cases) {
      const r = await res;
      expect({ what, status: r.status }).toEqual({ what, status });
      expect(r.body.error.code).toBeTypeOf('string');
    }
    const big = JSON.stringify({ ...JSON.parse(body), padding: 'x'.repeat(1024 * 1024) });
    const tooBig = await post(a.id, big, { 'x-cal-signature-256': sign(a.secret, big) });
    expect(tooBig.status).toBe(413);
    // exactly at the limit is still accepted
    const base = JSON.stringify({ ...JSON.parse(body), padding: '' });
    const fit = base.replace('"padding":""', `"padding":"${'x'.repeat(1024 * 1024 - base.length)}"`);
    expect(Buffer.byteLength(fit)).toBe(1024 * 1024);
    expect((await post(b.id, fit, { 'x-cal-signature-256': sign(b.secret, fit) })).status).toBe(200);

    // The signature covers the bytes whatever the content type says (or when there is none).
    const plain = JSON.stringify(bookingBody('BOOKING_CREATED', { uid: 'plain-1', eventTypeId: 1, start: '2026-04-01T10:00:00Z', end: '2026-04-01T11:00:00Z', createdAt: new Date().toISOString() }));
    expect((await post(b.id, plain, { 'content-type': 'text/plain', 'x-cal-signature-256': sign(b.secret, plain) })).status).toBe(200);
    const bareBody = plain.replace('plain-1', 'bare-1');
    const bare = await fetch(`${h.url}/webhooks/calcom/${b.id}`, { method: 'POST', headers: { 'x-cal-signature-256': sign(b.secret, bareBody) }, body: new TextEncoder().encode(bareBody) });
    expect(bare.status).toBe(200);
    expect(await bare.json()).toMatchObject({ received: true });
    const empty = await fetch(`${h.url}/webhooks/calcom/${b.id}`, { method: 'POST', headers: { 'x-cal-signature-256': sign(b.secret, '') } });
    expect(empty.status).toBe(400);

    expect((await deliveries(a)).total).toBe(0);
    expect((await appointments(a)).data).toEqual([]);
    expect((await deliveries(b)).total).toBe(3);
  });

  it('order-independent: cancel before create ends cancelled; the late create is recorded and changes nothing', async () => {
    const c = await company('Order');
    const svc = await syncedService(c, 'Manicure');
    const t0 = Date.now();
    const common = { uid: 'order-1', eventTypeId: svc.calcomEventTypeId, start: '2026-05-01T09:00:00Z', end: '2026-05-01T10:00:00Z' };
    expect((await postSigned(c, bookingBody('BOOKING_CANCELLED', { ...common, status: 'CANCELLED', createdAt: new Date(t0 + 5000).toISOString() }))).status).toBe(200);
    await settled(c, 1);
    expect((await appointments(c)).data[0]).toMatchObject({ calcomBookingUid: 'order-1', status: 'cancelled', serviceId: svc.id });
    expect((await postSigned(c, bookingBody('BOOKING_CREATED', { ...common, createdAt: new Date(t0).toISOString() }))).status).toBe(200);
    const d = await settled(c, 2);
    expect((await appointments(c)).data).toEqual([expect.objectContaining({ calcomBookingUid: 'order-1', status: 'cancelled' })]);
    const late = d.data.find((x: any) => x.triggerEvent === 'BOOKING_CREATED');
    expect(late).toMatchObject({ status: 'processed', note: expect.stringContaining('kept cancelled') });

    // requested → created: pending then booked; a late REQUESTED does not undo it
    const req = { uid: 'order-2', eventTypeId: svc.calcomEventTypeId, start: '2026-05-02T09:00:00Z', end: '2026-05-02T10:00:00Z' };
    await postSigned(c, bookingBody('BOOKING_CREATED', { ...req, createdAt: new Date(t0 + 2000).toISOString() }));
    await postSigned(c, bookingBody('BOOKING_REQUESTED', { ...req, status: 'PENDING', createdAt: new Date(t0).toISOString() }));
    await postSigned(c, bookingBody('BOOKING_REJECTED', { uid: 'order-3', eventTypeId: svc.calcomEventTypeId, start: '2026-05-03T09:00:00Z', end: '2026-05-03T10:00:00Z', status: 'REJECTED', createdAt: new Date(t0 + 1000).toISOString() }));
    await postSigned(c, bookingBody('BOOKING_REQUESTED', { uid: 'order-3', eventTypeId: svc.calcomEventTypeId, start: '2026-05-03T09:00:00Z', end: '2026-05-03T10:00:00Z', status: 'PENDING', createdAt: new Date(t0).toISOString() }));
    await settled(c, 6);
    const all = byUid((await appointments(c)).data);
    expect(all['order-2'].status).toBe('booked');
    expect(all['order-3'].status).toBe('rejected');
  });

  it('a reschedule chain of three links correctly, in order through Cal.com and in reverse order', async () => {
    const c = await company('Chain');
    const svc = await syncedService(c, 'Colour');
    await h.api('POST', `/api/companies/${c.id}/register-webhook`);
    const a = (await h.simApi('POST', '/_sim/bookings', { apiKey: c.apiKey, eventTypeId: svc.calcomEventTypeId, start: '2026-06-01T09:00:00Z', deliver: true })).body.data;
    const b = (await h.simApi('POST', `/_sim/bookings/${a.uid}/reschedule`, { start: '2026-06-02T09:00:00Z' })).body.data;
    const cc = (await h.simApi('POST', `/_sim/bookings/${b.uid}/reschedule`, { start: '2026-06-03T09:00:00Z' })).body.data;
    await settled(c, 3);
    const chain = byUid((await appointments(c)).data);
    expect(Object.keys(chain)).toHaveLength(3);
    expect(chain[a.uid]).toMatchObject({ status: 'rescheduled', rescheduledFromUid: null, rescheduledToUid: b.uid, startTime: '2026-06-01T09:00:00.000Z', serviceId: svc.id });
    expect(chain[b.uid]).toMatchObject({ status: 'rescheduled', rescheduledFromUid: a.uid, rescheduledToUid: cc.uid, startTime: '2026-06-02T09:00:00.000Z', serviceId: svc.id });
    expect(chain[cc.uid]).toMatchObject({ status: 'booked', rescheduledFromUid: b.uid, rescheduledToUid: null, startTime: '2026-06-03T09:00:00.000Z', serviceId: svc.id });

    // The same three deliveries, newest first, into another company: the same links and statuses.
    const other = await company('Chain reversed');
    const bodies = (await h.simApi('GET', '/_sim/deliveries')).body.data.filter((d: any) => d.subscriberUrl.endsWith(c.id)).map((d: any) => d.body);
    expect(bodies).toHaveLength(3);
    for (const raw of [...bodies].reverse()) expect((await postSigned(other, raw)).status).toBe(200);
    await settled(other, 3);
    const reversed = byUid((await appointments(other)).data);
    const shape = (x: Record<string, any>) => Object.fromEntries(Object.entries(x).map(([uid, v]) => [uid, { status: v.status, from: v.rescheduledFromUid, to: v.rescheduledToUid, start: v.startTime, end: v.endTime }]));
    expect(shape(reversed)).toEqual(shape(chain));
  });

  it('keeps a booking for an unknown event type as unmatched; other triggers are recorded and ignored', async () => {
    const c = await company('Unmatched');
    await h.api('POST', `/api/companies/${c.id}/register-webhook`);
    const et = (await h.simApi('POST', '/_sim/event-types', { apiKey: c.apiKey, slug: 'made-in-calcom', title: 'Made in Cal.com', lengthInMinutes: 20 })).body.data;
    const made = (await h.simApi('POST', '/_sim/bookings', { apiKey: c.apiKey, eventTypeId: et.id, start: '2026-07-01T09:00:00Z', deliver: true })).body.data;
    await settled(c, 1);
    const unmatched = await appointments(c, '&unmatched=true');
    expect(unmatched.data).toEqual([expect.objectContaining({ calcomBookingUid: made.uid, serviceId: null, matched: false, eventTypeId: et.id, status: 'booked', endTime: '2026-07-01T09:20:00.000Z' })]);

    expect((await postSigned(c, { triggerEvent: 'MEETING_ENDED', createdAt: new Date().toISOString(), uid: made.uid })).status).toBe(200);
    const d = await settled(c, 2);
    expect(d.data.find((x: any) => x.triggerEvent === 'MEETING_ENDED')).toMatchObject({ status: 'processed', note: expect.stringContaining('ignored') });
    expect((await appointments(c)).data).toHaveLength(1);

    // EVENT_TYPE.* deliveries are stored and handed to reconciliation (outside the inbox's transaction).
    expect((await postSigned(c, { triggerEvent: 'EVENT_TYPE.UPDATED', createdAt: new Date().toISOString(), payload: { id: et.id } })).status).toBe(200);
    const withEt = await settled(c, 3);
    expect(withEt.data.find((x: any) => x.triggerEvent === 'EVENT_TYPE.UPDATED')).toMatchObject({ status: 'processed', note: expect.stringContaining('handed to reconciliation') });

    // U+0000 (which PostgreSQL text cannot hold) in a name is dropped, not a failure.
    const nul = bookingBody('BOOKING_CREATED', { uid: 'nul\u0000-1', eventTypeId: et.id, start: '2026-07-02T09:00:00Z', end: '2026-07-02T09:20:00Z', createdAt: new Date().toISOString() });
    (nul.payload.attendees as any)[0].name = 'Al\u0000ex';
    expect((await postSigned(c, nul)).status).toBe(200);
    await settled(c, 4);
    expect(byUid((await appointments(c)).data)['nul-1'].attendees[0].name).toBe('Alex');
  });

  it('a failed delivery is visible and replays to success once calsync knows the booking (backstop poll)', async () => {
    const c = await company('Replay');
    const svc = await syncedService(c, 'Pedicure');
    const made = (await h.simApi('POST', '/_sim/bookings', { apiKey: c.apiKey, eventTypeId: svc.calcomEventTypeId, start: '2026-08-01T09:00:00Z' })).body.data;
    // A delivery without startTime for a booking calsync has never seen cannot make an appointment.
    const r = await postSigned(c, bookingBody('BOOKING_CREATED', { uid: made.uid, eventTypeId: svc.calcomEventTypeId, end: '2026-08-01T10:00:00Z', createdAt: new Date().toISOString() }));
    expect(r.status).toBe(200);
    const failed = await h.waitFor(async () => {
      const d = await deliveries(c, '&status=failed');
      return d.total === 1 ? d.data[0] : null;
    }, 'the delivery to fail');
    expect(failed).toMatchObject({ id: r.body.id, status: 'failed', attempts: 1, lastError: expect.stringContaining('startTime') });
    expect((await appointments(c)).data).toEqual([]);
    const detail = await h.api('GET', `/api/webhook-deliveries/${failed.id}`);
    expect(JSON.parse(detail.body.body).payload.uid).toBe(made.uid);

    // Replay now: still failing (nothing changed), attempts counted.
    const still = await h.api('POST', `/api/webhook-deliveries/${failed.id}/replay`);
    expect(still.body).toMatchObject({ status: 'failed', attempts: 2 });

    // The backstop poll learns the booking from Cal.com; the replay now succeeds.
    const poll = await h.api('POST', `/api/companies/${c.id}/poll-bookings`);
    expect(poll.status).toBe(200);
    expect(poll.body).toMatchObject({ found: 1, created: 1, complete: true });
    const ok = await h.api('POST', `/api/webhook-deliveries/${failed.id}/replay`);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ status: 'processed', attempts: 3 });
    expect((await deliveries(c, '&status=failed')).total).toBe(0);
    expect((await appointments(c)).data).toEqual([expect.objectContaining({ calcomBookingUid: made.uid, status: 'booked', startTime: '2026-08-01T09:00:00.000Z' })]);
  });

  it('a booking Cal.com never delivered appears through the backstop poll; the cursor advances', async () => {
    const c = await company('Backstop');
    const svc = await syncedService(c, 'Massage');
    const kept = (await h.simApi('POST', '/_sim/bookings', { apiKey: c.apiKey, eventTypeId: svc.calcomEventTypeId, start: '2026-09-01T09:00:00Z' })).body.data;
    const gone = (await h.simApi('POST', '/_sim/bookings', { apiKey: c.apiKey, eventTypeId: svc.calcomEventTypeId, start: '2026-09-02T09:00:00Z' })).body.data;
    await h.simApi('POST', `/_sim/bookings/${gone.uid}/cancel`, { deliver: false });
    const moved = (await h.simApi('POST', `/_sim/bookings/${kept.uid}/reschedule`, { start: '2026-09-05T09:00:00Z', deliver: false })).body.data;
    const pending = (await h.simApi('POST', '/_sim/bookings', { apiKey: c.apiKey, eventTypeId: svc.calcomEventTypeId, start: '2026-09-03T09:00:00Z', status: 'pending' })).body.data;

    const first = await h.api('POST', `/api/companies/${c.id}/poll-bookings`);
    expect(first.body).toMatchObject({ found: 4, created: 4, complete: true, cursor: expect.any(String) });
    const all = byUid((await appointments(c)).data);
    expect(all[kept.uid]).toMatchObject({ status: 'rescheduled', rescheduledToUid: moved.uid, serviceId: svc.id });
    expect(all[moved.uid]).toMatchObject({ status: 'booked', rescheduledFromUid: kept.uid, startTime: '2026-09-05T09:00:00.000Z' });
    expect(all[gone.uid].status).toBe('cancelled');
    expect(all[pending.uid].status).toBe('pending');
    const calls = (await h.simApi('GET', '/_sim/calls')).body.data.filter((x: any) => x.path === '/v2/bookings');
    expect(calls.at(-1).apiVersion).toBe('2024-08-13');

    // Later: only what changed since the cursor (minus the overlap) is read; nothing is created twice.
    await h.simApi('POST', '/_sim/bookings', { apiKey: c.apiKey, uid: pending.uid, status: 'accepted' });
    const second = await h.api('POST', `/api/companies/${c.id}/poll-bookings`);
    expect(second.body.created).toBe(0);
    expect(second.body.changed).toBe(1);
    expect(Date.parse(second.body.cursor)).toBeGreaterThanOrEqual(Date.parse(first.body.cursor));
    expect(byUid((await appointments(c)).data)[pending.uid].status).toBe('booked');
    const status = await h.api('GET', `/api/companies/${c.id}/webhook-status`);
    expect(status.body.poll).toMatchObject({ cursor: second.body.cursor, lastError: null });
  });

  it('bookable services for the phone agent: exactly the active, synced, undiverged ones (online: and online), with duration and price', async () => {
    const c = await company('Agent');
    const mk = async (body: Record<string, unknown>) => (await h.api('POST', '/api/services', { companyId: c.id, durationMinutes: 30, ...body })).body;
    const waitSettled = (id: string) =>
      h.waitFor(async () => {
        const s = (await h.api('GET', `/api/services/${id}`)).body;
        return s.syncStatus === 'synced' || s.syncStatus === 'error' ? s : null;
      }, `service ${id} settled`);
    const everywhere = await mk({ name: 'Everywhere', price: 45.5, currency: 'eur', durationMinutes: 50 });
    const phoneOnly = await mk({ name: 'Phone only', isOnline: false, price: 20 });
    const off = await mk({ name: 'Switched off', isActive: false });
    const drifted = await mk({ name: 'Drifted' });
    for (const s of [everywhere, phoneOnly, off, drifted]) await waitSettled(s.id);
    // Cal.com's duration changed behind calsync's back: reconciliation flags it, and it is no longer offered.
    const d = (await h.api('GET', `/api/services/${drifted.id}`)).body;
    await h.simApi('PATCH', `/_sim/event-types/${d.calcomEventTypeId}`, { lengthInMinutes: 45 });
    expect((await h.api('POST', '/api/reconcile', { companyId: c.id })).status).toBe(200);
    // One that never reaches Cal.com (it refuses the create) ends in error.
    await h.simApi('POST', '/_sim/faults', { method: 'POST', path: '^/v2/event-types$', status: 400, times: -1 });
    const broken = await mk({ name: 'Never synced' });
    expect((await waitSettled(broken.id)).syncStatus).toBe('error');
    await h.simApi('DELETE', '/_sim/faults');

    const phone = (await h.api('GET', `/api/companies/${c.id}/bookable-services?channel=phone`)).body.data;
    const e = (await h.api('GET', `/api/services/${everywhere.id}`)).body;
    expect(phone).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: everywhere.id, name: 'Everywhere', durationMinutes: 50, price: 45.5, calcomEventTypeId: e.calcomEventTypeId }),
        expect.objectContaining({ id: phoneOnly.id, durationMinutes: 30, price: 20 }),
      ]),
    );
    expect(phone.map((x: any) => x.name).sort()).toEqual(['Everywhere', 'Phone only']);
    const online = (await h.api('GET', `/api/companies/${c.id}/bookable-services?channel=online`)).body.data;
    expect(online.map((x: any) => x.name)).toEqual(['Everywhere']);
    expect((await h.api('GET', `/api/companies/${c.id}/bookable-services?channel=fax`)).status).toBe(400);
  });

  it('a manager sees only their company: deliveries and appointments of another company answer 404', async () => {
    const mine = await company('Mine');
    const theirs = await company('Theirs');
    await postSigned(theirs, bookingBody('BOOKING_CREATED', { uid: 'theirs-1', eventTypeId: 1, start: '2026-10-01T09:00:00Z', end: '2026-10-01T10:00:00Z', createdAt: new Date().toISOString() }));
    const d = await settled(theirs, 1);
    const email = `m-${crypto.randomBytes(4).toString('hex')}@test.local`;
    expect((await h.api('POST', '/api/users', { email, password: 'manager-password', role: 'manager', companyId: mine.id })).status).toBe(201);
    const token = (await h.api('POST', '/api/auth/login', { email, password: 'manager-password' }, '')).body.token;
    expect((await h.api('GET', `/api/appointments?companyId=${theirs.id}`, undefined, token)).status).toBe(404);
    expect((await h.api('GET', `/api/webhook-deliveries?companyId=${theirs.id}`, undefined, token)).status).toBe(404);
    expect((await h.api('GET', `/api/webhook-deliveries/${d.data[0].id}`, undefined, token)).status).toBe(404);
    expect((await h.api('POST', `/api/webhook-deliveries/${d.data[0].id}/replay`, undefined, token)).status).toBe(404);
    expect((await h.api('POST', `/api/companies/${theirs.id}/poll-bookings`, undefined, token)).status).toBe(404);
    expect((await h.api('GET', '/api/appointments', undefined, token)).body.data).toEqual([]);
    expect((await h.api('GET', '/api/appointments?status=nonsense', undefined, token)).status).toBe(400);
    expect((await h.api('GET', '/api/appointments')).status).toBe(200);
    expect((await h.api('GET', '/api/appointments', undefined, '')).status).toBe(401);
  });
});
