import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCalcomClient, type CalcomCall } from './client.js';
import { CalcomError } from './errors.js';

type Handler = (req: http.IncomingMessage, body: string, res: http.ServerResponse) => void;
let handler: Handler = (_req, _body, res) => res.end();
const seen: { method: string; url: string; headers: http.IncomingHttpHeaders; body: string }[] = [];
let server: http.Server;
let baseUrl = '';

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      handler(req, body, res);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v2`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const json = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};
const eventType = (over: Record<string, unknown> = {}) => ({ id: 7, title: 'Cut', slug: 'cut', lengthInMinutes: 30, hidden: false, confirmationPolicy: { disabled: true }, ...over });

function client(extra: Partial<Parameters<typeof createCalcomClient>[0]> = {}) {
  return createCalcomClient({ baseUrl, apiKey: 'cal_test_key', ...extra });
}
async function rejection(p: Promise<unknown>): Promise<CalcomError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(CalcomError);
    return e as CalcomError;
  }
  throw new Error('expected a rejection');
}

describe('calcom client over HTTP', () => {
  it('sends auth and the right cal-api-version per endpoint, returns data + metadata, calls hooks', async () => {
    seen.length = 0;
    const calls: CalcomCall[] = [];
    let before = 0;
    handler = (req, _b, res) => {
      const url = new URL(req.url!, 'http://x');
      if (url.pathname === '/v2/me') return json(res, 200, { status: 'success', data: { id: 1, username: 'salon' } });
      if (url.pathname === '/v2/event-types') return json(res, 200, { status: 'success', data: [eventType()] }, { 'X-Request-Id': 'rid-1', 'X-RateLimit-Remaining-Default': '119', 'X-RateLimit-Reset-Default': '60' });
      if (url.pathname === '/v2/bookings') return json(res, 200, { status: 'success', data: [], pagination: { totalItems: 0, hasNextPage: false } });
      if (url.pathname === '/v2/webhooks') return json(res, 201, { status: 'success', data: { id: 'wh-1', subscriberUrl: 'https://x/hook', triggers: ['BOOKING_CREATED'], active: true } });
      json(res, 404, {});
    };
    const c = client({ beforeRequest: async () => void before++, onCall: (x) => calls.push(x) });
    const me = await c.me();
    expect(me.data.username).toBe('salon');
    const list = await c.listEventTypes('salon', 'cut');
    expect(list.data[0].slug).toBe('cut');
    expect([list.status, list.requestId, list.rateLimit]).toEqual([200, 'rid-1', { remaining: 119, resetMs: 60_000 }]);
    const b = await c.listBookings({ afterUpdatedAt: new Date('2026-01-01T00:00:00Z'), take: 50, eventTypeIds: [7, 8] });
    expect(b.pagination).toEqual({ totalItems: 0, hasNextPage: false });
    await c.createWebhook({ subscriberUrl: 'https://x/hook', triggers: ['BOOKING_CREATED', 'BOOKING_CANCELLED'], active: true, secret: 's3cret' });

    expect(seen.map((s) => s.headers.authorization)).toEqual(Array(4).fill('Bearer cal_test_key'));
    expect(seen.map((s) => s.headers['cal-api-version'])).toEqual([undefined, '2024-06-14', '2024-08-13', undefined]);
    expect(seen[1].url).toBe('/v2/event-types?username=salon&eventSlug=cut');
    const bq = new URL(seen[2].url, 'http://x').searchParams;
    expect([bq.get('afterUpdatedAt'), bq.get('take'), bq.get('eventTypeIds'), bq.get('sortUpdatedAt')]).toEqual(['2026-01-01T00:00:00.000Z', '50', '7,8', 'asc']);
    expect(JSON.parse(seen[3].body)).toEqual({ subscriberUrl: 'https://x/hook', triggers: ['BOOKING_CREATED', 'BOOKING_CANCELLED'], active: true, secret: 's3cret' });
    expect(before).toBe(4);
    expect(calls.map((x) => [x.method, x.path, x.status])).toEqual([
      ['GET', '/v2/me', 200],
      ['GET', '/v2/event-types', 200],
      ['GET', '/v2/bookings', 200],
      ['POST', '/v2/webhooks', 201],
    ]);
  });

  it('create/update pass when the answer echoes what was sent, and fail ECHO_MISMATCH when a field is dropped', async () => {
    seen.length = 0;
    handler = (req, body, res) => {
      const sent = JSON.parse(body);
      delete sent.price; // Cal.com silently drops unknown fields
      json(res, req.method === 'POST' ? 201 : 200, { status: 'success', data: eventType(sent) }, { 'X-Request-Id': 'rid-echo' });
    };
    const c = client({ apiVersion: '2024-06-14' });
    const created = await c.createEventType({ title: 'Cut', slug: 'cut', lengthInMinutes: 30 });
    expect([created.status, created.data.id]).toEqual([201, 7]);
    const ok = await c.updateEventType(7, { lengthInMinutes: 45, confirmationPolicy: { disabled: true } });
    expect(ok.data.lengthInMinutes).toBe(45);
    const e = await rejection(c.updateEventType(7, { lengthInMinutes: 45, price: 20 } as never));
    expect([e.code, e.status, e.requestId, e.transient, e.fields]).toEqual(['ECHO_MISMATCH', 200, 'rid-echo', false, ['price']]);
    expect(seen[1]).toMatchObject({ method: 'PATCH', url: '/v2/event-types/7' });
    expect(seen[1].headers['cal-api-version']).toBe('2024-06-14');
  });

  it('maps an error body and X-Request-Id', async () => {
    handler = (_req, _b, res) =>
      json(res, 400, { status: 'error', timestamp: 'now', path: '/v2/event-types/7', error: { code: 'TRPCError', message: 'Bad request: Please check your request data and try again' } }, { 'X-Request-Id': 'rid-400' });
    const calls: CalcomCall[] = [];
    const e = await rejection(client({ onCall: (x) => calls.push(x) }).updateEventType(7, { slug: 'taken' }));
    expect([e.status, e.code, e.message, e.requestId, e.transient]).toEqual([400, 'TRPCError', 'Bad request: Please check your request data and try again', 'rid-400', false]);
    expect(calls[0]).toMatchObject({ status: 400, requestId: 'rid-400', error: 'TRPCError' });
  });

  it('401 → UNAUTHORIZED; 429 → transient, reset header read, onRateLimited awaited', async () => {
    handler = (_req, _b, res) => json(res, 401, { status: 'error', error: { code: 'UnauthorizedException', message: 'Invalid API Key' } });
    const u = await rejection(client().me());
    expect([u.code, u.transient]).toEqual(['UNAUTHORIZED', false]);

    handler = (_req, _b, res) =>
      json(res, 429, { status: 'error', error: { code: 'ThrottlerException', message: 'Too many requests' } }, { 'X-RateLimit-Remaining-Default': '0', 'X-RateLimit-Reset-Default': '17' });
    let penalized: number | null = null;
    const t = await rejection(client({ onRateLimited: async (err) => void (penalized = err.rateLimit.resetMs) }).getEventType(7));
    expect([t.status, t.code, t.transient, t.rateLimit]).toEqual([429, 'ThrottlerException', true, { remaining: 0, resetMs: 17_000 }]);
    expect(penalized).toBe(17_000);
  });

  it('no answer in time → transient TIMEOUT', async () => {
    handler = () => {}; // never answers
    const start = Date.now();
    const e = await rejection(client({ timeoutMs: 200 }).getEventType(7));
    expect([e.code, e.status, e.transient]).toEqual(['TIMEOUT', null, true]);
    expect(Date.now() - start).toBeLessThan(2000);
  });

  it('connection reset → transient NETWORK', async () => {
    handler = (req) => req.socket.destroy();
    const e = await rejection(client().getEventType(7));
    expect([e.code, e.status, e.transient]).toEqual(['NETWORK', null, true]);
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const refused = await rejection(createCalcomClient({ baseUrl: `http://127.0.0.1:${port}/v2`, apiKey: 'k' }).me());
    expect(refused.code).toBe('NETWORK');
    expect(refused.message).toMatch(/ECONNREFUSED/);
  });

  it('a 200 that is not the JSON envelope → BAD_RESPONSE', async () => {
    handler = (_req, _b, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'X-Request-Id': 'rid-html' });
      res.end('<html>maintenance</html>');
    };
    const e = await rejection(client().getEventType(7));
    expect([e.code, e.status, e.requestId, e.transient]).toEqual(['BAD_RESPONSE', 200, 'rid-html', true]);
    handler = (_req, _b, res) => json(res, 200, { hello: 1 });
    expect((await rejection(client().getEventType(7))).code).toBe('BAD_RESPONSE');
  });
});
