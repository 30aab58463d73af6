import crypto from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.js';
import { purgeOldBodies } from '../src/jobs/retention.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

it('empties raw webhook bodies past the retention and keeps the delivery, its outcome and the appointment', async () => {
  const c = await h.company();
  const secret = (await h.api('GET', `/api/companies/${c.id}`)).body.webhookSecret;
  const raw = JSON.stringify({
    triggerEvent: 'BOOKING_CREATED',
    createdAt: new Date().toISOString(),
    payload: { uid: 'retention-1', bookingId: 1, eventTypeId: 999, startTime: '2026-12-01T10:00:00.000Z', endTime: '2026-12-01T10:30:00.000Z', status: 'ACCEPTED', attendees: [] },
  });
  const sig = crypto.createHmac('sha256', secret).update(raw).digest('hex');
  const r = await fetch(`${h.url}/webhooks/calcom/${c.id}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-cal-signature-256': sig }, body: raw });
  expect(r.status).toBeLessThan(300);
  await h.waitFor(async () => (await h.app.db.query("SELECT 1 FROM webhook_deliveries WHERE company_id = $1 AND status = 'processed'", [c.id])).length === 1, 'processing');
  expect(await purgeOldBodies(h.app)).toBe(0); // fresh: kept
  await h.app.db.query("UPDATE webhook_deliveries SET received_at = now() - interval '31 days' WHERE company_id = $1", [c.id]);
  expect(await purgeOldBodies(h.app)).toBe(1);
  const [d] = await h.app.db.query('SELECT raw_body, status, body_purged_at FROM webhook_deliveries WHERE company_id = $1', [c.id]);
  expect(d).toMatchObject({ raw_body: '', status: 'processed' });
  expect(d.body_purged_at).not.toBeNull();
  const appts = (await h.api('GET', `/api/appointments?companyId=${c.id}`)).body.data;
  expect(appts.map((a: any) => [a.calcomBookingUid, a.status])).toEqual([['retention-1', 'booked']]);
});
