/**
 * The Cal.com simulator as the benchmarks use it: in the benchmark's own process (it is light), talked
 * to over real HTTP by calsync and through its `/_sim` control API by the benchmark.
 */
import { startSimulator, type Simulator, type CallRecord } from '../../src/simulator/simulator.js';
import { jsonClient } from './calsync.js';

export interface KeyStats {
  total: number;
  byStatus: Record<string, number>;
  maxPerWindow: number;
  maxAcceptedPerWindow: number;
}

export interface BenchSim {
  sim: Simulator;
  url: string;
  baseUrl: string;
  api: ReturnType<typeof jsonClient>;
  /** Sets the per-key limit (this also resets the simulator's throttler trackers). */
  setRate(ratePerMinute: number): Promise<void>;
  /** Calls logged after `seq` (0: all since the last clear). */
  calls(since?: number): Promise<CallRecord[]>;
  stats(): Promise<{ totalCalls: number; lastSeq: number; byKey: Record<string, KeyStats> }>;
  /**
   * Ends a phase: reads the per-key stats, adds its 429s to the running total, then clears the call
   * log and the stats so the next phase's figures (e.g. most calls in any 60 s) are its own.
   */
  endPhase(): Promise<{ calls: number; throttled429: number; maxPerWindow: number; maxAcceptedPerWindow: number }>;
  /** 429s counted by `/_sim/stats` over every phase ended so far plus the current one. */
  total429(): Promise<number>;
  close(): Promise<void>;
}

export async function startBenchSim(ratePerMinute: number): Promise<BenchSim> {
  const sim = await startSimulator({ port: 0, ratePerMinute });
  const api = jsonClient(sim.url);
  let past429 = 0;
  const stats = async () => {
    const r = await api('GET', '/_sim/stats');
    if (r.status !== 200) throw new Error(`/_sim/stats answered ${r.status}`);
    return r.body.data as { totalCalls: number; lastSeq: number; byKey: Record<string, KeyStats> };
  };
  const count429 = (s: Awaited<ReturnType<typeof stats>>) => Object.values(s.byKey).reduce((n, k) => n + (k.byStatus['429'] ?? 0), 0);
  return {
    sim,
    url: sim.url,
    baseUrl: sim.baseUrl,
    api,
    async setRate(ratePerMinute) {
      const r = await api('PUT', '/_sim/rate-limit', { ratePerMinute });
      if (r.status !== 200) throw new Error(`PUT /_sim/rate-limit answered ${r.status}`);
    },
    async calls(since = 0) {
      const r = await api('GET', `/_sim/calls?since=${since}`);
      return r.body.data as CallRecord[];
    },
    stats,
    async endPhase() {
      const s = await stats();
      const n429 = count429(s);
      past429 += n429;
      const keys = Object.values(s.byKey);
      await api('DELETE', '/_sim/calls');
      return {
        calls: s.totalCalls,
        throttled429: n429,
        maxPerWindow: Math.max(0, ...keys.map((k) => k.maxPerWindow)),
        maxAcceptedPerWindow: Math.max(0, ...keys.map((k) => k.maxAcceptedPerWindow)),
      };
    },
    async total429() {
      return past429 + count429(await stats());
    },
    close: () => sim.close(),
  };
}
