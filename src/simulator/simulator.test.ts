import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { timingSafeEqual } from 'node:crypto';
import { describe, it, expect, beforeAll, afterAll, beforeEach, afterEach, vi } from 'vitest';
import { signCalWebhook, startSimulator, type Simulator } from './simulator.js';

const KEY = 'cal_test_owner_key';
const V_ET = { 'cal-api-version': '2024-06-14' };
const V_BK = { 'cal-api-version': '2024-08-13' };

function api(sim: Simulator, key = KEY) {
  return async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${sim.baseUrl}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${key}`,
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...headers,
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    return { res, status: res.status, json: text ? JSON.parse(text) : undefined };
  };
}

async function control(sim: Simulator, method: string, path: string, body?: unknown) {
  const res = await fetch(`${sim.url}/_sim${path}`, {
    method,
    headers: body !== undefined ? { 'Content-Type': 'application/json' } : {},
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, json: await res.json() };
}

describe('Cal.com simulator', () => {
  let sim: Simulator;
  let call: ReturnType<typeof api>;
  let username: string;

  beforeAll(async () => {
    sim = await startSimulator();
    call = api(sim);
  });
  afterAll(async () => {
    await sim.close();
  });
  beforeEach(async () => {
    await control(sim, 'POST', '/reset');
    username = (await call('GET', '/me')).json.data.username;
  });

  const create = (slug: string, extra: Record<string, unknown> = {}) =>
    call('POST', '/event-types', { title: `T ${slug}`, slug, lengthInMinutes: 30, ...extra }, V_ET);

  it('provisions a stable user per cal_ key, rejects others, honours revocation', async () => {
    const me = await call('GET', '/me');
    expect(me.status).toBe(200);
    expect(me.json.data.username).toMatch(/^user-[0-9a-f]{8}$/);
    expect(me.res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect((await api(sim, 'not_a_cal_key')('GET', '/me')).status).toBe(401);

    await control(sim, 'POST', '/keys/revoke', { apiKey: KEY });
    const revoked = await call('GET', '/me');
    expect(revoked.status).toBe(401);
    expect(revoked.json).toMatchObject({ status: 'error', path: '/v2/me', error: { code: 'UnauthorizedException' } });
    await control(sim, 'POST', '/keys/restore', { apiKey: KEY });
    expect((await call('GET', '/me')).json.data.username).toBe(username);
  });

  it('lists nothing without username, own event types (incl. hidden) with it', async () => {
    await create('visible');
    await create('secret', { hidden: true });
    expect((await call('GET', '/event-types', undefined, V_ET)).json).toEqual({ status: 'success', data: [] });

    const mine = await call('GET', `/event-types?username=${username}`, undefined, V_ET);
    expect(mine.json.data.map((e: { slug: string }) => e.slug)).toEqual(['visible', 'secret']);

    const other = await api(sim, 'cal_someone_else')('GET', `/event-types?username=${username}`, undefined, V_ET);
    expect(other.json.data.map((e: { slug: string }) => e.slug)).toEqual(['visible']);

    const bySlug = await call('GET', `/event-types?username=${username}&eventSlug=secret`, undefined, V_ET);
    expect(bySlug.json.data).toHaveLength(1);
    expect(bySlug.json.data[0]).toMatchObject({ slug: 'secret', hidden: true, price: 0, currency: 'usd' });
  });

  it('returns 404 for an event type that is not the caller’s', async () => {
    const { json } = await create('mine');
    const other = await api(sim, 'cal_someone_else')('GET', `/event-types/${json.data.id}`, undefined, V_ET);
    expect(other.status).toBe(404);
    expect(other.json.error).toMatchObject({ code: 'NotFoundException', message: `Event type with id ${json.data.id} not found` });
  });

  it('falls back to the legacy controller without cal-api-version', async () => {
    const { json } = await create('legacy', { lengthInMinutes: 45 });
    const id = json.data.id;
    const legacyGet = await call('GET', `/event-types/${id}`);
    expect(legacyGet.json.data.length).toBe(45);
    expect(legacyGet.json.data.lengthInMinutes).toBeUndefined();

    const patch = await call('PATCH', `/event-types/${id}`, { lengthInMinutes: 90, title: 'Renamed' });
    expect(patch.status).toBe(200);
    const after = await call('GET', `/event-types/${id}`, undefined, V_ET);
    expect(after.json.data.lengthInMinutes).toBe(45); // silently unchanged
    expect(after.json.data.title).toBe('Renamed');
  });

  it('validates create/update bodies and silently drops unknown fields', async () => {
    const missing = await call('POST', '/event-types', { title: 'No slug', lengthInMinutes: 30 }, V_ET);
    expect(missing.status).toBe(400);
    expect(missing.json.error.code).toBe('BadRequestException');
    expect(missing.json.error.details.message.join(' ')).toContain('slug');

    const { json } = await create('drop');
    const id = json.data.id;
    const wrongType = await call('PATCH', `/event-types/${id}`, { lengthInMinutes: 'sixty' }, V_ET);
    expect(wrongType.status).toBe(400);
    expect(wrongType.json.error.details.message).toEqual(['lengthInMinutes must be a number conforming to the specified constraints']);

    const dropped = await call('PATCH', `/event-types/${id}`, { price: 120, currency: 'eur', metadata: { x: 1 }, description: 'kept' }, V_ET);
    expect(dropped.status).toBe(200);
    expect(dropped.json.data).toMatchObject({ price: 0, currency: 'usd', metadata: {}, description: 'kept' });
  });

  it('enforces slug uniqueness per user and has no idempotency', async () => {
    const a = await create('dup');
    expect(a.status).toBe(201);
    const again = await create('dup');
    expect(again.status).toBe(400);
    expect(again.json.error).toEqual({ code: 'TRPCError', message: 'Bad request: Please check your request data and try again' });

    const b = await create('other');
    const clash = await call('PATCH', `/event-types/${b.json.data.id}`, { slug: 'dup' }, V_ET);
    expect(clash.status).toBe(400);

    // Same body, different slug → two event types, nothing deduplicated.
    await create('x1', { title: 'Same' });
    await create('x2', { title: 'Same' });
    const list = await call('GET', `/event-types?username=${username}`, undefined, V_ET);
    expect(list.json.data.filter((e: { title: string }) => e.title === 'Same')).toHaveLength(2);

    const del = await call('DELETE', `/event-types/${a.json.data.id}`, undefined, V_ET);
    expect(del.json.data).toEqual({ id: a.json.data.id, lengthInMinutes: 30, title: 'T dup', slug: 'dup' });
  });

  it('shows UI edits (no webhook, no rate counting) in GET', async () => {
    const { json } = await create('ui');
    const edit = await control(sim, 'PATCH', `/event-types/${json.data.id}`, { title: 'Edited in UI', price: 75, currency: 'eur' });
    expect(edit.status).toBe(200);
    const got = await call('GET', `/event-types/${json.data.id}`, undefined, V_ET);
    expect(got.json.data).toMatchObject({ title: 'Edited in UI', price: 75, currency: 'eur' });

    const made = await control(sim, 'POST', '/event-types', { apiKey: KEY, slug: 'made-in-ui', lengthInMinutes: 15 });
    expect(made.status).toBe(201);
    const list = await call('GET', `/event-types?username=${username}`, undefined, V_ET);
    expect(list.json.data.map((e: { slug: string }) => e.slug)).toContain('made-in-ui');
    const calls = await control(sim, 'GET', '/calls');
    expect(calls.json.data.every((c: { path: string }) => c.path.startsWith('/v2/'))).toBe(true);
  });

  it('injects status faults without processing the request', async () => {
    const { json } = await create('faulty');
    const id = json.data.id;
    await control(sim, 'POST', '/faults', { method: 'PATCH', path: '^/v2/event-types/\\d+$', status: 503 });
    const failed = await call('PATCH', `/event-types/${id}`, { title: 'lost' }, V_ET);
    expect(failed.status).toBe(503);
    expect(failed.json.status).toBe('error');
    const ok = await call('PATCH', `/event-types/${id}`, { title: 'landed' }, V_ET); // times defaults to 1
    expect(ok.status).toBe(200);
    expect((await call('GET', `/event-types/${id}`, undefined, V_ET)).json.data.title).toBe('landed');
  });

  it('delays an answer after applying the change', async () => {
    const { json } = await create('slow');
    const id = json.data.id;
    await control(sim, 'POST', '/faults', { method: 'PATCH', path: '^/v2/event-types/\\d+$', delayMs: 400 });
    const started = Date.now();
    const pending = call('PATCH', `/event-types/${id}`, { title: 'late' }, V_ET);
    await new Promise((r) => setTimeout(r, 150));
    // Another client already sees the change while the first answer is still in flight.
    expect((await call('GET', `/event-types/${id}`, undefined, V_ET)).json.data.title).toBe('late');
    const res = await pending;
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(380);
  });

  it('logs a slow answer whose client gave up, with the fault and status 0', async () => {
    const { json } = await create('given-up');
    const id = json.data.id;
    const fault = (await control(sim, 'POST', '/faults', { method: 'PATCH', path: '^/v2/event-types/\\d+$', delayMs: 600 })).json.data;
    const gaveUp = fetch(`${sim.baseUrl}/event-types/${id}`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json', ...V_ET },
      body: JSON.stringify({ title: 'timed out' }),
      signal: AbortSignal.timeout(150),
    });
    await expect(gaveUp).rejects.toThrow();
    await new Promise((r) => setTimeout(r, 700));
    const calls = (await control(sim, 'GET', '/calls')).json.data as { method: string; path: string; status: number; fault?: number }[];
    const logged = calls.filter((c) => c.method === 'PATCH' && c.path === `/v2/event-types/${id}`);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ status: 0, fault: fault.id });
    // The change itself was applied (Cal.com processed it; only the answer was late).
    expect((await call('GET', `/event-types/${id}`, undefined, V_ET)).json.data.title).toBe('timed out');
  });

  it('drops the connection', async () => {
    await control(sim, 'POST', '/faults', { path: '^/v2/me$', drop: true });
    await expect(call('GET', '/me')).rejects.toThrow();
    expect((await call('GET', '/me')).status).toBe(200);
    const calls = await control(sim, 'GET', '/calls');
    expect(calls.json.data.some((c: { status: number }) => c.status === 0)).toBe(true);
  });

  it('serves bookings with pagination and afterUpdatedAt', async () => {
    const et = (await create('bookable')).json.data;
    for (let i = 0; i < 3; i++) {
      await control(sim, 'POST', '/bookings', { apiKey: KEY, eventTypeId: et.id, start: `2030-01-0${i + 1}T10:00:00Z` });
    }
    const page = await call('GET', `/bookings?eventTypeId=${et.id}&take=2&sortUpdatedAt=asc`, undefined, V_BK);
    expect(page.json.data).toHaveLength(2);
    expect(page.json.pagination).toMatchObject({ totalItems: 3, returnedItems: 2, remainingItems: 1, hasNextPage: true, currentPage: 1 });
    expect(page.json.data[0]).toMatchObject({ status: 'accepted', duration: 30, eventTypeId: et.id });
    const future = await call('GET', `/bookings?afterUpdatedAt=2100-01-01T00:00:00Z`, undefined, V_BK);
    expect(future.json.data).toHaveLength(0);
  });
});

describe('rate limit', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ ratePerMinute: 3, blockSeconds: 1, windowSeconds: 60 });
  });
  afterAll(async () => {
    await sim.close();
  });

  it('allows N per window, then 429 + block for blockSeconds, without Retry-After', async () => {
    const call = api(sim, 'cal_rate_key');
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 3; i++) {
      const r = await call('GET', '/me');
      statuses.push(r.status);
      last = r.res;
    }
    expect(statuses).toEqual([200, 200, 200]);
    expect(last!.headers.get('x-ratelimit-limit-default')).toBe('3');
    expect(last!.headers.get('x-ratelimit-remaining-default')).toBe('0');

    const over = await call('GET', '/me');
    expect(over.status).toBe(429);
    expect(over.res.headers.get('retry-after')).toBeNull();
    expect(over.json.error).toEqual({
      code: 'ThrottlerException',
      message: 'CustomThrottlerGuard - Too many requests. Please try again later.',
      details: 'CustomThrottlerGuard - Too many requests. Please try again later.',
    });
    expect((await call('GET', '/me')).status).toBe(429); // still blocked
    expect((await api(sim, 'cal_other_key')('GET', '/me')).status).toBe(200); // per key

    await new Promise((r) => setTimeout(r, 1100));
    expect((await call('GET', '/me')).status).toBe(200);

    const stats = await control(sim, 'GET', '/stats');
    const perKey = Object.values(stats.json.data.byKey) as { byStatus: Record<string, number> }[];
    expect(perKey.some((s) => s.byStatus['429'] === 2)).toBe(true);
  });

  it('supports a forced 429 window', async () => {
    await control(sim, 'POST', '/reset');
    await control(sim, 'POST', '/force-429', { seconds: 30 });
    expect((await api(sim, 'cal_fresh')('GET', '/me')).status).toBe(429);
    await control(sim, 'POST', '/force-429', { seconds: 0 });
    expect((await api(sim, 'cal_fresh')('GET', '/me')).status).toBe(200);
  });
});

describe('webhook delivery', () => {
  const vector = JSON.parse(
    // Copy of shared/calcom/webhook-examples/signed-delivery.composed.json, kept in-repo so tests are self-contained.
    readFileSync(new URL('./fixtures/signed-delivery.composed.json', import.meta.url), 'utf8'),
  ) as { secret: string; request: { rawBody: string; headers: Record<string, string> } };

  let sim: Simulator;
  let receiver: Server;
  let receiverUrl: string;
  const received: { headers: IncomingHttpHeaders; raw: string }[] = [];

  beforeAll(async () => {
    sim = await startSimulator();
    receiver = createServer((req, res) => {
      let raw = '';
      req.on('data', (c) => (raw += c));
      req.on('end', () => {
        received.push({ headers: req.headers, raw });
        res.end('ok');
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  });
  afterAll(async () => {
    await sim.close();
    await new Promise((r) => receiver.close(r));
  });

  it('signs exactly like Cal.com (test vector)', () => {
    expect(signCalWebhook(vector.secret, vector.request.rawBody)).toBe(vector.request.headers['x-cal-signature-256']);
  });

  it('delivers signed BOOKING_CREATED and BOOKING_RESCHEDULED payloads', async () => {
    const call = api(sim);
    const secret = 'whsec_sim_test';
    const hook = await call('POST', '/webhooks', {
      subscriberUrl: receiverUrl,
      triggers: ['BOOKING_CREATED', 'BOOKING_RESCHEDULED'],
      active: true,
      secret,
    });
    expect(hook.status).toBe(201);
    expect(typeof hook.json.data.id).toBe('string');

    const et = (await call('POST', '/event-types', { title: 'Massage', slug: 'massage', lengthInMinutes: 60 }, V_ET)).json.data;
    const created = await control(sim, 'POST', '/bookings', {
      apiKey: KEY,
      eventTypeId: et.id,
      start: '2030-03-10T14:00:00Z',
      attendees: [{ name: 'Alex Rivera', email: 'alex@example.com', timeZone: 'America/New_York' }],
      deliver: true,
    });
    expect(created.json.deliveries).toHaveLength(1);
    expect(received).toHaveLength(1);
    const first = received[0];
    const expected = Buffer.from(signCalWebhook(secret, first.raw));
    expect(timingSafeEqual(expected, Buffer.from(String(first.headers['x-cal-signature-256'])))).toBe(true);
    const body = JSON.parse(first.raw);
    expect(body).toMatchObject({
      triggerEvent: 'BOOKING_CREATED',
      payload: { uid: created.json.data.uid, eventTypeId: et.id, type: 'massage', status: 'ACCEPTED', startTime: '2030-03-10T14:00:00.000Z' },
    });

    const moved = await control(sim, 'POST', `/bookings/${created.json.data.uid}/reschedule`, { start: '2030-03-11T14:00:00Z' });
    expect(moved.json.data.uid).not.toBe(created.json.data.uid);
    expect(moved.json.previous.status).toBe('cancelled');
    const second = JSON.parse(received[1].raw);
    expect(second.triggerEvent).toBe('BOOKING_RESCHEDULED');
    expect(second.payload).toMatchObject({ uid: moved.json.data.uid, rescheduleUid: created.json.data.uid });
    expect(received).toHaveLength(2); // no separate BOOKING_CANCELLED
  });

  it('sends no-secret-provided when the webhook has no secret', async () => {
    const other = 'cal_no_secret_key';
    await api(sim, other)('POST', '/webhooks', { subscriberUrl: receiverUrl, triggers: ['BOOKING_CREATED'], active: true });
    const et = (await api(sim, other)('POST', '/event-types', { title: 'X', slug: 'x', lengthInMinutes: 30 }, V_ET)).json.data;
    const before = received.length;
    await control(sim, 'POST', '/bookings', { apiKey: other, eventTypeId: et.id, start: '2030-03-10T14:00:00Z', deliver: true });
    expect(received[before].headers['x-cal-signature-256']).toBe('no-secret-provided');
  });
});

describe('stateFile', () => {
  let dir: string;
  let stateFile: string;
  const sims: Simulator[] = [];
  const start = async () => {
    const sim = await startSimulator({ stateFile });
    sims.push(sim);
    return sim;
  };
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'calsync-sim-state-'));
    stateFile = join(dir, 'nested', 'simulator-state.json'); // directory is created on first write
  });
  afterEach(async () => {
    await Promise.all(sims.splice(0).map((s) => s.close()));
    vi.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  it('survives a restart: users, event types, bookings, webhooks, revoked keys and id counters', async () => {
    const first = await start();
    const call = api(first);
    const me = (await call('GET', '/me')).json.data;
    // A GET alone provisions a user on first sight of a key: that is a change too.
    const lurker = (await api(first, 'cal_only_ever_read')('GET', '/me')).json.data;
    const et = (
      await call('POST', '/event-types', { title: 'Deep tissue', slug: 'deep-tissue', lengthInMinutes: 60, description: 'kept', hidden: true }, V_ET)
    ).json.data;
    await control(first, 'PATCH', `/event-types/${et.id}`, { price: 75, currency: 'eur' });
    const booking = (await control(first, 'POST', '/bookings', { apiKey: KEY, eventTypeId: et.id, start: '2030-05-01T09:00:00Z' })).json.data;
    const hook = (await call('POST', '/webhooks', { subscriberUrl: 'http://127.0.0.1:9/hook', triggers: ['BOOKING_CREATED'], active: true, secret: 's' }))
      .json.data;
    await control(first, 'POST', '/keys/revoke', { apiKey: 'cal_revoked_key' });
    const etBefore = (await call('GET', `/event-types/${et.id}`, undefined, V_ET)).json.data;
    expect(etBefore).toMatchObject({ price: 75, currency: 'eur', description: 'kept', hidden: true });

    // Written within the debounce window, without waiting for close().
    await sleep(400);
    expect(existsSync(stateFile)).toBe(true);
    expect(JSON.parse(readFileSync(stateFile, 'utf8')).eventTypes.map((e: { id: number }) => e.id)).toEqual([et.id]);

    await first.close();
    sims.splice(sims.indexOf(first), 1);
    expect(readdirSync(join(dir, 'nested'))).toEqual(['simulator-state.json']); // no temp files left behind

    const second = await start();
    const again = api(second);
    expect((await again('GET', '/me')).json.data).toEqual(me);
    expect((await api(second, 'cal_only_ever_read')('GET', '/me')).json.data).toEqual(lurker);
    expect((await api(second, 'cal_revoked_key')('GET', '/me')).status).toBe(401);
    expect((await again('GET', `/event-types/${et.id}`, undefined, V_ET)).json.data).toEqual(etBefore);
    const bookings = (await again('GET', `/bookings?eventTypeId=${et.id}`, undefined, V_BK)).json.data;
    expect(bookings).toEqual([booking]);
    expect((await again('GET', '/webhooks')).json.data).toEqual([hook]);
    // The call log is not state: the new simulator's log holds only its own (GET) calls.
    expect((await control(second, 'GET', '/calls')).json.data.map((c: { method: string }) => c.method)).not.toContain('POST');

    // No id reuse.
    const next = (await again('POST', '/event-types', { title: 'Next', slug: 'next', lengthInMinutes: 30 }, V_ET)).json.data;
    expect(next.id).toBeGreaterThan(et.id);
    const nextBooking = (await control(second, 'POST', '/bookings', { apiKey: KEY, eventTypeId: next.id, start: '2030-05-02T09:00:00Z' })).json.data;
    expect(nextBooking.id).toBeGreaterThan(booking.id);
    expect((await api(second, 'cal_brand_new')('GET', '/me')).json.data.id).toBeGreaterThan(Math.max(me.id, lurker.id));
  });

  it('persists a reset (empty data, counters kept)', async () => {
    const first = await start();
    const et = (await api(first)('POST', '/event-types', { title: 'Gone', slug: 'gone', lengthInMinutes: 30 }, V_ET)).json.data;
    await control(first, 'POST', '/reset');
    await first.close();
    sims.splice(sims.indexOf(first), 1);

    const second = await start();
    expect((await control(second, 'GET', '/event-types')).json.data).toEqual([]);
    const fresh = (await api(second)('POST', '/event-types', { title: 'New', slug: 'gone', lengthInMinutes: 30 }, V_ET)).json.data;
    expect(fresh.id).toBeGreaterThan(et.id);
  });

  it('starts empty, with a warning, on a corrupt state file, and replaces it on the next change', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    stateFile = join(dir, 'simulator-state.json');
    writeFileSync(stateFile, '{"version": 1, "users": [tru');
    const sim = await start();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('corrupt'));
    expect((await control(sim, 'GET', '/event-types')).json.data).toEqual([]);

    writeFileSync(stateFile, JSON.stringify({ version: 1, users: 'nope' }));
    const sim2 = await start();
    expect(warn).toHaveBeenCalledTimes(2);
    expect((await control(sim2, 'GET', '/event-types')).json.data).toEqual([]);

    const et = (await api(sim2)('POST', '/event-types', { title: 'A', slug: 'a', lengthInMinutes: 30 }, V_ET)).json.data;
    await sim2.close();
    sims.splice(sims.indexOf(sim2), 1);
    expect(JSON.parse(readFileSync(stateFile, 'utf8')).eventTypes[0]).toMatchObject({ id: et.id, fields: { slug: 'a' } });
  });
});
