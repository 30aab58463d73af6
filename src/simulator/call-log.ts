/**
 * Record of every Cal.com API call the simulator answered (not /_sim), so
 * tests and the benchmark can assert on what a client actually sent and how
 * fast it sent it.
 */

export interface CallRecord {
  seq: number;
  at: string;
  method: string;
  path: string;
  query: Record<string, unknown>;
  keyHash: string | null;
  apiVersion: string | null;
  body: unknown;
  /** 0 when the connection was dropped by a fault. */
  status: number;
  requestId: string;
  durationMs: number;
  fault?: number;
}

interface KeyStats {
  total: number;
  byStatus: Record<string, number>;
  /** Largest number of requests seen in any sliding window of `windowSeconds`. */
  maxPerWindow: number;
  /** Same, counting only requests that were not answered 429. */
  maxAcceptedPerWindow: number;
  recent: number[];
  recentAccepted: number[];
}

export class CallLog {
  private calls: CallRecord[] = [];
  private seq = 0;
  private stats = new Map<string, KeyStats>();

  constructor(private windowMs: () => number) {}

  add(rec: Omit<CallRecord, 'seq'>, arrivedAt: number): CallRecord {
    const full: CallRecord = { seq: ++this.seq, ...rec };
    this.calls.push(full);
    const key = rec.keyHash ?? 'anonymous';
    let s = this.stats.get(key);
    if (!s) {
      s = { total: 0, byStatus: {}, maxPerWindow: 0, maxAcceptedPerWindow: 0, recent: [], recentAccepted: [] };
      this.stats.set(key, s);
    }
    s.total += 1;
    s.byStatus[String(rec.status)] = (s.byStatus[String(rec.status)] ?? 0) + 1;
    const horizon = arrivedAt - this.windowMs();
    s.recent = s.recent.filter((t) => t > horizon);
    s.recent.push(arrivedAt);
    s.maxPerWindow = Math.max(s.maxPerWindow, s.recent.length);
    if (rec.status !== 429) {
      s.recentAccepted = s.recentAccepted.filter((t) => t > horizon);
      s.recentAccepted.push(arrivedAt);
      s.maxAcceptedPerWindow = Math.max(s.maxAcceptedPerWindow, s.recentAccepted.length);
    }
    return full;
  }

  since(seq: number): CallRecord[] {
    return this.calls.filter((c) => c.seq > seq);
  }

  clear(): void {
    this.calls = [];
    this.stats.clear();
  }

  statsSnapshot() {
    const byKey: Record<string, Omit<KeyStats, 'recent' | 'recentAccepted'>> = {};
    for (const [key, { recent: _r, recentAccepted: _ra, ...rest }] of this.stats) byKey[key] = rest;
    return { totalCalls: this.calls.length, lastSeq: this.seq, byKey };
  }
}
