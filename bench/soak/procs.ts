/**
 * Processes of the soak and the scale-out run: `calsync serve` comes from bench/lib (startCalsync);
 * this adds `calsync worker` (worker only, PostgreSQL) with the same environment, and a SIGKILL helper.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_ADMIN, BENCH_KEY_LIMIT_ENV, type BenchStore, type CalsyncProcess } from '../lib/calsync.js';
import { sleep } from '../lib/stats.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface WorkerProcess {
  child: ChildProcess;
  logFile: string;
  exited: Promise<void>;
  isRunning(): boolean;
  stop(): Promise<void>;
}

/** Starts `calsync worker` on the store (PostgreSQL only) and waits until its log says it runs. */
export async function startWorkerProcess(store: BenchStore, env: Record<string, string>, label: string): Promise<WorkerProcess> {
  if (!store.databaseUrl) throw new Error('calsync worker needs PostgreSQL (PGlite allows one process)');
  const logFile = path.join(store.dataDir, `${label}.log`);
  const before = fs.existsSync(logFile) ? fs.statSync(logFile).size : 0;
  const out = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'src/cli/main.ts'), 'worker'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      DATA_DIR: store.dataDir,
      DATABASE_URL: store.databaseUrl,
      APP_SECRET: 'bench-secret-bench-secret-bench-secret',
      ADMIN_EMAIL: BENCH_ADMIN.email,
      ADMIN_PASSWORD: BENCH_ADMIN.password,
      RECONCILE_EVERY_MINUTES: '0',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
      ...BENCH_KEY_LIMIT_ENV,
      ...env,
    },
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  let running = true;
  const exited = new Promise<void>((resolve) =>
    child.on('exit', () => {
      running = false;
      resolve();
    }),
  );
  const until = Date.now() + 120_000;
  for (;;) {
    if (!running) throw new Error(`calsync worker exited while starting; see ${logFile}`);
    if (Date.now() > until) {
      child.kill('SIGKILL');
      throw new Error(`calsync worker did not start within 120 s; see ${logFile}`);
    }
    const text = readFrom(logFile, before);
    if (text.includes('calsync worker running')) break;
    await sleep(200);
  }
  return {
    child,
    logFile,
    exited,
    isRunning: () => running,
    async stop() {
      if (!running) return;
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(t);
    },
  };
}

function readFrom(file: string, offset: number): string {
  try {
    const fd = fs.openSync(file, 'r');
    const size = fs.fstatSync(fd).size;
    const buf = Buffer.alloc(Math.max(0, size - offset));
    fs.readSync(fd, buf, 0, buf.length, offset);
    fs.closeSync(fd);
    return buf.toString('utf8');
  } catch {
    return '';
  }
}

/** SIGKILL and wait for the exit. */
export async function killHard(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const done = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGKILL');
  await done;
}

/** The exit promise of a serve process started by startCalsync (it keeps its own private). */
export function isAlive(p: CalsyncProcess | WorkerProcess): boolean {
  return p.child.exitCode === null && p.child.signalCode === null;
}
