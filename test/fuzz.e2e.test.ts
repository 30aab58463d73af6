/**
 * Property-based fuzzing (fast-check) of every write route and the webhook endpoint, over real HTTP.
 * Properties: never a 5xx; a 4xx answers `{error: {code, message}}` and writes nothing (row counts of
 * every calsync table unchanged); hostile strings that are stored come back exactly as sent.
 *
 * Decision: text fields refuse NUL (PostgreSQL text cannot hold it), lone UTF-16 surrogates (they
 * cannot be stored as UTF-8 without being changed) and a leading U+FEFF (embedded PGlite drops it on
 * read) with a 400 naming the field; everything else
 * (SQL, HTML/script, control characters, emoji, RTL marks, …) is stored and returned byte for byte.
 * `name` fields are trimmed of surrounding whitespace.
 *
 * FUZZ_RUNS sets the runs per property (small by default for `npm test`; the soak runs it longer).
 */
import crypto from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.js';

const RUNS = Math.max(1, Number(process.env.FUZZ_RUNS ?? 12));
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const opts = { numRuns: RUNS, ...(SEED !== undefined ? { seed: SEED } : {}), endOnFailure: true } as const;

let h: Harness;
let companyId: string;
let companySecret: string;
let serviceId: string;
let linkedServiceId: string;
let tables: string[];

interface Res {
  status: number;
  body: any;
  text: string;
}

async function send(method: string, p: string, body?: string | Uint8Array, headers: Record<string, string> = {}, token: string | null = h.token): Promise<Res> {
  const res = await fetch(h.url + p, {
    method,
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: body as BodyInit | undefined,
  });
  const text = await res.text();
  let parsed: any = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {}
  return { status: res.status, body: parsed, text };
}
const sendJson = (method: string, p: string, value: unknown, token?: string | null) => send(method, p, JSON.stringify(value) ?? 'null', {}, token);

async function counts(): Promise<Record<string, number>> {
  const [row] = await h.app.db.query<Record<string, number>>(`SELECT ${tables.map((t) => `(SELECT count(*)::int FROM "${t}") AS "${t}"`).join(', ')}`);
  return row;
}

/** The properties every answer must hold; returns the answer for more checks. */
async function checked(what: string, before: Record<string, number>, r: Res): Promise<Res> {
  expect(r.status, `${what} → ${r.status} ${r.text.slice(0, 300)}`).toBeLessThan(500);
  if (r.status >= 400) {
    expect(r.body?.error, `${what}: error body ${r.text.slice(0, 300)}`).toMatchObject({ code: expect.any(String), message: expect.any(String) });
    expect(await counts(), `${what}: a ${r.status} wrote something`).toEqual(before);
  }
  return r;
}

// ---- arbitraries ---------------------------------------------------------------------------

const HOSTILE = [
  "'; DROP TABLE services;--",
  "Robert'); DELETE FROM companies; --",
  '" OR "1"="1',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '&lt;b&gt;&amp;',
  '\u202Eevil\u202C',
  '\u200F\u05E9\u05DC\u05D5\u05DD',
  '🧔🏽‍♂️ Bart & 💇‍♀️',
  'Ｓｃｈöｎ ß ǅ',
  '\u0007\u001b[31mred\u001b[0m\b\f\v',
  '\r\nSet-Cookie: x=1',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '\uFEFF\u2028\u2029',
  '%00%ff',
  '${process.exit()}{{7*7}}',
  '../../etc/passwd',
  '\\',
  '   ',
  '',
  'x'.repeat(200),
  'x'.repeat(201),
  '🙂'.repeat(101),
  'y'.repeat(70_000),
];
const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6000 }) },
);
/** Nested arrays/objects, up to thousands deep. */
const deep = fc.tuple(fc.integer({ min: 1, max: 3000 }), fc.boolean()).map(([n, arr]) => {
  let v: unknown = 'bottom';
  for (let i = 0; i < n; i++) v = arr ? [v] : { a: v };
  return v;
});
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 1.5, 1e308, -1e308, 2 ** 31, 2 ** 53, 0.001, 1440, 1441) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.dictionary(hostileString, hostileString, { maxKeys: 4 }) },
  { weight: 1, arbitrary: deep },
);
/** An object with (some of) the route's fields set to anything, plus strangers. */
const objectOf = (keys: string[], fixed: Record<string, unknown> = {}) =>
  fc
    .tuple(
      fc.record(Object.fromEntries(keys.map((k) => [k, anyValue])), { requiredKeys: [] }),
      fc.dictionary(fc.oneof(hostileString, fc.constantFrom('__proto__', 'constructor', 'prototype')), anyValue, { maxKeys: 2 }),
      fc.boolean(),
      fc.boolean(),
    )
    .map(([known, extra, withExtra, withFixed]) => ({ ...(withFixed ? fixed : {}), ...known, ...(withExtra ? extra : {}) }));
/** A body: JSON of an object of the route's fields, of anything at all, or raw bytes (invalid UTF-8, truncated JSON, deep nesting). */
const rawBodies = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }),
  fc.constantFrom(
    '',
    '{',
    '{"name": "\xff"}',
    '[]',
    'null',
    '"text"',
    '1e999',
    '{"__proto__": {"isAdmin": true}}',
    '{"name": "a", "name": "b"}',
    '['.repeat(100_000) + ']'.repeat(100_000),
    '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000),
  ).map((s) => new TextEncoder().encode(s)),
  fc.tuple(fc.constantFrom('name', 'description', 'email', 'companyId'), fc.uint8Array({ minLength: 1, maxLength: 40 })).map(([k, bytes]) => {
    // Invalid UTF-8 inside a JSON string.
    const head = new TextEncoder().encode(`{"${k}": "`);
    const tail = new TextEncoder().encode('", "durationMinutes": 30}');
    const out = new Uint8Array(head.length + bytes.length + 2 + tail.length);
    out.set(head);
    out.set(bytes, head.length);
    out.set([0xc3, 0x28], head.length + bytes.length);
    out.set(tail, head.length + bytes.length + 2);
    return out;
  }),
);
const bodyFor = (keys: string[], fixed: Record<string, unknown> = {}) =>
  fc.oneof(
    { weight: 6, arbitrary: objectOf(keys, fixed).map((o) => JSON.stringify(o)) },
    { weight: 1, arbitrary: anyValue.map((v) => JSON.stringify(v) ?? 'null') },
    { weight: 2, arbitrary: rawBodies },
  );
/** A path id: a real one, a random uuid, or garbage (encoded into the path). */
const idOr = (real: () => string) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: hostileString.filter((s) => s.length > 0 && s.length < 300).map(encodePath) },
    // Sent as they are: malformed or invalid-UTF-8 escapes, dot segments.
    { weight: 1, arbitrary: fc.constantFrom('%zz', '%ff%fe', '%ED%A0%80', '%00', '..', '%2e%2e', '%2F', 'a%2Fb') },
  ).map((v) => (v === null ? real() : v));
/** Percent-encodes a path segment; a lone surrogate becomes the (invalid UTF-8) bytes of its code unit. */
function encodePath(s: string): string {
  return Array.from(s)
    .map((ch) => {
      try {
        return encodeURIComponent(ch);
      } catch {
        const c = ch.charCodeAt(0);
        return [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
      }
    })
    .join('');
}

const SERVICE_KEYS = [
  'companyId', 'branchId', 'name', 'slug', 'description', 'durationMinutes', 'price', 'currency', 'isActive', 'isOnline', 'bufferTimeMinutes',
  'beforeEventBuffer', 'minimumBookingNotice', 'requiresConfirmation', 'disableGuests', 'scheduleId', 'locations', 'metadata', 'bookingFields',
  'calcomName', 'assignmentMethod', 'assignmentConfidence', 'minStaffRequired', 'composite', 'segments', 'calcomEventTypeId',
];

const hasBadText = (s: string) => /\u0000/.test(s) || s.startsWith('\uFEFF') || /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

beforeAll(async () => {
  // No worker: nothing changes the database behind a request's back, so row counts are exact.
  h = await startHarness({}, { worker: false });
  const apiKey = `cal_fuzz_${crypto.randomBytes(8).toString('hex')}`;
  const c = await h.api('POST', '/api/companies', { name: 'Fuzz Salon', calcomApiKey: apiKey });
  companyId = c.body.id;
  companySecret = c.body.webhookSecret;
  serviceId = (await h.api('POST', '/api/services', { companyId, name: 'Fuzz target', durationMinutes: 30 })).body.id;
  const et = await h.simApi('POST', '/_sim/event-types', { apiKey, slug: 'fuzz-linked', title: 'Fuzz linked', lengthInMinutes: 30 });
  linkedServiceId = (await h.api('POST', '/api/services', { companyId, name: 'Fuzz linked', durationMinutes: 30, calcomEventTypeId: et.body.data.id })).body.id;
  tables = (
    await h.app.db.query<{ t: string }>(
      "SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('sessions', 'rate_limits') ORDER BY 1",
    )
  ).map((r) => r.t);
});
afterAll(async () => {
  await h?.close();
});

describe('fuzzing the write routes', () => {
  it('POST /api/services', async () => {
    await fc.assert(
      fc.asyncProperty(bodyFor(SERVICE_KEYS, { companyId: '', name: 'x', durationMinutes: 30 }), async (body) => {
        const before = await counts();
        const b = typeof body === 'string' ? body.replace('"companyId":""', `"companyId":"${companyId}"`) : body;
        await checked(`POST /api/services ${String(b).slice(0, 200)}`, before, await send('POST', '/api/services', b));
      }),
      opts,
    );
  });

  it('hostile names and descriptions are refused with the field named, or stored and returned exactly', async () => {
    await fc.assert(
      fc.asyncProperty(hostileString, hostileString, async (name, description) => {
        const before = await counts();
        const r = await checked('POST hostile service', before, await sendJson('POST', '/api/services', { companyId, name, durationMinutes: 30, description }));
        const nameOk = !hasBadText(name) && name.trim().length >= 1 && name.trim().length <= 200;
        const descOk = !hasBadText(description) && description.length <= 5000;
        if (!nameOk || !descOk) {
          expect(r.status).toBe(400);
          expect(r.body.error.message).toMatch(!nameOk && !descOk ? /name|description/ : nameOk ? /description/ : /name/);
          return;
        }
        expect(r.status, r.text.slice(0, 300)).toBe(201);
        const back = await send('GET', `/api/services/${r.body.id}`);
        expect(back.body.name).toBe(name.trim());
        expect(back.body.description).toBe(description);
        // Patched back to itself through PATCH: still exact.
        const p = await sendJson('PATCH', `/api/services/${r.body.id}`, { description: `${description}!` });
        expect(p.status).toBe(200);
        expect(p.body.description).toBe(`${description}!`);
      }),
      opts,
    );
  });

  it('PATCH /api/services/:id', async () => {
    await fc.assert(
      fc.asyncProperty(idOr(() => serviceId), bodyFor(SERVICE_KEYS.filter((k) => k !== 'companyId')), async (id, body) => {
        const before = await counts();
        await checked(`PATCH /api/services/${id} ${String(body).slice(0, 200)}`, before, await send('PATCH', `/api/services/${id}`, body));
      }),
      opts,
    );
  });

  it('POST /api/companies', async () => {
    await fc.assert(
      fc.asyncProperty(bodyFor(['name', 'calcomApiKey', 'calcomApiUrl'], { name: 'x', calcomApiKey: 'cal_k' }), async (body) => {
        const before = await counts();
        const r = await checked(`POST /api/companies ${String(body).slice(0, 200)}`, before, await send('POST', '/api/companies', body));
        if (r.status === 201) {
          const sent = JSON.parse(typeof body === 'string' ? body : new TextDecoder().decode(body));
          expect((await send('GET', `/api/companies/${r.body.id}`)).body.name).toBe(String(sent.name).trim());
          // The key never comes back — unless another field sent in the same body contains it (a name
          // "xxxxxxxxxxxx" with the key "xxxxxxxxx"): that field is echoed by design and hides nothing.
          const key = String(sent.calcomApiKey).trim();
          const inOtherField = Object.entries(sent).some(([k, v]) => k !== 'calcomApiKey' && typeof v === 'string' && v.includes(key));
          if (key.length > 8 && !inOtherField) expect(r.text).not.toContain(key);
        }
      }),
      opts,
    );
  });

  it('POST /api/companies/:id/branches', async () => {
    await fc.assert(
      fc.asyncProperty(idOr(() => companyId), bodyFor(['name']), async (id, body) => {
        const before = await counts();
        const r = await checked(`POST branches ${id} ${String(body).slice(0, 200)}`, before, await send('POST', `/api/companies/${id}/branches`, body));
        if (r.status === 201) {
          const sent = JSON.parse(typeof body === 'string' ? body : new TextDecoder().decode(body));
          const list = (await send('GET', `/api/companies/${companyId}/branches`)).body.data;
          expect(list.find((b: any) => b.id === r.body.id).name).toBe(String(sent.name).trim());
        }
      }),
      opts,
    );
  });

  it('PUT /api/companies/:id/policies', async () => {
    const fields = ['name', 'slug', 'durationMinutes', 'description', 'locations', 'bookingFields', 'scheduleId'];
    const policy = fc.oneof(fc.constantFrom('platform_wins', 'calcom_wins', 'flag_only'), anyValue);
    const body = fc.oneof(fc.dictionary(fc.oneof(fc.constantFrom(...fields), hostileString), policy, { maxKeys: 4 }).map((o) => JSON.stringify(o)), rawBodies);
    await fc.assert(
      fc.asyncProperty(idOr(() => companyId), body, async (id, b) => {
        const before = await counts();
        await checked(`PUT policies ${id} ${String(b).slice(0, 200)}`, before, await send('PUT', `/api/companies/${id}/policies`, b));
      }),
      opts,
    );
  });

  it('POST /api/reconcile', async () => {
    await fc.assert(
      fc.asyncProperty(bodyFor(['companyId', 'checkOnly', 'force']), fc.boolean(), async (body, ours) => {
        const before = await counts();
        const b = ours ? JSON.stringify({ companyId, checkOnly: true }) : body;
        await checked(`POST /api/reconcile ${String(b).slice(0, 200)}`, before, await send('POST', '/api/reconcile', b));
      }),
      { ...opts, numRuns: Math.max(1, Math.ceil(RUNS / 2)) },
    );
  });

  it('POST /api/services/:id/reload', async () => {
    await fc.assert(
      fc.asyncProperty(idOr(() => linkedServiceId), bodyFor(['fields', 'confirm']), async (id, body) => {
        const before = await counts();
        await checked(`reload ${id} ${String(body).slice(0, 200)}`, before, await send('POST', `/api/services/${id}/reload`, body));
      }),
      { ...opts, numRuns: Math.max(1, Math.ceil(RUNS / 2)) },
    );
  });

  it('POST /api/users', async () => {
    const good = fc.record({
      email: fc.oneof(fc.emailAddress(), hostileString),
      password: fc.oneof(hostileString, fc.string({ minLength: 10, maxLength: 40 })),
      role: fc.constantFrom('admin', 'manager', 'root', ''),
      companyId: fc.constantFrom(companyId, crypto.randomUUID(), 'x'),
    });
    await fc.assert(
      fc.asyncProperty(fc.oneof(good.map((g) => JSON.stringify(g)), bodyFor(['email', 'password', 'role', 'companyId'])), async (body) => {
        const before = await counts();
        const r = await checked(`POST /api/users ${String(body).slice(0, 200)}`, before, await send('POST', '/api/users', body));
        if (r.status === 201) {
          const sent = JSON.parse(body as string);
          expect(r.body.email).toBe(sent.email);
          expect(r.text).not.toContain('scrypt$');
          const login = await sendJson('POST', '/api/auth/login', { email: sent.email, password: sent.password }, null);
          expect(login.status).toBe(200);
        }
      }),
      opts,
    );
  });

  it('POST /api/auth/login', async () => {
    await fc.assert(
      fc.asyncProperty(bodyFor(['email', 'password']), async (body) => {
        const before = await counts();
        const r = await checked(`login ${String(body).slice(0, 200)}`, before, await send('POST', '/api/auth/login', body, {}, null));
        expect(r.status).not.toBe(200);
      }),
      opts,
    );
  });
});

describe('fuzzing the webhook endpoint', () => {
  const sign = (raw: Uint8Array | string) => crypto.createHmac('sha256', companySecret).update(raw).digest('hex');
  const hostileJson = fc.oneof(
    objectOf(['triggerEvent', 'createdAt', 'payload']).map((o) => JSON.stringify(o)),
    fc
      .record({
        triggerEvent: fc.oneof(fc.constantFrom('BOOKING_CREATED', 'BOOKING_CANCELLED', 'EVENT_TYPE.UPDATED', 'MEETING_ENDED'), hostileString),
        createdAt: fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), hostileString),
        payload: objectOf(['uid', 'eventTypeId', 'startTime', 'endTime', 'status', 'attendees', 'title', 'rescheduleUid']),
      })
      .map((o) => JSON.stringify(o)),
    anyValue.map((v) => JSON.stringify(v) ?? 'null'),
  );

  it('random bytes and forged signatures are refused and store nothing', async () => {
    const signature = fc.oneof(
      fc.constant(undefined),
      fc.constant('no-secret-provided'),
      fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 }),
      fc.string({ unit: 'binary-ascii', maxLength: 100 }).filter((s) => /^[\x20-\x7e]*$/.test(s)),
    );
    await fc.assert(
      fc.asyncProperty(idOr(() => companyId), fc.oneof(rawBodies, hostileJson), signature, async (id, body, sig) => {
        const before = await counts();
        const r = await send('POST', `/webhooks/calcom/${id}`, body, sig === undefined ? {} : { 'x-cal-signature-256': sig }, null);
        await checked(`webhook ${id} sig=${sig}`, before, r);
        expect(r.status).toBeGreaterThanOrEqual(400);
        expect(await counts()).toEqual(before);
      }),
      opts,
    );
  });

  it('validly signed hostile JSON is stored exactly or refused with a 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 3, arbitrary: hostileJson }, { weight: 1, arbitrary: rawBodies }), fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded'), async (body, type) => {
        const before = await counts();
        const r = await checked('signed webhook', before, await send('POST', `/webhooks/calcom/${companyId}`, body, { 'content-type': type, 'x-cal-signature-256': sign(body) }, null));
        if (r.status === 200) {
          const d = await send('GET', `/api/webhook-deliveries/${r.body.id}`);
          expect(d.status).toBe(200);
          if (!r.body.duplicate) expect(d.body.body).toBe(typeof body === 'string' ? body : new TextDecoder().decode(body));
        }
      }),
      opts,
    );
  });
});
