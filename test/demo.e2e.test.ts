/**
 * `calsync start` (what `npm start` runs) as a real process with no CALCOM_API_URL: the demo company
 * talks to the built-in simulator, but the default Cal.com address stays the real one.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, stopProcess } from './calsync-process.js';
import { freshDatabaseUrl } from './harness.js';

const bin = path.resolve(import.meta.dirname, '../bin/calsync.mjs');
let proc: ChildProcess | null = null;
let dataDir = '';
let port = 0;
let simPort = 0;
let dropDb = async () => {};
let output = '';

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'calsync-demo-'));
  [port, simPort] = [await freePort(), await freePort()];
  const db = await freshDatabaseUrl();
  dropDb = db.drop;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    SIM_PORT: String(simPort),
    APP_SECRET: 'demo-test-secret-demo-test-secret',
    DATABASE_URL: db.url ?? '',
    RECONCILE_EVERY_MINUTES: '0',
    BOOKINGS_POLL_MINUTES: '0',
    // The company below has no calcomApiUrl, so its key check goes to the real Cal.com: abort it before
    // anything is sent (it is the address the company gets that this test is about, not the check).
    CALCOM_TIMEOUT_MS: '1',
    LOG_LEVEL: 'warn',
  };
  delete env.CALCOM_API_URL;
  delete env.ADMIN_EMAIL;
  delete env.ADMIN_PASSWORD;
  proc = spawn(process.execPath, [bin, 'start'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  proc.stdout!.on('data', (d) => (output += d));
  proc.stderr!.on('data', (d) => (output += d));
  const until = Date.now() + 120_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`calsync start exited ${proc.exitCode}: ${output}`);
    if (Date.now() > until) throw new Error(`calsync start did not come up: ${output}`);
    // Up once the demo has printed its banner (after seeding the demo company).
    if (output.includes('calsync is running.')) break;
    await new Promise((r) => setTimeout(r, 100));
  }
}, 130_000);

afterAll(async () => {
  await stopProcess(proc, 'SIGTERM');
  await dropDb();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

const api = async (method: string, p: string, body?: unknown, token?: string) => {
  const r = await fetch(`http://127.0.0.1:${port}${p}`, {
    method,
    headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: r.status, body: await r.json() };
};

describe('npm start (demo)', () => {
  it('the demo company uses the simulator; a company created later without calcomApiUrl gets the real Cal.com', async () => {
    const login = await api('POST', '/api/auth/login', { email: 'admin@calsync.local', password: 'calsync-demo' });
    expect(login.status).toBe(200);
    const token = login.body.token as string;

    const demo = (await api('GET', '/api/companies', undefined, token)).body.data;
    expect(demo).toHaveLength(1);
    expect(demo[0].calcom.apiUrl).toBe(`http://127.0.0.1:${simPort}/v2`);

    const created = await api('POST', '/api/companies', { name: 'Real salon', calcomApiKey: 'cal_live_not_a_real_key' }, token);
    expect(created.status).toBe(201);
    expect(created.body.calcom.apiUrl).toBe('https://api.cal.com/v2');
    expect(created.body.calcom.connected).toBe(false);
  });
});
