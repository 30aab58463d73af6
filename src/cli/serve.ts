import type { Config } from '../config.js';
import { createApp } from '../app.js';
import { buildServer } from '../http/server.js';
import { startWorker } from '../jobs/worker.js';
import { seedDemo } from './demo.js';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { setLocalCliToken } from '../http/auth.js';

/**
 * Runs the HTTP server and/or the worker until SIGTERM/SIGINT, then shuts down gracefully:
 * stop taking requests, let in-flight pushes finish (or hand them back to the queue), close the database.
 */
export async function runServe(config: Config, opts: { demo: boolean; http: boolean }) {
  let simulator: { url: string; close(): Promise<void> } | null = null;
  if (opts.demo && !process.env.CALCOM_API_URL) {
    // Only the demo company talks to the simulator (seedDemo gives it the simulator's URL); the default
    // CALCOM_API_URL stays the real Cal.com, so a company added later with a real key reaches Cal.com.
    const { startSimulator } = await import('../simulator/simulator.js');
    simulator = await startSimulator({ port: Number(process.env.SIM_PORT ?? config.PORT + 1), host: config.HOST, stateFile: `${config.DATA_DIR}/simulator-state.json` });
  }
  const app = await createApp(config);
  const server = opts.http ? await buildServer(app) : null;
  await startWorker(app);
  const serverFile = path.join(config.DATA_DIR, 'server.json');
  if (server) {
    await server.listen({ port: config.PORT, host: config.HOST });
    const token = crypto.randomBytes(32).toString('base64url');
    setLocalCliToken(token);
    fs.writeFileSync(serverFile, JSON.stringify({ url: `http://${config.HOST}:${config.PORT}`, token, pid: process.pid }), { mode: 0o600 });
  }
  if (opts.demo) await seedDemo(app, server ? `http://${config.HOST}:${config.PORT}` : null, simulator?.url ?? null);
  else app.log.info({ url: server ? `http://${config.HOST}:${config.PORT}` : null, database: app.db.kind }, opts.http ? 'calsync serving' : 'calsync worker running');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    if (server) fs.rmSync(serverFile, { force: true });
    await server?.close();
    await app.close();
    await simulator?.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}
