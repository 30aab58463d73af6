/**
 * "Test connection" over HTTP against the simulator: only Cal.com rejecting the key (401) marks the
 * connection broken and pauses pushes; a timeout, 429 or 5xx is reported and changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { useHarness, type Harness } from './harness.js';

let h: Harness;
useHarness((x) => (h = x));

const company = async (id: string) => (await h.api('GET', `/api/companies/${id}`)).body;
const meFault = (fault: Record<string, unknown>) => h.simApi('POST', '/_sim/faults', { method: 'GET', path: '/me$', ...fault });
const synced = (serviceId: string) =>
  h.waitFor(async () => (await h.api('GET', `/api/services/${serviceId}`)).body.syncStatus === 'synced', `service ${serviceId} synced`);

describe('test-connection: only a 401 marks the connection broken', () => {
  it.each<[string, { status?: number; delayMs?: number; drop?: boolean }]>([
    ['503', { status: 503 }],
    ['500', { status: 500 }],
    ['429', { status: 429 }],
    ['a timeout', { delayMs: 2500 }], // the harness's CALCOM_TIMEOUT_MS is 1500
    ['a dropped connection', { drop: true }],
  ])('%s is reported, the connection stays ok and pushes go on', async (_label, fault) => {
    const c = await h.company();
    expect((await company(c.id)).calcom.connection).toBe('ok');
    expect((await meFault(fault)).status).toBe(201);

    const t = await h.api('POST', `/api/companies/${c.id}/test-connection`);
    expect(t.status).toBe(200);
    expect(t.body).toMatchObject({ connected: false, connection: 'ok', transient: true });
    expect(t.body.error).toEqual(expect.any(String));
    expect((await company(c.id)).calcom).toMatchObject({ connection: 'ok', connected: true, error: null });

    if (fault.status === 429) return; // the key is now held back for 60 s by calsync's own limiter
    const s = (await h.api('POST', '/api/services', { companyId: c.id, name: 'Still pushed', durationMinutes: 30 })).body;
    await synced(s.id);
  }, 30_000);

  it('a broken connection stays broken on a 503, and is restored once the key works', async () => {
    const c = await h.company();
    await h.simApi('POST', '/_sim/keys/revoke', { apiKey: c.apiKey });
    const rejected = await h.api('POST', `/api/companies/${c.id}/test-connection`);
    expect(rejected.body).toMatchObject({ connected: false, connection: 'broken', transient: false });
    expect((await company(c.id)).calcom.connection).toBe('broken');

    await h.simApi('POST', '/_sim/keys/restore', { apiKey: c.apiKey });
    await meFault({ status: 503 });
    const inconclusive = await h.api('POST', `/api/companies/${c.id}/test-connection`);
    expect(inconclusive.body).toMatchObject({ connected: false, connection: 'broken', transient: true });
    expect((await company(c.id)).calcom.connection).toBe('broken');

    const ok = await h.api('POST', `/api/companies/${c.id}/test-connection`);
    expect(ok.body).toMatchObject({ connected: true, connection: 'ok' });
  });

  it('a company created while Cal.com answers 503 is `unknown` (not broken), says why, and its services are pushed', async () => {
    await meFault({ status: 503 });
    const r = await h.api('POST', '/api/companies', { name: 'Created during an outage', calcomApiKey: 'cal_test_outage_key' });
    expect(r.status).toBe(201);
    expect(r.body.calcom).toMatchObject({ connected: false, connection: 'unknown' });
    expect(r.body.calcom.error).toMatch(/503/);

    const s = (await h.api('POST', '/api/services', { companyId: r.body.id, name: 'Pushed anyway', durationMinutes: 30 })).body;
    await synced(s.id);
  });

  it('a new key that cannot be checked (503) makes the connection `unknown`, not broken, and resumes paused pushes', async () => {
    const c = await h.company();
    await h.simApi('POST', '/_sim/keys/revoke', { apiKey: c.apiKey });
    await h.api('POST', `/api/companies/${c.id}/test-connection`);
    const s = (await h.api('POST', '/api/services', { companyId: c.id, name: 'Paused', durationMinutes: 30 })).body;
    expect((await company(c.id)).calcom.connection).toBe('broken');

    await h.simApi('POST', '/_sim/keys/restore', { apiKey: c.apiKey });
    await meFault({ status: 503 });
    const patched = await h.api('PATCH', `/api/companies/${c.id}`, { calcomApiKey: c.apiKey });
    expect(patched.status).toBe(200);
    expect(patched.body.calcom.connection).toBe('unknown');
    await synced(s.id);
  });
});
