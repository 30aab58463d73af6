/**
 * Security over real HTTP: tenant isolation (every /api route, a manager of company B with company A's
 * ids), sessions (missing, expired, logged out), the cookie session (HttpOnly, SameSite, CSRF),
 * password storage and login throttling, secrets at rest / in answers / in logs, security headers.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, startHarness, type Harness } from './harness.js';

let h: Harness;
const logLines: string[] = [];
/** Every answer body this file received from calsync (scanned for the API keys at the end). */
const answers: string[] = [];

interface Res {
  status: number;
  headers: Headers;
  body: any;
  text: string;
}

async function req(method: string, p: string, o: { body?: unknown; token?: string | null; cookie?: string; headers?: Record<string, string> } = {}): Promise<Res> {
  const headers: Record<string, string> = { ...(o.headers ?? {}) };
  if (o.body !== undefined) headers['content-type'] = 'application/json';
  const token = o.token === undefined ? h.token : o.token;
  if (token && !o.cookie) headers.authorization = `Bearer ${token}`;
  if (o.cookie) headers.cookie = o.cookie;
  const res = await fetch(h.url + p, { method, headers, body: o.body === undefined ? undefined : typeof o.body === 'string' ? o.body : JSON.stringify(o.body) });
  const text = await res.text();
  answers.push(`${res.headers.get('set-cookie') ?? ''}\n${text}`);
  let body: any = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {}
  return { status: res.status, headers: res.headers, body, text };
}

const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');
const sign = (secret: string, raw: string) => crypto.createHmac('sha256', secret).update(raw).digest('hex');

/** Every calsync table in the public schema (bookkeeping excluded), rows as sorted JSON text. */
async function dump(): Promise<Record<string, string[]>> {
  const tables = await h.app.db.query<{ t: string }>(
    "SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('sessions', 'rate_limits') ORDER BY 1",
  );
  const out: Record<string, string[]> = {};
  for (const { t } of tables) out[t] = (await h.app.db.query<{ r: string }>(`SELECT to_jsonb(x)::text AS r FROM "${t}" x`)).map((r) => r.r).sort();
  return out;
}
/** Cal.com writes (anything but GET) the simulator has answered. */
const simWrites = async () => ((await h.simApi('GET', '/_sim/calls')).body.data as { method: string }[]).filter((c) => c.method !== 'GET').length;

async function login(email: string, password: string) {
  const r = await req('POST', '/api/auth/login', { body: { email, password }, token: null });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r;
}

interface Co {
  id: string;
  apiKey: string;
  secret: string;
}
async function company(name: string): Promise<Co> {
  const apiKey = `cal_live_${crypto.randomBytes(12).toString('hex')}`;
  const r = await req('POST', '/api/companies', { body: { name, calcomApiKey: apiKey } });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return { id: r.body.id, apiKey, secret: r.body.webhookSecret };
}
async function syncedService(companyId: string, name: string) {
  const r = await req('POST', '/api/services', { body: { companyId, name, durationMinutes: 30 } });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return h.waitFor(async () => {
    const s = (await req('GET', `/api/services/${r.body.id}`)).body;
    return s.syncStatus === 'synced' ? (s as { id: string; calcomEventTypeId: number }) : null;
  }, `${name} synced`);
}
function booking(uid: string, eventTypeId: number) {
  return {
    triggerEvent: 'BOOKING_CREATED',
    createdAt: new Date().toISOString(),
    payload: {
      uid,
      bookingId: 1,
      eventTypeId,
      title: 'Cut',
      startTime: new Date(Date.now() + 86_400_000).toISOString(),
      endTime: new Date(Date.now() + 86_400_000 + 1_800_000).toISOString(),
      attendees: [{ name: 'Alex', email: 'alex@example.com', timeZone: 'Europe/Berlin' }],
      status: 'ACCEPTED',
    },
  };
}
async function deliver(c: Co, body: unknown, secret = c.secret) {
  const raw = JSON.stringify(body);
  const res = await fetch(`${h.url}/webhooks/calcom/${c.id}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-cal-signature-256': sign(secret, raw) }, body: raw });
  const text = await res.text();
  answers.push(text);
  return { status: res.status, body: JSON.parse(text) };
}

// The world: company A (branch, synced service, a processed delivery and its appointment) and company B with its manager.
let A: Co;
let B: Co;
let branchA: string;
let serviceA: { id: string; calcomEventTypeId: number };
let serviceB: { id: string; calcomEventTypeId: number };
let deliveryA: string;
let managerB: { email: string; password: string; token: string };

beforeAll(async () => {
  const logStream = new Writable({
    write(chunk, _enc, cb) {
      logLines.push(String(chunk));
      cb();
    },
  });
  h = await startHarness({}, { logStream });
  A = await company('Salon A');
  B = await company('Salon B');
  branchA = (await req('POST', `/api/companies/${A.id}/branches`, { body: { name: 'Mitte' } })).body.id;
  serviceA = await syncedService(A.id, 'Cut A');
  serviceB = await syncedService(B.id, 'Cut B');
  const d = await deliver(A, booking(`uid-${crypto.randomUUID()}`, serviceA.calcomEventTypeId));
  expect(d.status).toBe(200);
  deliveryA = d.body.id;
  await h.waitFor(async () => (await req('GET', `/api/webhook-deliveries/${deliveryA}`)).body.status === 'processed', 'delivery processed');
  managerB = { email: 'manager-b@test.local', password: 'manager-b-password', token: '' };
  const u = await req('POST', '/api/users', { body: { email: managerB.email, password: managerB.password, role: 'manager', companyId: B.id } });
  expect(u.status, JSON.stringify(u.body)).toBe(201);
  managerB.token = (await login(managerB.email, managerB.password)).body.token;
});
afterAll(async () => {
  await h?.close();
});

/** Every /api route as the route files declare it (`METHOD /path`), so a new route cannot slip past the matrix. */
function declaredRoutes(): string[] {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/http');
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) files.push(path.join(d, e.name));
    }
  };
  walk(root);
  const out = new Set<string>();
  for (const f of files) {
    const src = fs.readFileSync(f, 'utf8');
    for (const m of src.matchAll(/\.(get|post|put|patch|delete)\(\s*['"`](\/api\/[^'"`]*)['"`]/g)) out.add(`${m[1].toUpperCase()} ${m[2]}`);
  }
  return [...out].sort();
}

/** A route's path with company A's ids in place of `:id`. */
function withIdsOfA(route: string): { method: string; path: string } {
  const [method, p] = route.split(' ');
  const id = p.startsWith('/api/services/') ? serviceA.id : p.startsWith('/api/webhook-deliveries/') ? deliveryA : A.id;
  return { method, path: p.replace(':id', id) };
}

describe('tenant isolation: a manager of company B with company A ids', () => {
  // Each route that takes a company's id (in the path, query or body): 404 (403 where it is a role matter).
  const matrix = (): { route: string; path: string; body?: unknown; status: number }[] => [
    { route: 'GET /api/services', path: `/api/services?companyId=${A.id}`, status: 404 },
    { route: 'POST /api/services', path: '/api/services', body: { companyId: A.id, name: 'Intruder', durationMinutes: 30 }, status: 404 },
    { route: 'GET /api/services/:id', path: `/api/services/${serviceA.id}`, status: 404 },
    { route: 'PATCH /api/services/:id', path: `/api/services/${serviceA.id}`, body: { name: 'Hijacked' }, status: 404 },
    { route: 'POST /api/services/:id/sync', path: `/api/services/${serviceA.id}/sync`, body: {}, status: 404 },
    { route: 'POST /api/services/:id/reset-sync', path: `/api/services/${serviceA.id}/reset-sync`, body: {}, status: 404 },
    { route: 'POST /api/services/:id/reload', path: `/api/services/${serviceA.id}/reload`, body: { confirm: true }, status: 404 },
    { route: 'GET /api/services/:id/history', path: `/api/services/${serviceA.id}/history`, status: 404 },
    { route: 'POST /api/companies', path: '/api/companies', body: { name: 'Mine now', calcomApiKey: 'cal_x' }, status: 403 },
    { route: 'GET /api/companies/:id', path: `/api/companies/${A.id}`, status: 404 },
    { route: 'PATCH /api/companies/:id', path: `/api/companies/${A.id}`, body: { name: 'Hijacked' }, status: 404 },
    { route: 'PATCH /api/companies/:id', path: `/api/companies/${A.id}`, body: { calcomApiKey: 'cal_attacker' }, status: 404 },
    { route: 'POST /api/companies/:id/test-connection', path: `/api/companies/${A.id}/test-connection`, body: {}, status: 404 },
    { route: 'POST /api/companies/:id/branches', path: `/api/companies/${A.id}/branches`, body: { name: 'Intruder' }, status: 404 },
    { route: 'GET /api/companies/:id/branches', path: `/api/companies/${A.id}/branches`, status: 404 },
    { route: 'GET /api/companies/:id/bookable-services', path: `/api/companies/${A.id}/bookable-services?channel=phone`, status: 404 },
    { route: 'GET /api/companies/:id/policies', path: `/api/companies/${A.id}/policies`, status: 404 },
    { route: 'PUT /api/companies/:id/policies', path: `/api/companies/${A.id}/policies`, body: { name: 'calcom_wins' }, status: 404 },
    { route: 'GET /api/companies/:id/sync-overview', path: `/api/companies/${A.id}/sync-overview`, status: 404 },
    { route: 'GET /api/companies/:id/history', path: `/api/companies/${A.id}/history`, status: 404 },
    { route: 'POST /api/companies/:id/register-webhook', path: `/api/companies/${A.id}/register-webhook`, body: { force: true }, status: 404 },
    { route: 'GET /api/companies/:id/webhook-status', path: `/api/companies/${A.id}/webhook-status`, status: 404 },
    { route: 'POST /api/companies/:id/poll-bookings', path: `/api/companies/${A.id}/poll-bookings`, body: {}, status: 404 },
    { route: 'GET /api/divergences', path: `/api/divergences?companyId=${A.id}`, status: 404 },
    { route: 'POST /api/reconcile', path: '/api/reconcile', body: { companyId: A.id }, status: 404 },
    { route: 'POST /api/reconcile', path: '/api/reconcile', body: { companyId: A.id, force: true }, status: 404 },
    { route: 'GET /api/appointments', path: `/api/appointments?companyId=${A.id}`, status: 404 },
    { route: 'GET /api/webhook-deliveries', path: `/api/webhook-deliveries?companyId=${A.id}`, status: 404 },
    { route: 'GET /api/webhook-deliveries/:id', path: `/api/webhook-deliveries/${deliveryA}`, status: 404 },
    { route: 'POST /api/webhook-deliveries/:id/replay', path: `/api/webhook-deliveries/${deliveryA}/replay`, body: {}, status: 404 },
    { route: 'POST /api/users', path: '/api/users', body: { email: 'spy@test.local', password: 'spy-password-1', role: 'manager', companyId: A.id }, status: 403 },
    { route: 'POST /api/users', path: '/api/users', body: { email: 'spy2@test.local', password: 'spy-password-1', role: 'admin' }, status: 403 },
    // Company A's branch used from company B's own service: refused as a bad branch, nothing written.
    { route: 'PATCH /api/services/:id', path: `/api/services/${serviceB.id}`, body: { branchId: branchA }, status: 400 },
    { route: 'POST /api/services', path: '/api/services', body: { companyId: B.id, branchId: branchA, name: 'Sneaky', durationMinutes: 30 }, status: 400 },
  ];
  /** Routes without another company's id: they must show only B's own data (checked below). */
  const ownScopeOnly = ['GET /api/companies', 'GET /api/auth/me', 'POST /api/auth/logout', 'POST /api/auth/login', 'GET /api/openapi.json'];

  it('covers every declared /api route', () => {
    const covered = new Set([...matrix().map((m) => m.route), ...ownScopeOnly]);
    const missing = declaredRoutes().filter((r) => !covered.has(r));
    expect(missing, 'routes missing from the isolation matrix').toEqual([]);
  });

  it('answers 404 (403 for role matters), changes no table and sends nothing to Cal.com', async () => {
    const before = await dump();
    const writesBefore = await simWrites();
    const failures: string[] = [];
    for (const m of matrix()) {
      const method = m.route.split(' ')[0];
      const r = await req(method, m.path, { body: m.body, token: managerB.token });
      if (r.status !== m.status) failures.push(`${method} ${m.path} ${JSON.stringify(m.body ?? '')}: ${r.status} ${r.text.slice(0, 200)}`);
      else expect(r.body.error, `${method} ${m.path}`).toMatchObject({ code: expect.any(String), message: expect.any(String) });
      // Nothing about A leaks into the refusal.
      expect(r.text).not.toContain('Cut A');
      expect(r.text).not.toContain(A.secret);
    }
    expect(failures).toEqual([]);
    // Give anything a refused call might have queued the chance to run, then compare.
    await new Promise((r) => setTimeout(r, 500));
    expect(await dump()).toEqual(before);
    expect(await simWrites()).toBe(writesBefore);
  });

  it('lists show only the manager’s own company', async () => {
    const companies = await req('GET', '/api/companies', { token: managerB.token });
    expect(companies.status).toBe(200);
    expect(companies.body.data.map((c: any) => c.id)).toEqual([B.id]);
    const services = await req('GET', '/api/services', { token: managerB.token });
    expect(services.body.data.map((s: any) => s.companyId)).toEqual([B.id]);
    for (const p of ['/api/appointments', '/api/webhook-deliveries']) {
      const r = await req('GET', p, { token: managerB.token });
      expect(r.status).toBe(200);
      expect(r.body.data.every((x: any) => x.companyId === B.id), p).toBe(true);
    }
    const div = await req('GET', '/api/divergences', { token: managerB.token });
    expect(div.status).toBe(200);
    const me = await req('GET', '/api/auth/me', { token: managerB.token });
    expect(me.body.user).toMatchObject({ email: managerB.email, role: 'manager', companyId: B.id });
    const check = await req('POST', '/api/reconcile', { body: { checkOnly: true }, token: managerB.token });
    expect(check.status).toBe(200);
    expect(check.body.plan.companies.map((c: any) => c.companyId)).toEqual([B.id]);
  });
});

describe('sessions', () => {
  const paths = () => declaredRoutes().filter((r) => r !== 'POST /api/auth/login' && r !== 'GET /api/openapi.json').map(withIdsOfA);

  it('every /api route refuses a missing, a forged and an expired session with 401', async () => {
    const { token: expired } = (await login(ADMIN.email, ADMIN.password)).body;
    await h.app.db.query("UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE token_hash = $1", [sha256(expired)]);
    const before = await dump();
    const failures: string[] = [];
    for (const r of paths()) {
      const body = r.method === 'GET' ? undefined : {};
      for (const [label, token] of [['missing', null], ['forged', 'x'.repeat(43)], ['expired', expired]] as const) {
        const res = await req(r.method, r.path, { body, token });
        if (res.status !== 401 || res.body?.error?.code !== 'unauthenticated') failures.push(`${label}: ${r.method} ${r.path} → ${res.status}`);
      }
      // An expired session sent as the cookie is refused too.
      const viaCookie = await req(r.method, r.path, { body, cookie: `calsync_session=${expired}`, headers: { 'x-calsync-csrf': '1' } });
      if (viaCookie.status !== 401) failures.push(`expired cookie: ${r.method} ${r.path} → ${viaCookie.status}`);
    }
    expect(failures).toEqual([]);
    expect(await dump()).toEqual(before);
  });

  it('paths that only look different do not skip the session check', async () => {
    for (const p of ['/%61pi/services', '/API/services', '/api//services', '/api/./services', '/api/services/../companies', `/api%2Fservices`, '/api/auth/login/../../services']) {
      const r = await req('GET', p, { token: null });
      // Outside /api the web app's page may answer (HTML, no data); an API answer needs a session.
      if (r.status === 200) expect(r.headers.get('content-type'), p).toMatch(/^text\/html/);
      else expect([400, 401, 404], p).toContain(r.status);
      expect(r.text, p).not.toContain('Cut A');
    }
  });

  it('logout invalidates the token', async () => {
    const { token } = (await login(ADMIN.email, ADMIN.password)).body;
    expect((await req('GET', '/api/auth/me', { token })).status).toBe(200);
    expect((await req('POST', '/api/auth/logout', { token, body: {} })).status).toBe(200);
    expect((await req('GET', '/api/auth/me', { token })).status).toBe(401);
    expect(await h.app.db.query('SELECT 1 FROM sessions WHERE token_hash = $1', [sha256(token)])).toEqual([]);
  });
});

describe('the cookie session', () => {
  it('is HttpOnly and SameSite=Strict, and a non-GET without X-Calsync-CSRF is refused and changes nothing', async () => {
    const r = await login(managerB.email, managerB.password);
    const setCookie = r.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^calsync_session=/);
    expect(setCookie).toMatch(/;\s*HttpOnly/i);
    expect(setCookie).toMatch(/;\s*SameSite=Strict/i);
    expect(setCookie).toMatch(/;\s*Path=\//i);
    const cookie = `calsync_session=${r.body.token}`;
    expect((await req('GET', `/api/services/${serviceB.id}`, { cookie })).status).toBe(200);

    const before = await dump();
    const writes = await simWrites();
    for (const [method, p, body] of [
      ['PATCH', `/api/services/${serviceB.id}`, { name: 'CSRF' }],
      ['POST', '/api/services', { companyId: B.id, name: 'CSRF', durationMinutes: 30 }],
      ['POST', `/api/services/${serviceB.id}/sync`, {}],
      ['PUT', `/api/companies/${B.id}/policies`, { name: 'flag_only' }],
      ['POST', '/api/reconcile', { companyId: B.id }],
      ['POST', '/api/auth/logout', {}],
    ] as const) {
      for (const csrf of [undefined, '0', 'true']) {
        const res = await req(method, p, { body, cookie, headers: csrf === undefined ? {} : { 'x-calsync-csrf': csrf } });
        expect(res.status, `${method} ${p} csrf=${csrf}`).toBe(403);
        expect(res.body.error.code).toBe('forbidden');
      }
    }
    expect(await dump()).toEqual(before);
    expect(await simWrites()).toBe(writes);
    // The session survived the refused logout; with the header the same request works.
    const ok = await req('PATCH', `/api/services/${serviceB.id}`, { body: { description: 'with the header' }, cookie, headers: { 'x-calsync-csrf': '1' } });
    expect(ok.status).toBe(200);
    expect(ok.body.description).toBe('with the header');
  });
});

describe('passwords', () => {
  it('are stored as scrypt hashes, never as themselves', async () => {
    const rows = await h.app.db.query<{ email: string; password_hash: string }>('SELECT email, password_hash FROM users');
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const r of rows) {
      expect(r.password_hash).toMatch(/^scrypt\$[A-Za-z0-9_-]+\$[A-Za-z0-9_-]{40,}$/);
      expect(r.password_hash).not.toContain(ADMIN.password);
      expect(r.password_hash).not.toContain(managerB.password);
    }
    // Two users with the same password get different hashes (salted).
    await req('POST', '/api/users', { body: { email: 'twin1@test.local', password: 'same-password-1', role: 'manager', companyId: B.id } });
    await req('POST', '/api/users', { body: { email: 'twin2@test.local', password: 'same-password-1', role: 'manager', companyId: B.id } });
    const twins = await h.app.db.query<{ password_hash: string }>("SELECT password_hash FROM users WHERE email LIKE 'twin%'");
    expect(twins).toHaveLength(2);
    expect(twins[0].password_hash).not.toBe(twins[1].password_hash);
    // No answer carries a hash.
    const me = await req('GET', '/api/auth/me');
    expect(me.text).not.toContain('scrypt$');
  });

  it('login is throttled: after 10 failures the 11th attempt is refused even with the right password', async () => {
    const email = 'throttled@test.local';
    const password = 'throttled-password';
    expect((await req('POST', '/api/users', { body: { email, password, role: 'manager', companyId: B.id } })).status).toBe(201);
    for (let i = 0; i < 10; i++) {
      const r = await req('POST', '/api/auth/login', { body: { email, password: `wrong-${i}` }, token: null });
      expect(r.status).toBe(401);
      expect(r.headers.get('set-cookie')).toBeNull();
    }
    const sessions = (await h.app.db.query<{ n: number }>('SELECT count(*)::int AS n FROM sessions'))[0].n;
    const right = await req('POST', '/api/auth/login', { body: { email, password }, token: null });
    expect(right.status).toBe(429);
    expect(right.body.error.code).toBe('rate_limited');
    expect(right.body.token).toBeUndefined();
    expect(right.headers.get('set-cookie')).toBeNull();
    // The email's case does not reset the count.
    expect((await req('POST', '/api/auth/login', { body: { email: email.toUpperCase(), password }, token: null })).status).toBe(429);
    expect((await h.app.db.query<{ n: number }>('SELECT count(*)::int AS n FROM sessions'))[0].n).toBe(sessions);
    // Another account is not locked out by it.
    expect((await req('POST', '/api/auth/login', { body: { email: managerB.email, password: managerB.password }, token: null })).status).toBe(200);
  });
});

describe('secrets', () => {
  it('API keys and webhook secrets are encrypted at rest, never answered, never logged', async () => {
    // A representative flow on a third company: services, pushes, an edit, reconcile, a delivery, errors.
    const C = await company('Salon C');
    const s = await syncedService(C.id, 'Colour');
    expect((await req('PATCH', `/api/services/${s.id}`, { body: { durationMinutes: 45 } })).status).toBe(200);
    await h.waitFor(async () => (await req('GET', `/api/services/${s.id}`)).body.syncStatus === 'synced', 'edit pushed');
    expect((await req('POST', '/api/reconcile', { body: { companyId: C.id } })).status).toBe(200);
    expect((await req('POST', `/api/companies/${C.id}/test-connection`, { body: {} })).status).toBe(200);
    expect((await req('POST', `/api/companies/${C.id}/register-webhook`, { body: {} })).status).toBeLessThan(300);
    expect((await deliver(C, booking(`uid-${crypto.randomUUID()}`, s.calcomEventTypeId))).status).toBe(200);
    expect((await deliver(C, booking('forged', 1), 'not-the-secret')).status).toBe(401);
    expect((await req('POST', '/api/services', { body: { companyId: C.id, name: '', durationMinutes: -1 } })).status).toBe(400);
    expect((await req('GET', `/api/services/${crypto.randomUUID()}`)).status).toBe(404);
    // A key Cal.com refuses: the connection breaks, the push fails; a key change is rechecked.
    await h.simApi('POST', '/_sim/keys/revoke', { apiKey: C.apiKey });
    expect((await req('PATCH', `/api/services/${s.id}`, { body: { durationMinutes: 50 } })).status).toBe(200);
    await h.waitFor(async () => (await req('GET', `/api/companies/${C.id}`)).body.calcom.connection === 'broken', 'push refused, connection broken');
    expect((await req('POST', '/api/reconcile', { body: { companyId: C.id } })).status).toBe(200);
    const replacement = `cal_live_${crypto.randomBytes(12).toString('hex')}`;
    expect((await req('PATCH', `/api/companies/${C.id}`, { body: { calcomApiKey: replacement } })).status).toBe(200);
    await h.simApi('POST', '/_sim/keys/restore', { apiKey: C.apiKey });
    await h.waitFor(async () => (await req('GET', '/api/webhook-deliveries')).body.data.every((d: any) => d.status !== 'received'), 'deliveries processed');

    const keys = [A.apiKey, B.apiKey, C.apiKey, replacement];
    const secrets = [A.secret, B.secret, C.secret];

    // At rest: no raw column of any calsync table (or the queue's jobs) holds a key or a secret.
    const all = JSON.stringify(await dump()) + JSON.stringify(await h.app.db.query('SELECT data FROM pgboss.job'));
    for (const k of [...keys, ...secrets]) expect(all).not.toContain(k);
    const raw = await h.app.db.query<{ calcom_api_key_enc: string; webhook_secret_enc: string }>('SELECT calcom_api_key_enc, webhook_secret_enc FROM companies');
    for (const r of raw) {
      expect(r.calcom_api_key_enc).toMatch(/^v1\./);
      expect(r.webhook_secret_enc).toMatch(/^v1\./);
    }

    // In answers: never the API key (the webhook secret is shown to the company's own users by design).
    expect(answers.length).toBeGreaterThan(100);
    const hits = answers.filter((a) => keys.some((k) => a.includes(k)));
    expect(hits).toEqual([]);

    // In logs: neither (captured at debug level through the product's own logger).
    expect(logLines.length).toBeGreaterThan(50);
    expect(logLines.join('').includes('"cal.com call"')).toBe(true);
    const logHits = logLines.filter((l) => [...keys, ...secrets].some((k) => l.includes(k)));
    expect(logHits).toEqual([]);

    // Every line carries a request id: the HTTP request's, `job:<id>` inside a queue job, `process` elsewhere.
    const entries = logLines.flatMap((l) => l.split('\n').filter(Boolean)).map((l) => JSON.parse(l));
    expect(entries.filter((e) => typeof e.reqId !== 'string' || e.reqId === '')).toEqual([]);
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    expect(entries.some((e) => e.msg === 'request' && uuid.test(e.reqId))).toBe(true);
    const jobCalls = entries.filter((e) => e.msg === 'cal.com call' && /^job:/.test(e.reqId));
    expect(jobCalls.length).toBeGreaterThan(0);
    expect(jobCalls.every((e) => typeof e.queue === 'string')).toBe(true);
  });
});

describe('security headers', () => {
  it('are set on API, webhook, error and web responses', async () => {
    const responses = [
      await req('GET', '/api/companies'),
      await req('GET', '/api/companies', { token: null }),
      await req('GET', '/api/openapi.json', { token: null }),
      await req('POST', `/webhooks/calcom/${A.id}`, { body: {}, token: null }),
      await req('GET', '/healthz', { token: null }),
      await req('GET', '/', { token: null }),
      await req('GET', '/services/some/page', { token: null }),
    ];
    for (const r of responses) {
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('x-frame-options')).toBe('DENY');
      expect(r.headers.get('referrer-policy')).toBe('no-referrer');
      expect(r.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
      expect(r.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    }
  });
});
