/**
 * Standalone Cal.com simulator: `npx tsx src/simulator/main.ts`.
 * Env: SIM_PORT (default 4567; 0 = random), SIM_HOST, SIM_RATE_PER_MINUTE,
 * SIM_BLOCK_SECONDS, SIM_WINDOW_SECONDS, SIM_LOG=1, SIM_STATE_FILE (persist state there).
 */
import { startSimulator } from './simulator.js';

const num = (v: string | undefined) => (v === undefined || v === '' ? undefined : Number(v));

const sim = await startSimulator({
  port: num(process.env.SIM_PORT) ?? 4567,
  host: process.env.SIM_HOST,
  ratePerMinute: num(process.env.SIM_RATE_PER_MINUTE),
  blockSeconds: num(process.env.SIM_BLOCK_SECONDS),
  windowSeconds: num(process.env.SIM_WINDOW_SECONDS),
  log: process.env.SIM_LOG === '1',
  stateFile: process.env.SIM_STATE_FILE || undefined,
});

console.log(`Cal.com simulator listening on ${sim.url} (Cal.com base URL: ${sim.baseUrl}, control: ${sim.url}/_sim)`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void sim.close().then(() => process.exit(0));
  });
}
