/**
 * calsync as a real child process for the tests that kill it: a free port, `calsync serve` started and
 * waited for, CLI commands run beside it, and an API client with the server's bearer token.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'bin/calsync.mjs');

export const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });

export interface ProcessSetup {
  dataDir: string;
  port: number;
  simulatorUrl: string;
  /** Unset: embedded PGlite in dataDir. */
  databaseUrl?: string;
  appSecret: string;
  /** More environment (tuning knobs) for this test. */
  extra?: Record<string, string>;
}

/** The environment every calsync child of a test gets: its own data, port and simulator; an ops admin. */
export function processEnv(s: ProcessSetup): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATA_DIR: s.dataDir,
    PORT: String(s.port),
    APP_SECRET: s.appSecret,
    ADMIN_EMAIL: 'ops@test.local',
    ADMIN_PASSWORD: 'ops-password-123',
    CALCOM_API_URL: `${s.simulatorUrl}/v2`,
    CALCOM_TIMEOUT_MS: '2000',
    RECONCILE_EVERY_MINUTES: '0',
    LOG_LEVEL: 'warn',
    DATABASE_URL: s.databaseUrl ?? '',
    ...s.extra,
  };
}

/** Starts `calsync serve` and resolves once /healthz answers (PGlite's start takes seconds on a loaded machine). */
export async function startServe(s: ProcessSetup, timeoutMs = 120_000): Promise<ChildProcess> {
  const p = spawn(process.execPath, [bin, 'serve'], { env: processEnv(s), stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  p.stdout!.on('data', (d) => (out += d));
  p.stderr!.on('data', (d) => (out += d));
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (p.exitCode !== null) throw new Error(`calsync serve exited ${p.exitCode}: ${out}`);
    try {
      if ((await fetch(`http://127.0.0.1:${s.port}/healthz`)).ok) return p;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`calsync serve did not come up: ${out}`);
}

/** Sends a signal and waits for the exit (nothing to do if it already exited). */
export async function stopProcess(p: ChildProcess | null, signal: NodeJS.Signals) {
  if (!p || p.exitCode !== null || p.signalCode !== null) return;
  const exited = new Promise((r) => p.once('exit', r));
  p.kill(signal);
  await exited;
}

/** Runs `calsync …` without blocking this process (the simulator lives here). */
export function runCli(s: ProcessSetup, args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [bin, ...args], { env: processEnv(s), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout!.on('data', (d) => (stdout += d));
    p.stderr!.on('data', (d) => (stderr += d));
    p.on('exit', (status) => resolve({ status, stdout, stderr }));
  });
}

/** A JSON API client for the process on `port`, authenticated with the token `token()` returns. */
export function apiClient(port: () => number, token: () => string) {
  return async (method: string, p: string, body?: unknown) => {
    const r = await fetch(`http://127.0.0.1:${port()}${p}`, {
      method,
      headers: { ...(body ? { 'content-type': 'application/json' } : {}), authorization: `Bearer ${token()}` },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: r.status, body: await r.json() };
  };
}
