/**
 * The chaos driver's Cal.com side: the simulator's faults have no probability, so a ticker watches how
 * many calls arrived since its last look and queues one single-use fault per new call with the chosen
 * probabilities (10 % 5xx, 5 % answers slower than calsync's timeout, 3 % dropped connections). A few
 * faults at most wait in the queue at once, so a pause (calsync killed) does not stack them up.
 * Forced-429 windows are recorded with their times so the checker can tell caused 429s from forced ones.
 */
import type { BenchSim } from '../lib/sim.js';
import { sleep } from '../lib/stats.js';

export type FaultKind = '5xx' | 'slow' | 'slow-apply-after' | 'drop' | 'drop-applied';

export interface ChaosOptions {
  p5xx: number;
  pSlow: number;
  pDrop: number;
  /** Delay of a slow answer, above calsync's CALCOM_TIMEOUT_MS. */
  slowMs: number;
  rand: () => number;
}

export interface Window {
  startMs: number;
  endMs: number;
}

export class Chaos {
  readonly kinds = new Map<number, FaultKind>();
  readonly queued: Record<FaultKind, number> = { '5xx': 0, slow: 0, 'slow-apply-after': 0, drop: 0, 'drop-applied': 0 };
  readonly windows: Window[] = [];
  private lastSeq = 0;
  private running = false;
  private loop: Promise<void> | null = null;

  constructor(
    private sim: BenchSim,
    private o: ChaosOptions,
  ) {}

  async start() {
    this.lastSeq = (await this.sim.stats()).lastSeq;
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        await this.tick().catch(() => {});
        await sleep(150);
      }
    })();
  }

  private async tick() {
    const s = await this.sim.stats();
    const fresh = s.lastSeq - this.lastSeq;
    this.lastSeq = s.lastSeq;
    const pending = ((await this.sim.api('GET', '/_sim/faults')).body.data as unknown[]).length;
    let room = Math.max(0, 4 - pending);
    for (let i = 0; i < fresh && room > 0; i++) {
      const r = this.o.rand();
      let kind: FaultKind | null = null;
      if (r < this.o.p5xx) kind = '5xx';
      else if (r < this.o.p5xx + this.o.pSlow) kind = 'slow';
      else if (r < this.o.p5xx + this.o.pSlow + this.o.pDrop) kind = this.o.rand() < 0.5 ? 'drop' : 'drop-applied';
      if (!kind) continue;
      room--;
      await this.add(kind);
    }
  }

  private async add(kind: FaultKind) {
    const base = { path: '^/v2/event-types', times: 1 };
    const spec =
      kind === '5xx'
        ? { ...base, status: [500, 502, 503][Math.floor(this.o.rand() * 3)], body: { status: 'error', error: { code: 'INTERNAL', message: 'chaos' } } }
        : kind === 'slow'
          ? { ...base, delayMs: this.o.slowMs }
          : kind === 'slow-apply-after'
            ? { ...base, delayMs: this.o.slowMs, afterDelayApply: true }
            : kind === 'drop'
              ? { ...base, drop: true }
              : { ...base, drop: true, applyBeforeDrop: true };
    const r = await this.sim.api('POST', '/_sim/faults', spec);
    const id = r.body?.data?.id;
    if (typeof id === 'number') {
      this.kinds.set(id, kind);
      this.queued[kind]++;
    }
  }

  /** Every Cal.com call answered 429 for `seconds`; the window is kept for the checker. */
  async force429(seconds: number) {
    const startMs = Date.now();
    await this.sim.api('POST', '/_sim/force-429', { seconds });
    this.windows.push({ startMs, endMs: Date.now() + seconds * 1000 });
  }

  /** Stops adding faults and clears those still queued (and any forced 429 still running). */
  async stop() {
    this.running = false;
    await this.loop;
    await this.sim.api('DELETE', '/_sim/faults');
    await this.sim.api('POST', '/_sim/force-429', { seconds: 0 });
    const w = this.windows.at(-1);
    if (w && w.endMs > Date.now()) w.endMs = Date.now();
  }
}
