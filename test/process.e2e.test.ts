/**
 * calsync as real processes: `calsync serve` is killed with SIGKILL mid-run and restarted, and every
 * service still converges; `calsync sync-services` works while the server holds the database.
 */
import type { ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freshDatabaseUrl } from './harness.js';
import { apiClient, freePort, runCli as runCliIn, startServe as startServeIn, type ProcessSetup } from './calsync-process.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../src/simulator/simulator.js';

let sim: Simulator;
let setup: ProcessSetup;
let port: number;
let dropDb = async () => {};
let child: ChildProcess | null = null;

const startServe = () => startServeIn(setup);
const runCli = (args: string[]) => runCliIn(setup, args);
let token = '';
const api = apiClient(() => port, () => token);

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  port = await freePort();
  const db = await freshDatabaseUrl();
  dropDb = db.drop;
  setup = {
    dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'calsync-proc-')),
    port,
    simulatorUrl: sim.url,
    databaseUrl: db.url,
    appSecret: 'process-test-secret',
    extra: { PUSH_LEASE_SECONDS: '3', PUSH_RETRY_DELAY_SECONDS: '1' },
  };
});

afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await sim?.close();
  await dropDb();
  if (setup) fs.rmSync(setup.dataDir, { recursive: true, force: true });
});

describe('calsync as processes', () => {
  it('converges after the worker is killed with SIGKILL mid-run and restarted; sync-services works beside the server', async () => {
    child = await startServe();
    token = (await (await fetch(`http://127.0.0.1:${port}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'ops@test.local', password: 'ops-password-123' }) })).json()).token;
    const apiKey = `cal_proc_${crypto.randomBytes(4).toString('hex')}`;
    const company = (await api('POST', '/api/companies', { name: 'Kill Test', calcomApiKey: apiKey })).body;
    // slow Cal.com down so the kill lands while pushes are in flight
    await fetch(`${sim.url}/_sim/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ delayMs: 150, times: -1 }) });
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) ids.push((await api('POST', '/api/services', { companyId: company.id, name: `Service ${i}`, durationMinutes: 30 + i })).body.id);
    for (let i = 0; i < 30; i += 3) await api('PATCH', `/api/services/${ids[i]}`, { durationMinutes: 100 + i });
    // wait until some, but not all, have been pushed
    const until = Date.now() + 30_000;
    while (Date.now() < until) {
      const synced = (await api('GET', `/api/services?companyId=${company.id}&syncStatus=synced&limit=100`)).body.total;
      if (synced >= 3) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    child.kill('SIGKILL');
    await new Promise((r) => child!.once('exit', r));
    await fetch(`${sim.url}/_sim/faults`, { method: 'DELETE' });

    child = await startServe();
    token = (await (await fetch(`http://127.0.0.1:${port}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'ops@test.local', password: 'ops-password-123' }) })).json()).token;
    const deadline = Date.now() + 60_000;
    let list: any;
    while (Date.now() < deadline) {
      list = (await api('GET', `/api/services?companyId=${company.id}&limit=100`)).body;
      if (list.data.every((s: any) => s.syncStatus === 'synced')) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(list.data.map((s: any) => s.syncStatus), JSON.stringify(list.data.filter((s: any) => s.syncStatus !== 'synced').map((s: any) => [s.name, s.syncError]))).toEqual(Array(30).fill('synced'));
    const ets = (await (await fetch(`${sim.url}/_sim/event-types`)).json()).data.filter((e: any) => e.slug.startsWith('service-'));
    expect(ets).toHaveLength(30); // no duplicate event type from a create that was cut off
    for (const s of list.data) {
      const et = ets.find((e: any) => e.id === s.calcomEventTypeId);
      expect(et, s.name).toBeDefined();
      expect(et.title).toBe(s.name);
      expect(et.lengthInMinutes).toBe(s.durationMinutes);
    }

    // sync-services while the server holds the database (through the server on PGlite)
    // (asynchronously: the simulator runs in this process and must keep answering)
    const r = await runCli(['sync-services', '--check-only', '--json']);
    if (r.status !== 0) console.log(r.stdout, r.stderr);
    expect(r.status, r.stderr).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(plan.applied).toBe(false);
    const mine = plan.plan.companies.find((c: any) => c.companyId === company.id);
    expect(mine.summary).toMatchObject({ create: 0, push: 0, import: 0, orphans: 0, divergences: 0, inSync: 30 });
    // Without --json and without a terminal: a progress line per company as it finishes, then the summary.
    const text = await runCli(['sync-services', '--check-only']);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stderr).toMatch(/^\d+\/\d+ Kill Test: 0 to create, 0 to push, 0 to import, 0 orphans, 0 divergences, 0 conflicts$/m);
    expect(text.stdout).toContain('Check only: nothing was written.');

    // graceful shutdown
    child.kill('SIGTERM');
    const code = await new Promise((r) => child!.once('exit', (c) => r(c)));
    expect(code).toBe(0);
  }, 300_000);
});
