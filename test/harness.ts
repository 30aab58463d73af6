/**
 * Test harness: a real calsync (database, queue, worker, HTTP server) against the Cal.com simulator,
 * both over real HTTP. The database is embedded PGlite, or, when TEST_DATABASE_URL is set, a fresh
 * database on that PostgreSQL server per test file. Nothing else is faked.
 */
import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import pino from 'pino';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { loadConfig, type Config } from '../src/config.js';
import { createApp } from '../src/app.js';
import { buildServer } from '../src/http/server.js';
import { startWorker } from '../src/jobs/worker.js';
import { startSimulator, type Simulator } from '../src/simulator/simulator.js';
import { hashPassword } from '../src/secrets.js';
import { createScratchDatabase } from '../src/db/scratch-database.js';

export const ADMIN = { email: 'admin@test.local', password: 'correct horse battery' };

export interface Harness {
  url: string;
  sim: Simulator;
  app: Awaited<ReturnType<typeof createApp>>;
  config: Config;
  token: string;
  api: (method: string, path: string, body?: unknown, token?: string) => Promise<{ status: number; body: any }>;
  simApi: (method: string, path: string, body?: unknown) => Promise<{ status: number; body: any }>;
  /** A new company with its own Cal.com key (so its rate budget is its own). */
  company: (name?: string) => Promise<{ id: string; apiKey: string; username: string }>;
  waitFor: <T>(fn: () => Promise<T | undefined | null | false>, what: string, timeoutMs?: number) => Promise<T>;
  close: () => Promise<void>;
}

/** A database URL for this test file: a fresh database on TEST_DATABASE_URL's server, or undefined (PGlite). */
export async function freshDatabaseUrl(): Promise<{ url?: string; drop: () => Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) return { drop: async () => {} };
  return createScratchDatabase(base, 'calsync_t');
}

export async function startHarness(
  env: Record<string, string> = {},
  opts: {
    worker?: boolean;
    simRate?: number;
    /** Capture the product's own logger (its redaction included) at `debug` level into this stream. */
    logStream?: NodeJS.WritableStream;
  } = {},
): Promise<Harness> {
  const sim = await startSimulator({ port: 0, ratePerMinute: opts.simRate ?? 120 });
  const db = await freshDatabaseUrl();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'calsync-test-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    APP_SECRET: 'test-secret-test-secret',
    CALCOM_API_URL: `${sim.url}/v2`,
    CALCOM_TIMEOUT_MS: '1500',
    PUSH_LEASE_SECONDS: '4',
    PUSH_RETRY_DELAY_SECONDS: '1',
    PUSH_RETRY_LIMIT: '6',
    RECONCILE_EVERY_MINUTES: '0',
    BOOKINGS_POLL_MINUTES: '0',
    LOG_LEVEL: 'silent',
    PORT: '0',
    ...(db.url ? { DATABASE_URL: db.url } : {}),
    ...(opts.logStream ? { LOG_LEVEL: 'debug' } : {}),
    ...env,
  } as any);
  const app = await createApp(
    config,
    opts.logStream ? { logStream: opts.logStream as any } : { logger: pino({ level: process.env.TEST_LOG ?? 'silent' }) },
  );
  const server = await buildServer(app);
  if (opts.worker !== false) await startWorker(app);
  await server.listen({ port: 0, host: '127.0.0.1' });
  const addr = server.server.address() as { port: number };
  const url = `http://127.0.0.1:${addr.port}`;
  (app.config as any).publicUrl = url;
  await app.db.query("INSERT INTO users (email, password_hash, role) VALUES ($1, $2, 'admin') ON CONFLICT DO NOTHING", [ADMIN.email, await hashPassword(ADMIN.password)]);

  const call = async (base: string, method: string, p: string, body?: unknown, token?: string) => {
    const res = await fetch(base + p, {
      method,
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: any = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {}
    return { status: res.status, body: parsed };
  };
  const login = await call(url, 'POST', '/api/auth/login', ADMIN);
  const token = login.body.token as string;
  const h: Harness = {
    url,
    sim,
    app,
    config,
    token,
    api: (m, p, b, t) => call(url, m, p, b, t === undefined ? token : t),
    simApi: (m, p, b) => call(sim.url, m, p, b),
    async company(name = 'Salon') {
      const apiKey = `cal_test_${crypto.randomBytes(6).toString('hex')}`;
      const r = await h.api('POST', '/api/companies', { name, calcomApiKey: apiKey });
      if (r.status !== 201) throw new Error(`company create failed: ${r.status} ${JSON.stringify(r.body)}`);
      return { id: r.body.id, apiKey, username: r.body.calcom.username };
    },
    async waitFor(fn, what, timeoutMs = 20_000) {
      const until = Date.now() + timeoutMs;
      let last: unknown;
      while (Date.now() < until) {
        last = await fn();
        if (last) return last as any;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
    },
    async close() {
      await server.close();
      await app.close();
      await sim.close();
      await db.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return h;
}

/**
 * One harness for the calling test file: started before its tests and closed after them; the Cal.com
 * faults a test injected are cleared after it, so a test that fails midway does not leave them to the next.
 */
export function useHarness(set: (h: Harness) => void, ...args: Parameters<typeof startHarness>) {
  let h: Harness | undefined;
  beforeAll(async () => {
    h = await startHarness(...args);
    set(h);
  });
  afterEach(async () => {
    await h?.simApi('DELETE', '/_sim/faults');
  });
  afterAll(async () => {
    await h?.close();
  });
}
