/**
 * Runs a real calsync for a benchmark: `calsync serve` (HTTP server and worker in one process, as
 * deployed) in a child process, so the benchmark's own client and the simulator do not share its
 * event loop. PGlite in a temporary directory by default; with DATABASE_URL, a fresh database on
 * that PostgreSQL server which `dropDatabase()` removes at the end.
 *
 * The data directory (and the database) outlive a `stop()`, so a section can restart calsync with
 * other settings (e.g. a different Cal.com budget) on the same catalog.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createScratchDatabase } from '../../src/db/scratch-database.js';
import { sleep } from './stats.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const BENCH_ADMIN = { email: 'bench@calsync.local', password: 'bench-password-not-secret' };

/**
 * The benchmarks run against the simulator with per-key limits they set themselves (far above Cal.com's
 * 120/min), so they declare a key limit that lets each section choose calsync's budget
 * (CALCOM_RATE_PER_MINUTE) freely; against the real Cal.com, calsync refuses a budget of 120 or more.
 */
export const BENCH_KEY_LIMIT_ENV = { CALCOM_KEY_LIMIT_PER_MINUTE: '100000000' };

export interface ApiResult {
  status: number;
  body: any;
}

/** A JSON client for calsync's or the simulator's HTTP API (global fetch keeps connections alive). */
export function jsonClient(base: string, token?: string) {
  return async (method: string, p: string, body?: unknown): Promise<ApiResult> => {
    const res = await fetch(base + p, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: any = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON */
    }
    return { status: res.status, body: parsed };
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export interface BenchStore {
  /** PGlite's DATA_DIR (also holds the logs); always set. */
  dataDir: string;
  /** The fresh database's URL when DATABASE_URL was given. */
  databaseUrl?: string;
  kind: 'pglite' | 'postgres';
  /** Drops the database (PostgreSQL) and removes the directory unless `keep`. */
  dispose(keep: boolean): Promise<void>;
}

/** A fresh store: a temporary directory, plus a new database on DATABASE_URL's server when set. */
export async function freshStore(label: string): Promise<BenchStore> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `calsync-bench-${label}-`));
  const base = process.env.DATABASE_URL;
  if (!base) {
    return {
      dataDir,
      kind: 'pglite',
      async dispose(keep) {
        if (!keep) fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const db = await createScratchDatabase(base, 'calsync_bench');
  return {
    dataDir,
    databaseUrl: db.url,
    kind: 'postgres',
    async dispose(keep) {
      await db.drop();
      if (!keep) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface CalsyncProcess {
  url: string;
  /** The admin's session token. */
  token: string;
  api: (method: string, p: string, body?: unknown) => Promise<ApiResult>;
  child: ChildProcess;
  logFile: string;
  /** SIGTERM, then wait for the exit (SIGKILL after 30 s). */
  stop(): Promise<void>;
}

/**
 * Starts `calsync serve` on the store with these environment overrides (strings), waits for /healthz
 * and signs in as the benchmark's admin. calsync's JSON log is appended to `<dataDir>/calsync-<label>.log`.
 */
export async function startCalsync(store: BenchStore, env: Record<string, string>, label = 'calsync'): Promise<CalsyncProcess> {
  const port = await freePort();
  const logFile = path.join(store.dataDir, `${label}.log`);
  const out = fs.openSync(logFile, 'a');
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: store.dataDir,
    APP_SECRET: 'bench-secret-bench-secret-bench-secret',
    ADMIN_EMAIL: BENCH_ADMIN.email,
    ADMIN_PASSWORD: BENCH_ADMIN.password,
    HOST: '127.0.0.1',
    PORT: String(port),
    // The scheduled reconciliation would add its own Cal.com calls to what a section measures.
    RECONCILE_EVERY_MINUTES: '0',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    ...BENCH_KEY_LIMIT_ENV,
    ...env,
  };
  if (store.databaseUrl) childEnv.DATABASE_URL = store.databaseUrl;
  else delete childEnv.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'src/cli/main.ts'), 'serve'], {
    cwd: repoRoot,
    env: childEnv,
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  let exited: number | null | undefined;
  const exit = new Promise<void>((resolve) =>
    child.on('exit', (code, signal) => {
      exited = code ?? (signal ? -1 : 0);
      resolve();
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + 120_000;
  for (;;) {
    if (exited !== undefined) throw new Error(`calsync exited (${exited}) while starting; see ${logFile}:\n${tail(logFile)}`);
    if (Date.now() > until) {
      child.kill('SIGKILL');
      throw new Error(`calsync did not become healthy within 120 s; see ${logFile}`);
    }
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) break;
    } catch {
      /* not listening yet */
    }
    await sleep(200);
  }
  const login = await jsonClient(url)('POST', '/api/auth/login', BENCH_ADMIN);
  if (login.status !== 200) throw new Error(`bench admin could not sign in: ${login.status} ${JSON.stringify(login.body)}`);
  const token = login.body.token as string;
  return {
    url,
    token,
    api: jsonClient(url, token),
    child,
    logFile,
    async stop() {
      if (exited !== undefined) return;
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exit;
      clearTimeout(t);
    },
  };
}

function tail(file: string, lines = 20): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/** Counts log lines at level ≥ 50 (error, fatal) in calsync's pino log. */
export function countLoggedErrors(logFile: string): { errors: number; sample: string[] } {
  let errors = 0;
  const sample: string[] = [];
  let text = '';
  try {
    text = fs.readFileSync(logFile, 'utf8');
  } catch {
    return { errors, sample };
  }
  for (const line of text.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      const rec = JSON.parse(line);
      if (rec.level >= 50) {
        errors++;
        if (sample.length < 3) sample.push(String(rec.msg ?? '') + (rec.err?.message ? `: ${rec.err.message}` : ''));
      }
    } catch {
      /* partial line */
    }
  }
  return { errors, sample };
}

/** CPU, memory and Node version, for the report. */
export function machineNotes() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAverage1m: Math.round(os.loadavg()[0] * 100) / 100,
  };
}
