/**
 * `calsync serve` as a real process, killed with SIGKILL in the middle of a burst of 500 signed
 * deliveries and restarted on the same data: every delivery it acknowledged is stored and processed
 * exactly once. Then `calsync replay-deliveries` replays a failed delivery from the command line while
 * the server runs (through the server when it holds the embedded database).
 */
import type { ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freshDatabaseUrl } from './harness.js';
import { apiClient, freePort, runCli as runCliIn, startServe as startServeIn, stopProcess as stop, type ProcessSetup } from './calsync-process.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../src/simulator/simulator.js';

const BURST = 500;
const KILL_AFTER_ACKS = 150;
let sim: Simulator;
let setup: ProcessSetup;
let port: number;
let dropDb = async () => {};
let child: ChildProcess | null = null;
let token = '';

const startServe = () => startServeIn(setup, 90_000);
const runCli = (args: string[]) => runCliIn(setup, args);
const api = apiClient(() => port, () => token);

const T0 = Date.now();
const mark = (what: string) => process.env.KILL_TEST_TIMING && console.log(`[kill-test] ${((Date.now() - T0) / 1000).toFixed(1)}s ${what}`);
const sign = (secret: string, raw: string) => crypto.createHmac('sha256', secret).update(raw).digest('hex');

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  port = await freePort();
  const db = await freshDatabaseUrl();
  dropDb = db.drop;
  setup = {
    dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'calsync-kill-')),
    port,
    simulatorUrl: sim.url,
    databaseUrl: db.url,
    appSecret: 'kill-test-secret',
    extra: { BOOKINGS_POLL_MINUTES: '0' },
  };
  mark('setup');
  child = await startServe();
  mark('serve up');
  const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'ops@test.local', password: 'ops-password-123' }),
  });
  token = (await login.json()).token;
}, 150_000);

afterAll(async () => {
  await stop(child, 'SIGKILL');
  await sim?.close();
  await dropDb();
  if (setup) fs.rmSync(setup.dataDir, { recursive: true, force: true });
});

describe('calsync serve killed during a burst of deliveries', () => {
  it('loses none it acknowledged, processes each exactly once, and replays from the CLI', async () => {
    const apiKey = `cal_test_${crypto.randomBytes(6).toString('hex')}`;
    const created = await api('POST', '/api/companies', { name: 'Burst', calcomApiKey: apiKey });
    expect(created.status).toBe(201);
    const companyId: string = created.body.id;
    const secret: string = created.body.webhookSecret;
    const createdAt = new Date().toISOString();
    const bodies = Array.from({ length: BURST }, (_, i) =>
      JSON.stringify({
        triggerEvent: 'BOOKING_CREATED',
        createdAt,
        payload: {
          uid: `burst-${i}`,
          bookingId: i + 1,
          eventTypeId: 4242,
          title: `Burst ${i}`,
          startTime: new Date(Date.UTC(2026, 5, 1, 8) + i * 3_600_000).toISOString(),
          endTime: new Date(Date.UTC(2026, 5, 1, 9) + i * 3_600_000).toISOString(),
          attendees: [{ name: `Guest ${i}`, email: `g${i}@example.com`, timeZone: 'UTC' }],
          status: 'ACCEPTED',
        },
      }),
    );
    const send = (i: number) =>
      fetch(`http://127.0.0.1:${port}/webhooks/calcom/${companyId}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-cal-signature-256': sign(secret, bodies[i]) },
        body: bodies[i],
      });

    // The burst: 25 senders; SIGKILL once KILL_AFTER_ACKS deliveries were acknowledged.
    const acked = new Set<number>();
    let next = 0;
    let killed = false;
    const first = child!;
    const sender = async () => {
      while (next < BURST && !killed) {
        const i = next++;
        try {
          const r = await send(i);
          if (r.ok) acked.add(i);
          await r.arrayBuffer();
        } catch {
          /* connection refused or reset: not acknowledged */
        }
        if (!killed && acked.size >= KILL_AFTER_ACKS) {
          killed = true;
          first.kill('SIGKILL');
        }
      }
    };
    mark('burst start');
    await Promise.all(Array.from({ length: 25 }, sender));
    mark(`burst killed after ${acked.size} acks`);
    await new Promise((r) => (first.exitCode !== null || first.signalCode !== null ? r(null) : first.once('exit', r)));
    expect(first.signalCode).toBe('SIGKILL');
    expect(acked.size).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    expect(acked.size).toBeLessThan(BURST);

    // Restart on the same data; everything acknowledged is there and gets processed.
    child = await startServe();
    mark('restarted');
    const all = async () => (await api('GET', `/api/webhook-deliveries?companyId=${companyId}&limit=1000`)).body;
    const done = async (n?: number) => {
      const d = await all();
      return d.data.every((x: any) => x.status === 'processed') && (n === undefined || d.total === n) ? d : null;
    };
    let inbox: any = null;
    for (const until = Date.now() + 30_000; !inbox && Date.now() < until; ) {
      inbox = await done();
      if (!inbox) await new Promise((r) => setTimeout(r, 200));
    }
    expect(inbox, 'every stored delivery processed after the restart').not.toBeNull();
    mark('processed after restart');
    const stored = new Map<string, any>(inbox.data.map((d: any) => [d.bookingUid, d]));
    expect(stored.size).toBe(inbox.total); // one row per delivery
    for (const i of acked) {
      const d = stored.get(`burst-${i}`);
      expect(d, `acknowledged delivery ${i} is stored`).toBeDefined();
      expect(d).toMatchObject({ status: 'processed', attempts: 1 });
    }
    const appts = (await api('GET', `/api/appointments?companyId=${companyId}&limit=1000`)).body;
    expect(appts.total).toBe(inbox.total);
    const apptUids = new Set(appts.data.map((a: any) => a.calcomBookingUid));
    for (const i of acked) expect(apptUids.has(`burst-${i}`)).toBe(true);

    // The acknowledged deliveries sent again after the crash: all duplicates, nothing changes.
    const again = await Promise.all([...acked].map(async (i) => (await send(i)).json()));
    expect(again.every((r: any) => r.duplicate === true)).toBe(true);
    const final = await all();
    mark('resent');
    expect(final.total).toBe(inbox.total);
    expect(final.data.every((d: any) => d.status === 'processed' && d.attempts === 1)).toBe(true);
    expect((await api('GET', `/api/appointments?companyId=${companyId}&limit=1000`)).body.total).toBe(inbox.total);

    // A delivery that fails (no startTime for an unknown booking), learned later by the poll…
    const et = (await (await fetch(`${sim.url}/_sim/event-types`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ apiKey, slug: 'late' }) })).json()).data;
    const booking = (await (await fetch(`${sim.url}/_sim/bookings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ apiKey, eventTypeId: et.id, start: '2026-12-01T09:00:00Z' }) })).json()).data;
    const broken = JSON.stringify({ triggerEvent: 'BOOKING_CREATED', createdAt: new Date().toISOString(), payload: { uid: booking.uid, eventTypeId: et.id, status: 'ACCEPTED' } });
    const r = await fetch(`http://127.0.0.1:${port}/webhooks/calcom/${companyId}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-cal-signature-256': sign(secret, broken) }, body: broken });
    expect(r.status).toBe(200);
    for (const until = Date.now() + 20_000; Date.now() < until; ) {
      if ((await api('GET', `/api/webhook-deliveries?companyId=${companyId}&status=failed`)).body.total === 1) break;
      await new Promise((res) => setTimeout(res, 100));
    }
    expect((await api('GET', `/api/webhook-deliveries?companyId=${companyId}&status=failed`)).body.total).toBe(1);
    expect((await api('POST', `/api/companies/${companyId}/poll-bookings`)).body.created).toBe(1);

    mark('failed + polled');
    // `calsync replay-deliveries` while the server runs: in-process on PostgreSQL, through the server on PGlite.
    const out = await runCli(['replay-deliveries', '--company', companyId, '--failed', '--json']);
    mark('cli');
    expect(out.status, out.stderr).toBe(0);
    const report = JSON.parse(out.stdout);
    expect(report).toMatchObject({ replayed: 1, failed: 0, results: [expect.objectContaining({ bookingUid: booking.uid, before: 'failed', after: 'processed' })] });
  }, 180_000); // 20–60 s on a busy 2-core machine (PGlite start-up dominates)
});
