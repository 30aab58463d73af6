import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const synced = (id: string) => h.waitFor(async () => (await h.api('GET', `/api/services/${id}`)).body.syncStatus === 'synced', `service ${id} synced`);

describe('GET /api/services/:id/history pages', () => {
  it('more than 1,000 entries: every one is reachable, oldest first, in pages of 500 by default', async () => {
    const c = await h.company();
    const s = (await h.api('POST', '/api/services', { companyId: c.id, name: 'Long history', durationMinutes: 30 })).body;
    await synced(s.id);
    // A long-lived service: 1,200 more entries (as many edits over the years would leave).
    await h.app.db.query(
      `INSERT INTO history (company_id, service_id, actor, action, detail)
       SELECT $1, $2, 'test', 'sync_requested', jsonb_build_object('n', n) FROM generate_series(1, 1200) AS n`,
      [c.id, s.id],
    );
    const [{ total }] = await h.app.db.query<{ total: number }>('SELECT count(*)::int AS total FROM history WHERE service_id = $1', [s.id]);
    expect(total).toBeGreaterThan(1200);

    const all: any[] = [];
    const sizes: number[] = [];
    let path = `/api/services/${s.id}/history`;
    for (;;) {
      const r = await h.api('GET', path);
      expect(r.status).toBe(200);
      sizes.push(r.body.data.length);
      all.push(...r.body.data);
      if (r.body.next === null) break;
      expect(typeof r.body.next).toBe('string');
      path = `/api/services/${s.id}/history?after=${encodeURIComponent(r.body.next)}`;
    }
    expect(sizes.slice(0, 2)).toEqual([500, 500]);
    expect(all).toHaveLength(total);
    expect(new Set(all.map((e) => e.id)).size).toBe(total);
    // oldest first, in the documented shape
    expect(all[0].action).toBe('created');
    for (let i = 1; i < all.length; i++) expect(all[i].at >= all[i - 1].at && all[i].id > all[i - 1].id).toBe(true);
    expect(all.at(-1).detail).toEqual({ n: 1200 });
    for (const e of all.slice(0, 5)) expect(Object.keys(e)).toEqual(expect.arrayContaining(['at', 'actor', 'action']));
  });

  it('limit sets the page size; the last page has next: null', async () => {
    const c = await h.company();
    const s = (await h.api('POST', '/api/services', { companyId: c.id, name: 'Short history', durationMinutes: 30 })).body;
    await synced(s.id);
    const whole = (await h.api('GET', `/api/services/${s.id}/history?limit=1000`)).body;
    expect(whole.next).toBeNull();
    expect(whole.data.length).toBeGreaterThanOrEqual(2);

    const first = (await h.api('GET', `/api/services/${s.id}/history?limit=1`)).body;
    expect(first.data).toEqual(whole.data.slice(0, 1));
    expect(first.next).not.toBeNull();
    const rest = (await h.api('GET', `/api/services/${s.id}/history?after=${first.next}&limit=1000`)).body;
    expect(rest.data).toEqual(whole.data.slice(1));
    expect(rest.next).toBeNull();
  });

  it('a bad limit or cursor is a 400 naming the parameter', async () => {
    const c = await h.company();
    const s = (await h.api('POST', '/api/services', { companyId: c.id, name: 'Validated', durationMinutes: 30 })).body;
    for (const [query, param] of [
      ['limit=0', 'limit'],
      ['limit=1001', 'limit'],
      ['limit=abc', 'limit'],
      ['limit=2.5', 'limit'],
      ['limit=', 'limit'],
      ['after=abc', 'after'],
      ['after=-1', 'after'],
      ['after=0', 'after'],
      ['after=99999999999999999999', 'after'],
    ]) {
      const r = await h.api('GET', `/api/services/${s.id}/history?${query}`);
      expect(r.status, query).toBe(400);
      expect(r.body.error.code).toBe('invalid_input');
      expect(r.body.error.message, query).toContain(param);
    }
  });
});
