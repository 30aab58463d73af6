import { describe, expect, it } from 'vitest';
import { ADMIN, useHarness, type Harness } from './harness.js';

let h: Harness;
useHarness((x) => (h = x));

const svc = async (id: string) => (await h.api('GET', `/api/services/${id}`)).body;
const waitStatus = (id: string, status: string) =>
  h.waitFor(async () => {
    const s = await svc(id);
    return s.syncStatus === status ? s : null;
  }, `service ${id} to be ${status}`);
const eventType = async (id: number) => (await h.simApi('GET', '/_sim/event-types')).body.data.find((e: any) => e.id === id);
const history = async (id: string) => (await h.api('GET', `/api/services/${id}/history`)).body.data;
const reconcile = (companyId: string, opts: object = {}) => h.api('POST', '/api/reconcile', { companyId, ...opts });
const writesTo = async (sinceSeq: number) =>
  (await h.simApi('GET', `/_sim/calls?since=${sinceSeq}`)).body.data.filter((c: any) => c.method !== 'GET');
const lastSeq = async () => {
  const d = (await h.simApi('GET', '/_sim/calls')).body.data;
  return d.length ? d[d.length - 1].seq : 0;
};

/** Every calsync table, dumped in a stable order (the queue's own pgboss schema is not calsync's). */
async function snapshot() {
  const tables = (await h.app.db.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'rate_limits' ORDER BY tablename")).map((r: any) => r.tablename);
  const out: Record<string, unknown> = {};
  for (const t of tables) out[t] = await h.app.db.query(`SELECT to_jsonb(x)::text AS j FROM ${t} x ORDER BY 1`);
  return JSON.stringify(out);
}

describe('the seed scenario: Premium Hair Cut renamed in Cal.com', () => {
  it('keeps the platform name, shows the divergence, and lets a person choose either side', async () => {
    const c = await h.company();
    const created = (await h.api('POST', '/api/services', { companyId: c.id, name: 'Premium Hair Cut', durationMinutes: 45 })).body;
    const s = await waitStatus(created.id, 'synced');
    // someone renames it in Cal.com's UI: no webhook is sent
    await h.simApi('PATCH', `/_sim/event-types/${s.calcomEventTypeId}`, { title: 'Deluxe Hair Styling' });

    const r = await reconcile(c.id);
    expect(r.status).toBe(200);
    expect(r.body.applied).toBe(true);
    expect(r.body.plan.totals.divergences).toBe(1);

    const after = await svc(created.id);
    expect(after.name).toBe('Premium Hair Cut');
    expect(after.divergences).toHaveLength(1);
    expect(after.divergences[0]).toMatchObject({ field: 'name', platformValue: 'Premium Hair Cut', calcomValue: 'Deluxe Hair Styling', kind: 'divergence' });
    const found = (await history(created.id)).find((e: any) => e.action === 'divergence_found');
    expect(found.detail).toMatchObject({ field: 'name', platformValue: 'Premium Hair Cut', calcomValue: 'Deluxe Hair Styling', baseValue: 'Premium Hair Cut' });
    // reconciliation again finds the same divergence and records nothing new
    await reconcile(c.id);
    expect((await history(created.id)).filter((e: any) => e.action === 'divergence_found')).toHaveLength(1);

    // "Reload from Cal.com" without confirmation: 409 with the diff, nothing written
    const before = await snapshot();
    const ask = await h.api('POST', `/api/services/${created.id}/reload`, {});
    expect(ask.status).toBe(409);
    expect(ask.body.error.details.diff).toEqual([{ field: 'name', platformValue: 'Premium Hair Cut', calcomValue: 'Deluxe Hair Styling' }]);
    expect(await snapshot()).toBe(before);

    // "Sync to Cal.com" puts the platform's name back and closes the divergence
    expect((await h.api('POST', `/api/services/${created.id}/sync`)).status).toBe(202);
    await h.waitFor(async () => (await eventType(s.calcomEventTypeId)).title === 'Premium Hair Cut', 'Cal.com to hold the platform name');
    const synced = await h.waitFor(async () => {
      const x = await svc(created.id);
      return x.syncStatus === 'synced' && x.divergences.length === 0 ? x : null;
    }, 'divergence closed');
    expect(synced.name).toBe('Premium Hair Cut');
    const resolved = (await history(created.id)).find((e: any) => e.action === 'divergence_resolved');
    expect(resolved.detail).toMatchObject({ field: 'name', resolution: 'platform_pushed' });
    expect(resolved.actor).toBe('admin@test.local');
  });

  it('"Reload from Cal.com" with confirmation takes the Cal.com name, recorded in history', async () => {
    const c = await h.company();
    const created = (await h.api('POST', '/api/services', { companyId: c.id, name: 'Premium Hair Cut', durationMinutes: 45 })).body;
    const s = await waitStatus(created.id, 'synced');
    await h.simApi('PATCH', `/_sim/event-types/${s.calcomEventTypeId}`, { title: 'Deluxe Hair Styling', lengthInMinutes: 50 });
    await reconcile(c.id);
    const drifted = await svc(created.id);
    expect(drifted.divergences.map((d: any) => d.field).sort()).toEqual(['durationMinutes', 'name']);
    expect(drifted.bookable.phone).toBe(false);
    expect(drifted.bookable.reasons.join(' ')).toMatch(/duration/);

    const r = await h.api('POST', `/api/services/${created.id}/reload`, { fields: ['name'], confirm: true });
    expect(r.status).toBe(200);
    const after = await svc(created.id);
    expect(after.name).toBe('Deluxe Hair Styling');
    expect(after.durationMinutes).toBe(45);
    expect(after.divergences.map((d: any) => d.field)).toEqual(['durationMinutes']);
    const reloaded = (await history(created.id)).find((e: any) => e.action === 'reloaded');
    expect(reloaded.changes).toEqual({ name: { before: 'Premium Hair Cut', after: 'Deluxe Hair Styling' } });
    expect(reloaded.actor).toBe('admin@test.local');
    // Cal.com was not written to by the reload
    expect((await eventType(s.calcomEventTypeId)).lengthInMinutes).toBe(50);
  });
});

describe('reconciliation', () => {
  it('check-only leaves every calsync table byte-for-byte equal and sends Cal.com no write', async () => {
    const c = await h.company();
    const a = (await h.api('POST', '/api/services', { companyId: c.id, name: 'A', durationMinutes: 30 })).body;
    const sa = await waitStatus(a.id, 'synced');
    await h.simApi('PATCH', `/_sim/event-types/${sa.calcomEventTypeId}`, { title: 'A changed' });
    await h.simApi('POST', '/_sim/event-types', { apiKey: c.apiKey, title: 'Only in Cal.com', slug: 'only-in-calcom', lengthInMinutes: 20 });
    const seq = await lastSeq();
    const before = await snapshot();
    const r = await reconcile(c.id, { checkOnly: true });
    expect(r.status).toBe(200);
    expect(r.body.applied).toBe(false);
    const plan = r.body.plan.companies[0].plan;
    expect(plan.divergences).toHaveLength(1);
    expect(plan.import.map((i: any) => i.slug)).toEqual(['only-in-calcom']);
    expect(await snapshot()).toBe(before);
    expect(await writesTo(seq)).toEqual([]);
  });

  it('edits on both sides become a conflict, and the platform value is kept', async () => {
    const c = await h.company();
    const a = (await h.api('POST', '/api/services', { companyId: c.id, name: 'Both', durationMinutes: 30 })).body;
    const s = await waitStatus(a.id, 'synced');
    await h.simApi('PATCH', `/_sim/event-types/${s.calcomEventTypeId}`, { lengthInMinutes: 40 });
    // the platform edit must not reach Cal.com before reconciliation looks: pause the key
    await h.simApi('POST', '/_sim/faults', { method: 'PATCH', status: 503, times: -1 });
    await h.api('PATCH', `/api/services/${a.id}`, { durationMinutes: 35 });
    const r = await reconcile(c.id, { checkOnly: true });
    const d = r.body.plan.companies[0].plan.divergences;
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ field: 'durationMinutes', kind: 'conflict', platformValue: 35, calcomValue: 40, baseValue: 30, action: 'flag' });
    await reconcile(c.id);
    const after = await svc(a.id);
    await h.simApi('DELETE', '/_sim/faults');
    expect(after.durationMinutes).toBe(35);
    expect(after.divergences[0]).toMatchObject({ field: 'durationMinutes', kind: 'conflict' });
  });

  it('a write whose answer was lost still lets a later Cal.com edit show as a conflict, not as the platform’s change', async () => {
    const c = await h.company();
    const a = (await h.api('POST', '/api/services', { companyId: c.id, name: 'Lost answer', durationMinutes: 30 })).body;
    const s = await waitStatus(a.id, 'synced');
    // The first PATCH lands in Cal.com but its answer is lost; every retry is refused (503) and so does not land.
    await h.simApi('POST', '/_sim/faults', { method: 'PATCH', drop: true, applyBeforeDrop: true, times: 1 });
    await h.simApi('POST', '/_sim/faults', { method: 'PATCH', status: 503, times: -1 });
    await h.api('PATCH', `/api/services/${a.id}`, { durationMinutes: 35 });
    await h.waitFor(async () => (await eventType(s.calcomEventTypeId)).lengthInMinutes === 35, 'the lost write to land');
    await h.simApi('PATCH', `/_sim/event-types/${s.calcomEventTypeId}`, { lengthInMinutes: 40 });
    const r = await reconcile(c.id, { checkOnly: true });
    await h.simApi('DELETE', '/_sim/faults');
    const d = r.body.plan.companies[0].plan.divergences;
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ field: 'durationMinutes', kind: 'conflict', platformValue: 35, calcomValue: 40, baseValue: 30 });
    expect(r.body.plan.companies[0].plan.push).toEqual([]);
  });

  it('a push never sends a field with an open conflict; "Sync to Cal.com" for that one field does', async () => {
    const c = await h.company();
    const a = (await h.api('POST', '/api/services', { companyId: c.id, name: 'Held', durationMinutes: 30 })).body;
    const s = await waitStatus(a.id, 'synced');
    await h.simApi('PATCH', `/_sim/event-types/${s.calcomEventTypeId}`, { lengthInMinutes: 40 });
    await h.simApi('POST', '/_sim/faults', { method: 'PATCH', status: 503, times: -1 });
    await h.api('PATCH', `/api/services/${a.id}`, { durationMinutes: 35 });
    await reconcile(c.id);
    expect((await svc(a.id)).divergences[0]).toMatchObject({ field: 'durationMinutes', kind: 'conflict' });
    await h.simApi('DELETE', '/_sim/faults');
    // Another platform edit goes out; the conflicted field stays as Cal.com has it until a person chooses.
    await h.api('PATCH', `/api/services/${a.id}`, { description: 'Now with a wash' });
    await h.waitFor(async () => (await eventType(s.calcomEventTypeId)).description === 'Now with a wash', 'the description to reach Cal.com');
    await waitStatus(a.id, 'synced');
    expect((await eventType(s.calcomEventTypeId)).lengthInMinutes).toBe(40);
    expect((await svc(a.id)).divergences.map((d: any) => d.field)).toEqual(['durationMinutes']);
    const pushes = (await history(a.id)).filter((e: any) => e.action === 'push' && e.detail.outcome === 'synced');
    expect(pushes.at(-1).detail.fields).toEqual(['description']);

    const bad = await h.api('POST', `/api/services/${a.id}/sync`, { fields: ['price'] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/fields/);
    expect((await h.api('POST', `/api/services/${a.id}/sync`, { fields: ['durationMinutes'] })).status).toBe(202);
    await h.waitFor(async () => (await eventType(s.calcomEventTypeId)).lengthInMinutes === 35, 'the platform duration to reach Cal.com');
    await h.waitFor(async () => (await svc(a.id)).divergences.length === 0, 'the conflict to close');
    const resolved = (await history(a.id)).find((e: any) => e.action === 'divergence_resolved');
    expect(resolved.detail).toMatchObject({ field: 'durationMinutes', resolution: 'platform_pushed' });
    expect(resolved.actor).toBe(ADMIN.email);
  });

  it('"Sync to Cal.com" for one field is not lost when a push is already queued, and leaves the other divergences open', async () => {
    const c = await h.company();
    const a = (await h.api('POST', '/api/services', { companyId: c.id, name: 'Queued', durationMinutes: 30 })).body;
    const s = await waitStatus(a.id, 'synced');
    await h.simApi('PATCH', `/_sim/event-types/${s.calcomEventTypeId}`, { title: 'Renamed there', lengthInMinutes: 50 });
    await reconcile(c.id);
    expect((await svc(a.id)).divergences.map((d: any) => d.field).sort()).toEqual(['durationMinutes', 'name']);
    // One push in flight (its PATCH answers slowly), a second one queued behind it; then the person's request.
    await h.simApi('POST', '/_sim/faults', { method: 'PATCH', delayMs: 1500, times: 1 });
    await h.api('PATCH', `/api/services/${a.id}`, { description: 'first' });
    await h.waitFor(async () => (await h.simApi('GET', '/_sim/faults')).body.data.every((f: any) => f.hits > 0), 'the first PATCH to be under way', 5000);
    await h.api('PATCH', `/api/services/${a.id}`, { description: 'second' });
    expect((await h.api('POST', `/api/services/${a.id}/sync`, { fields: ['name'] })).status).toBe(202);
    await h.waitFor(async () => {
      const et = await eventType(s.calcomEventTypeId);
      return et.title === 'Queued' && et.description === 'second';
    }, 'Cal.com to hold the platform name and the last description');
    await waitStatus(a.id, 'synced');
    const after = await svc(a.id);
    expect(after.divergences.map((d: any) => d.field)).toEqual(['durationMinutes']);
    expect((await eventType(s.calcomEventTypeId)).lengthInMinutes).toBe(50);
  });

  it('a list of event types that leaves one out (a 200 with too few) deactivates nothing', async () => {
    const c = await h.company();
    const a = (await h.api('POST', '/api/services', { companyId: c.id, name: 'Still there', durationMinutes: 30 })).body;
    await waitStatus(a.id, 'synced');
    await h.simApi('POST', '/_sim/faults', { method: 'GET', path: '^/v2/event-types$', status: 200, body: { status: 'success', data: [] }, times: 1 });
    const r = await reconcile(c.id);
    expect(r.body.plan.companies[0].complete).toBe(false);
    expect(r.body.plan.companies[0].error).toMatch(/left out event type/);
    const after = await svc(a.id);
    expect(after.isActive).toBe(true);
    expect(after.syncStatus).toBe('synced');
    expect((await history(a.id)).map((e: any) => e.action)).not.toContain('orphaned');
    // The next run lists everything and finds nothing to do.
    const again = await reconcile(c.id);
    expect(again.body.plan.companies[0]).toMatchObject({ complete: true, summary: { orphans: 0, inSync: 1 } });
  });

  it('an event type deleted in Cal.com deactivates its service with an error in words; nothing is deleted', async () => {
    const c = await h.company();
    const a = (await h.api('POST', '/api/services', { companyId: c.id, name: 'Gone', durationMinutes: 30 })).body;
    const s = await waitStatus(a.id, 'synced');
    await h.simApi('DELETE', `/_sim/event-types/${s.calcomEventTypeId}`);
    await reconcile(c.id);
    const after = await svc(a.id);
    expect(after.isActive).toBe(false);
    expect(after.syncStatus).toBe('error');
    expect(after.syncError).toMatch(/deleted in Cal\.com/);
    expect(after.name).toBe('Gone');
    expect((await history(a.id)).map((e: any) => e.action)).toContain('orphaned');
  });

  it('an interrupted listing deactivates nothing', async () => {
    const c = await h.company();
    const a = (await h.api('POST', '/api/services', { companyId: c.id, name: 'Safe', durationMinutes: 30 })).body;
    await waitStatus(a.id, 'synced');
    await h.simApi('POST', '/_sim/faults', { method: 'GET', path: '^/v2/event-types$', status: 502, times: 1 });
    const r = await reconcile(c.id);
    expect(r.body.plan.companies[0].complete).toBe(false);
    expect(r.body.plan.companies[0].error).toMatch(/Cal\.com/);
    const after = await svc(a.id);
    expect(after.isActive).toBe(true);
    expect(after.syncStatus).toBe('synced');
  });

  it('an event type created in Cal.com is imported once', async () => {
    const c = await h.company();
    const et = (await h.simApi('POST', '/_sim/event-types', { apiKey: c.apiKey, title: 'Gel Nails', slug: 'gel-nails', lengthInMinutes: 75, hidden: true })).body;
    const r1 = await reconcile(c.id);
    expect(r1.body.plan.totals.import).toBe(1);
    const r2 = await reconcile(c.id);
    expect(r2.body.plan.totals.import).toBe(0);
    const list = (await h.api('GET', `/api/services?companyId=${c.id}`)).body;
    expect(list.total).toBe(1);
    expect(list.data[0]).toMatchObject({ name: 'Gel Nails', slug: 'gel-nails', durationMinutes: 75, isOnline: false, syncStatus: 'synced', calcomEventTypeId: et.data?.id ?? et.id });
    expect((await history(list.data[0].id))[0].action).toBe('imported');
  });

  it('--force pushes the platform values over every divergence', async () => {
    const c = await h.company();
    const a = (await h.api('POST', '/api/services', { companyId: c.id, name: 'Forced', durationMinutes: 30 })).body;
    const s = await waitStatus(a.id, 'synced');
    await h.simApi('PATCH', `/_sim/event-types/${s.calcomEventTypeId}`, { title: 'Changed there', lengthInMinutes: 90 });
    await reconcile(c.id, { force: true });
    await h.waitFor(async () => {
      const et = await eventType(s.calcomEventTypeId);
      return et.title === 'Forced' && et.lengthInMinutes === 30;
    }, 'Cal.com to hold the platform values');
    await h.waitFor(async () => (await svc(a.id)).divergences.length === 0, 'divergences closed');
  });

  it('a "Cal.com wins" policy takes the value, recorded in history', async () => {
    const c = await h.company();
    const p = await h.api('PUT', `/api/companies/${c.id}/policies`, { description: 'calcom_wins' });
    expect(p.status).toBe(200);
    expect(p.body.data.description).toBe('calcom_wins');
    const bad = await h.api('PUT', `/api/companies/${c.id}/policies`, { price: 'calcom_wins' });
    expect(bad.status).toBe(400);
    const a = (await h.api('POST', '/api/services', { companyId: c.id, name: 'Policy', durationMinutes: 30, description: 'ours' })).body;
    const s = await waitStatus(a.id, 'synced');
    await h.simApi('PATCH', `/_sim/event-types/${s.calcomEventTypeId}`, { description: 'theirs' });
    await reconcile(c.id);
    const after = await svc(a.id);
    expect(after.description).toBe('theirs');
    expect(after.divergences).toEqual([]);
    const reloaded = (await history(a.id)).find((e: any) => e.action === 'reloaded');
    expect(reloaded.changes.description).toEqual({ before: 'ours', after: 'theirs' });
    const companyHistory = (await h.api('GET', `/api/companies/${c.id}/history`)).body.data;
    expect(companyHistory.find((e: any) => e.action === 'policy_changed').changes).toEqual({ description: { before: 'platform_wins', after: 'calcom_wins' } });
  });
});

describe('EVENT_TYPE webhooks from senders that post them', () => {
  it('a signed EVENT_TYPE.UPDATED delivery records a divergence and changes no platform field', async () => {
    const crypto = await import('node:crypto');
    const c = await h.company();
    const a = (await h.api('POST', '/api/services', { companyId: c.id, name: 'Hot Stone', durationMinutes: 60 })).body;
    const s = await waitStatus(a.id, 'synced');
    const company = (await h.api('GET', `/api/companies/${c.id}`)).body;
    const before = (await h.app.db.query('SELECT to_jsonb(s) - $2::text[] AS j FROM services s WHERE id = $1', [a.id, ['updated_at', 'push_lease_token', 'push_lease_until']]))[0].j;
    for (const trigger of ['EVENT_TYPE.UPDATED', 'EVENT_TYPE_UPDATED']) {
      const raw = JSON.stringify({ triggerEvent: trigger, createdAt: new Date().toISOString(), payload: { id: s.calcomEventTypeId, title: 'Hot Stone Deluxe', slug: 'hot-stone', lengthInMinutes: 90 } });
      const sig = crypto.createHmac('sha256', company.webhookSecret).update(raw).digest('hex');
      const r = await fetch(`${h.url}/webhooks/calcom/${c.id}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-cal-signature-256': sig }, body: raw });
      expect(r.status).toBeLessThan(300);
    }
    const after = await h.waitFor(async () => {
      const x = await svc(a.id);
      return x.divergences.length === 2 ? x : null;
    }, 'the divergences from the webhook');
    expect(after.name).toBe('Hot Stone');
    expect(after.durationMinutes).toBe(60);
    expect(after.divergences.map((d: any) => [d.field, d.calcomValue]).sort()).toEqual([['durationMinutes', 90], ['name', 'Hot Stone Deluxe']]);
    const now = (await h.app.db.query('SELECT to_jsonb(s) - $2::text[] AS j FROM services s WHERE id = $1', [a.id, ['updated_at', 'push_lease_token', 'push_lease_until']]))[0].j;
    expect(now).toEqual(before);
    // Cal.com itself was not written to
    expect((await eventType(s.calcomEventTypeId)).title).toBe('Hot Stone');
  });
});
