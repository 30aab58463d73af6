import { describe, expect, it } from 'vitest';
import { useHarness, type Harness } from './harness.js';

let h: Harness;
useHarness((x) => (h = x));

const svc = async (id: string) => (await h.api('GET', `/api/services/${id}`)).body;
const waitStatus = (id: string, status: string, timeoutMs = 20_000) =>
  h.waitFor(async () => {
    const s = await svc(id);
    return s.syncStatus === status ? s : null;
  }, `service ${id} to be ${status}`, timeoutMs);
const eventType = async (id: number) => {
  const r = await h.simApi('GET', `/_sim/event-types`);
  return r.body.data.find((e: any) => e.id === id);
};
const calls = async (filter: (c: any) => boolean) => (await h.simApi('GET', '/_sim/calls')).body.data.filter(filter);

describe('outbound sync over real HTTP', () => {
  it('creates the event type with the mapped fields and ends synced', async () => {
    const c = await h.company();
    const r = await h.api('POST', '/api/services', {
      companyId: c.id,
      name: 'Premium Hair Cut',
      durationMinutes: 45,
      description: 'Wash, cut, style',
      price: 49.5,
      currency: 'eur',
      bufferTimeMinutes: 10,
      beforeEventBuffer: 5,
      minimumBookingNotice: 120,
      requiresConfirmation: true,
      isOnline: false,
    });
    expect(r.status).toBe(201);
    expect(r.body.syncStatus).toBe('pending');
    expect(r.body.slug).toBe('premium-hair-cut');
    const s = await waitStatus(r.body.id, 'synced');
    expect(s.calcomEventTypeId).toBeGreaterThan(0);
    expect(s.lastCalcomSync).not.toBeNull();
    expect(s.bookable).toEqual({ phone: true, online: false, reasons: ['The service is bookable by phone only (not online).'] });
    const et = await eventType(s.calcomEventTypeId);
    expect(et).toMatchObject({
      title: 'Premium Hair Cut',
      slug: 'premium-hair-cut',
      lengthInMinutes: 45,
      description: 'Wash, cut, style',
      hidden: true,
      afterEventBuffer: 10,
      beforeEventBuffer: 5,
      minimumBookingNotice: 120,
      confirmationPolicy: { type: 'always' },
    });
    // price is never sent (Cal.com v2 cannot take it)
    const posts = await calls((x) => x.method === 'POST' && x.path === '/v2/event-types' && x.keyHash && x.body?.title === 'Premium Hair Cut');
    expect(posts).toHaveLength(1);
    expect(posts[0].body).not.toHaveProperty('price');
    expect(posts[0].apiVersion).toBe('2024-06-14');
    const bookable = await h.api('GET', `/api/companies/${c.id}/bookable-services?channel=phone`);
    expect(bookable.body.data.map((b: any) => b.id)).toEqual([s.id]);
    const online = await h.api('GET', `/api/companies/${c.id}/bookable-services?channel=online`);
    expect(online.body.data).toEqual([]);
  });

  it('linking an existing event type keeps its booking link (slug) unless the person gives one, and pushes the rest', async () => {
    const c = await h.company();
    const mk = async (slug: string) => (await h.simApi('POST', '/_sim/event-types', { apiKey: c.apiKey, title: 'Balayage', slug, lengthInMinutes: 90 })).body;
    const et1 = await mk('balayage-deluxe');
    const a = (await h.api('POST', '/api/services', { companyId: c.id, name: 'Balayage', durationMinutes: 120, calcomEventTypeId: et1.data?.id ?? et1.id })).body;
    const s = await waitStatus(a.id, 'synced');
    expect(s.slug).toBe('balayage-deluxe');
    const held = await eventType(s.calcomEventTypeId);
    expect(held).toMatchObject({ slug: 'balayage-deluxe', title: 'Balayage', lengthInMinutes: 120 });
    const slugEdit = (await h.api('GET', `/api/services/${a.id}/history`)).body.data.find((e: any) => e.action === 'edited' && e.changes?.slug);
    expect(slugEdit.changes.slug).toEqual({ before: 'balayage', after: 'balayage-deluxe' });

    const et2 = await mk('balayage-old');
    const b = (await h.api('POST', '/api/services', { companyId: c.id, name: 'Balayage kurz', slug: 'balayage-kurz', durationMinutes: 60, calcomEventTypeId: et2.data?.id ?? et2.id })).body;
    const t = await waitStatus(b.id, 'synced');
    expect(t.slug).toBe('balayage-kurz');
    expect(await eventType(t.calcomEventTypeId)).toMatchObject({ slug: 'balayage-kurz', title: 'Balayage kurz', lengthInMinutes: 60 });
  });

  it('edit → pending → synced, sending only the changed field', async () => {
    const c = await h.company();
    const created = (await h.api('POST', '/api/services', { companyId: c.id, name: 'Bartpflege', durationMinutes: 30 })).body;
    const s0 = await waitStatus(created.id, 'synced');
    const edited = await h.api('PATCH', `/api/services/${created.id}`, { durationMinutes: 40 });
    expect(edited.status).toBe(200);
    expect(edited.body.syncStatus).toBe('pending');
    expect(edited.body.bookable.phone).toBe(false);
    const s1 = await waitStatus(created.id, 'synced');
    expect(new Date(s1.lastCalcomSync).getTime()).toBeGreaterThanOrEqual(new Date(s0.lastCalcomSync).getTime());
    expect((await eventType(s1.calcomEventTypeId)).lengthInMinutes).toBe(40);
    const patches = await calls((x) => x.method === 'PATCH' && x.path === `/v2/event-types/${s1.calcomEventTypeId}`);
    expect(patches.map((p: any) => p.body)).toEqual([{ lengthInMinutes: 40 }]);
    const history = (await h.api('GET', `/api/services/${created.id}/history`)).body.data;
    expect(history.map((e: any) => e.action)).toEqual(['created', 'push', 'edited', 'push']);
    expect(history[2].changes).toEqual({ durationMinutes: { before: 30, after: 40 } });
    expect(history[3].detail).toMatchObject({ operation: 'update', fields: ['durationMinutes'], httpStatus: 200, outcome: 'synced' });
    expect(history[3].detail.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('20 rapid edits coalesce into at most 2 PATCHes and Cal.com ends with the last values', async () => {
    const c = await h.company();
    const created = (await h.api('POST', '/api/services', { companyId: c.id, name: 'Color', durationMinutes: 60 })).body;
    const s0 = await waitStatus(created.id, 'synced');
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => h.api('PATCH', `/api/services/${created.id}`, { description: `edit ${i}`, durationMinutes: 61 + i })),
    );
    // the server serialises the edits; the last one to commit wins — read what the platform holds now
    const platform = (await svc(created.id)) as any;
    const s = await waitStatus(created.id, 'synced');
    expect(s.description).toBe(platform.description);
    const patches = await calls((x) => x.method === 'PATCH' && x.path === `/v2/event-types/${s0.calcomEventTypeId}`);
    expect(patches.length).toBeGreaterThanOrEqual(1);
    expect(patches.length).toBeLessThanOrEqual(2);
    const et = await eventType(s0.calcomEventTypeId);
    expect(et.description).toBe(s.description);
    expect(et.lengthInMinutes).toBe(s.durationMinutes);
  });

  it('an edit made while a PATCH is in flight still ends with Cal.com holding the latest values', async () => {
    const c = await h.company();
    const created = (await h.api('POST', '/api/services', { companyId: c.id, name: 'Massage', durationMinutes: 60 })).body;
    const s0 = await waitStatus(created.id, 'synced');
    await h.simApi('POST', '/_sim/faults', { method: 'PATCH', path: `^/v2/event-types/${s0.calcomEventTypeId}$`, delayMs: 700, times: 1 });
    await h.api('PATCH', `/api/services/${created.id}`, { name: 'Massage 1' });
    // The slow PATCH has reached Cal.com (the fault took it) and not answered yet: edit now.
    await h.waitFor(async () => (await h.simApi('GET', '/_sim/faults')).body.data.length === 0, 'the first PATCH to be under way');
    await h.api('PATCH', `/api/services/${created.id}`, { name: 'Massage 2' });
    const s = await waitStatus(created.id, 'synced');
    expect(s.name).toBe('Massage 2');
    expect((await eventType(s0.calcomEventTypeId)).title).toBe('Massage 2');
    const patches = await calls((x) => x.method === 'PATCH' && x.path === `/v2/event-types/${s0.calcomEventTypeId}`);
    expect(patches.map((p: any) => p.body.title)).toEqual(['Massage 1', 'Massage 2']);
    // The first PATCH's answer came after the second edit: its push must not have claimed `synced` for it.
    const pushes = (await h.api('GET', `/api/services/${created.id}/history`)).body.data.filter((e: any) => e.action === 'push');
    expect(pushes.map((e: any) => e.detail.outcome)).toEqual(['synced', 'superseded', 'synced']);
    await h.simApi('DELETE', '/_sim/faults');
  });

  it('three 503s then success → synced with no person involved', async () => {
    const c = await h.company();
    await h.simApi('POST', '/_sim/faults', { method: 'POST', path: '^/v2/event-types$', status: 503, times: 3 });
    const created = (await h.api('POST', '/api/services', { companyId: c.id, name: 'Nails', durationMinutes: 50 })).body;
    const s = await waitStatus(created.id, 'synced', 40_000);
    const history = (await h.api('GET', `/api/services/${created.id}/history`)).body.data;
    expect(history.filter((e: any) => e.action === 'push_failed').map((e: any) => e.detail.httpStatus)).toEqual([503, 503, 503]);
    expect(history.at(-1).action).toBe('push');
    // one event type only: the retries looked the slug up before creating again
    const all = (await h.simApi('GET', `/_sim/event-types?username=${c.username}`)).body.data;
    expect(all.filter((e: any) => e.slug === 'nails')).toHaveLength(1);
    expect(s.calcomEventTypeId).toBe(all.find((e: any) => e.slug === 'nails').id);
  });

  it('a create whose answer is lost is looked up by slug, not created twice', async () => {
    const c = await h.company();
    await h.simApi('POST', '/_sim/faults', { method: 'POST', path: '^/v2/event-types$', drop: true, applyBeforeDrop: true, times: 1 });
    const created = (await h.api('POST', '/api/services', { companyId: c.id, name: 'Lost Answer', durationMinutes: 20 })).body;
    const s = await waitStatus(created.id, 'synced', 30_000);
    const all = (await h.simApi('GET', `/_sim/event-types?username=${c.username}`)).body.data;
    expect(all.filter((e: any) => e.slug === 'lost-answer')).toHaveLength(1);
    expect(s.calcomEventTypeId).toBe(all[0].id);
  });

  it('a 400 → error in words, lastCalcomSync unchanged; "Reset sync status" heals it once the cause is gone', async () => {
    const c = await h.company();
    const created = (await h.api('POST', '/api/services', { companyId: c.id, name: 'Waxing', durationMinutes: 30 })).body;
    const s0 = await waitStatus(created.id, 'synced');
    // Someone made an event type in Cal.com that already uses the link we are about to take.
    const other = await h.simApi('POST', '/_sim/event-types', { apiKey: c.apiKey, title: 'Taken', slug: 'taken', lengthInMinutes: 10 });
    expect(other.status).toBe(201);
    await h.api('PATCH', `/api/services/${created.id}`, { slug: 'taken' });
    const failed = await waitStatus(created.id, 'error');
    expect(failed.syncError).toMatch(/slug|link/i);
    expect(failed.syncError).toMatch(/Reset sync status/);
    expect(failed.lastCalcomSync).toBe(s0.lastCalcomSync);
    expect(failed.bookable.phone).toBe(false);
    // the cause goes away: the other event type is renamed in Cal.com
    await h.simApi('PATCH', `/_sim/event-types/${other.body.data?.id ?? other.body.id}`, { slug: 'taken-old' });
    const reset = await h.api('POST', `/api/services/${created.id}/reset-sync`);
    expect(reset.status).toBe(202);
    const healed = await waitStatus(created.id, 'synced');
    expect(healed.syncError).toBeNull();
    expect((await eventType(s0.calcomEventTypeId)).slug).toBe('taken');
    const actions = (await h.api('GET', `/api/services/${created.id}/history`)).body.data.map((e: any) => e.action);
    expect(actions).toContain('reset');
  });

  it('a 401 marks the connection broken and pauses pushes until the key works again', async () => {
    const c = await h.company();
    await h.simApi('POST', '/_sim/keys/revoke', { apiKey: c.apiKey });
    const created = (await h.api('POST', '/api/services', { companyId: c.id, name: 'Paused', durationMinutes: 30 })).body;
    await h.waitFor(async () => (await h.api('GET', `/api/companies/${c.id}`)).body.calcom.connection === 'broken', 'connection broken');
    expect((await svc(created.id)).syncStatus).toBe('pending');
    // While the connection is broken, edits wait: not one request reaches Cal.com with this key.
    const refused = await calls((x) => x.status === 401);
    const key = refused.at(-1).keyHash;
    const seen = (await calls((x) => x.keyHash === key)).length;
    const second = (await h.api('POST', '/api/services', { companyId: c.id, name: 'Paused too', durationMinutes: 45 })).body;
    await h.api('PATCH', `/api/services/${created.id}`, { durationMinutes: 35 });
    await new Promise((r) => setTimeout(r, 1500));
    expect((await calls((x) => x.keyHash === key)).slice(seen)).toEqual([]);
    expect((await svc(second.id)).syncStatus).toBe('pending');
    await h.simApi('POST', '/_sim/keys/restore', { apiKey: c.apiKey });
    const t = await h.api('POST', `/api/companies/${c.id}/test-connection`);
    expect(t.body.connected).toBe(true);
    await waitStatus(created.id, 'synced');
  });
});

describe('input is validated at the edge: 4xx naming the field, nothing written', () => {
  const counts = async () => (await h.app.db.query('SELECT (SELECT count(*) FROM services)::int AS s, (SELECT count(*) FROM history)::int AS h'))[0];

  it('refuses bad services and writes nothing', async () => {
    const c = await h.company();
    const before = await counts();
    const cases: [unknown, string][] = [
      [{ companyId: c.id, name: '', durationMinutes: 30 }, 'name'],
      [{ companyId: c.id, name: '   ', durationMinutes: 30 }, 'name'],
      [{ companyId: c.id, name: 'x'.repeat(10_000), durationMinutes: 30 }, 'name'],
      [{ companyId: c.id, name: 'Neg', durationMinutes: -5 }, 'durationMinutes'],
      [{ companyId: c.id, name: 'NaN', durationMinutes: 'thirty' }, 'durationMinutes'],
      [{ companyId: c.id, name: 'Frac', durationMinutes: 12.5 }, 'durationMinutes'],
      [{ companyId: c.id, name: 'Price', durationMinutes: 30, price: 1.234 }, 'price'],
      [{ companyId: c.id, name: 'Unknown', durationMinutes: 30, bogus: 1 }, 'bogus'],
      [{ companyId: 'not-a-uuid', name: 'X', durationMinutes: 30 }, 'companyId'],
      [{ name: 'X', durationMinutes: 30 }, 'companyId'],
      // larger than the database's 32-bit integer columns
      [{ companyId: c.id, name: 'Big', durationMinutes: 30, scheduleId: 2147483648 }, 'scheduleId'],
      [{ companyId: c.id, name: 'Big', durationMinutes: 30, calcomEventTypeId: 2147483648 }, 'calcomEventTypeId'],
      [{ companyId: c.id, name: 'Big', durationMinutes: 30, calcomEventTypeId: 1e20 }, 'calcomEventTypeId'],
    ];
    for (const [body, field] of cases) {
      const r = await h.api('POST', '/api/services', body);
      expect(r.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(r.body.error.code).toBe('invalid_input');
      expect(r.body.error.message).toContain(field);
    }
    const unknownCompany = await h.api('POST', '/api/services', { companyId: '00000000-0000-4000-8000-000000000000', name: 'X', durationMinutes: 30 });
    expect(unknownCompany.status).toBe(404);
    const notJson = await h.api('POST', '/api/services', '{"name":');
    expect(notJson.status).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it('refuses a bad patch and leaves the service as it was', async () => {
    const c = await h.company();
    const created = (await h.api('POST', '/api/services', { companyId: c.id, name: 'Stable', durationMinutes: 30 })).body;
    await waitStatus(created.id, 'synced');
    const before = await counts();
    for (const body of [{ durationMinutes: 0 }, { durationMinutes: 1441 }, { name: '' }, { isActive: 'yes' }, { price: -1 }]) {
      const r = await h.api('PATCH', `/api/services/${created.id}`, body);
      expect(r.status).toBe(400);
      expect(r.body.error.message).toContain(Object.keys(body)[0]);
    }
    expect(await counts()).toEqual(before);
    expect((await svc(created.id)).syncStatus).toBe('synced');
  });

  it('another company is invisible to a manager: 404, nothing changed', async () => {
    const a = await h.company('A');
    const b = await h.company('B');
    const sA = (await h.api('POST', '/api/services', { companyId: a.id, name: 'Secret', durationMinutes: 30 })).body;
    const u = await h.api('POST', '/api/users', { email: `m-${b.id}@test.local`, password: 'manager-password-1', role: 'manager', companyId: b.id });
    expect(u.status).toBe(201);
    const t = (await h.api('POST', '/api/auth/login', { email: `m-${b.id}@test.local`, password: 'manager-password-1' }, '')).body.token;
    expect((await h.api('GET', `/api/services/${sA.id}`, undefined, t)).status).toBe(404);
    expect((await h.api('PATCH', `/api/services/${sA.id}`, { name: 'Hacked' }, t)).status).toBe(404);
    expect((await h.api('GET', `/api/companies/${a.id}`, undefined, t)).status).toBe(404);
    expect((await h.api('POST', '/api/services', { companyId: a.id, name: 'X', durationMinutes: 5 }, t)).status).toBe(404);
    const list = await h.api('GET', '/api/services', undefined, t);
    expect(list.body.data.every((s: any) => s.companyId === b.id)).toBe(true);
    expect((await svc(sA.id)).name).toBe('Secret');
    expect((await h.api('GET', '/api/services', undefined, '')).status).toBe(401);
  });

  it('never returns the Cal.com API key', async () => {
    const c = await h.company();
    const r = await h.api('GET', `/api/companies/${c.id}`);
    expect(JSON.stringify(r.body)).not.toContain(c.apiKey);
    const [row] = await h.app.db.query('SELECT calcom_api_key_enc FROM companies WHERE id = $1', [c.id]);
    expect(row.calcom_api_key_enc).not.toContain(c.apiKey);
  });
});

describe('service surface', () => {
  it('health answers when the database is migrated, and the API is described as OpenAPI', async () => {
    const health = await fetch(`${h.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    const doc = await (await fetch(`${h.url}/api/openapi.json`)).json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const p of ['/api/services', '/api/services/{id}/reload', '/api/reconcile', '/webhooks/calcom/{companyId}']) expect(doc.paths).toHaveProperty([p]);
    expect(doc.paths['/api/services'].post.requestBody.content['application/json'].schema.properties.durationMinutes.maximum).toBe(1440);
  });
});

describe('listing', () => {
  it('filters by bookability exactly as SYNC.md defines it', async () => {
    const c = await h.company();
    const on = (await h.api('POST', '/api/services', { companyId: c.id, name: 'Online and phone', durationMinutes: 30 })).body;
    const phoneOnly = (await h.api('POST', '/api/services', { companyId: c.id, name: 'Phone only', durationMinutes: 30, isOnline: false })).body;
    const off = (await h.api('POST', '/api/services', { companyId: c.id, name: 'Switched off', durationMinutes: 30, isActive: false })).body;
    for (const s of [on, phoneOnly, off]) await waitStatus(s.id, 'synced');
    const ids = async (b: string) => (await h.api('GET', `/api/services?companyId=${c.id}&bookable=${b}`)).body.data.map((s: any) => s.id).sort();
    expect(await ids('phone')).toEqual([on.id, phoneOnly.id].sort());
    expect(await ids('online')).toEqual([on.id]);
    expect(await ids('none')).toEqual([off.id]);
    expect((await h.api('GET', `/api/services?companyId=${c.id}&bookable=maybe`)).status).toBe(400);
  });
});

describe('an event type deleted in Cal.com, found by a push', () => {
  it('says so in words, and "Reset sync status" creates a new event type', async () => {
    const c = await h.company();
    const created = (await h.api('POST', '/api/services', { companyId: c.id, name: 'Deleted There', durationMinutes: 30 })).body;
    const s0 = await waitStatus(created.id, 'synced');
    await h.simApi('DELETE', `/_sim/event-types/${s0.calcomEventTypeId}`);
    await h.api('PATCH', `/api/services/${created.id}`, { durationMinutes: 35 });
    const failed = await waitStatus(created.id, 'error');
    expect(failed.syncError).toMatch(/no longer exists in Cal\.com/);
    expect(failed.calcomEventTypeId).toBeNull();
    await h.api('POST', `/api/services/${created.id}/reset-sync`);
    const healed = await waitStatus(created.id, 'synced');
    expect(healed.calcomEventTypeId).not.toBe(s0.calcomEventTypeId);
    expect((await eventType(healed.calcomEventTypeId)).lengthInMinutes).toBe(35);
  });
});
