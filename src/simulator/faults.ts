/**
 * Fault injection for Cal.com API requests. Faults are consumed in FIFO order:
 * the first queued fault whose method/path match the request takes effect
 * (and loses one of its `times`).
 *
 * Kinds:
 *  - `status` (+ optional `body`): answer with it, the request is NOT processed.
 *  - `drop`: destroy the socket without answering. Not processed unless
 *    `applyBeforeDrop` is set ("the edit landed but the response was lost").
 *  - `delayMs` alone: the request IS processed and the answer arrives late
 *    ("an edit that landed but answered late"). With `afterDelayApply` the
 *    change is applied only after the delay instead of before it.
 *  `delayMs` combined with `status`/`drop` delays that outcome.
 */

export interface FaultSpec {
  method?: string;
  path?: string;
  status?: number;
  body?: unknown;
  delayMs?: number;
  drop?: boolean;
  applyBeforeDrop?: boolean;
  times?: number;
  afterDelayApply?: boolean;
}

export interface Fault extends FaultSpec {
  id: number;
  /** Remaining applications; -1 = until cleared. */
  remaining: number;
  hits: number;
}

export class FaultQueue {
  private faults: Fault[] = [];
  private nextId = 1;

  add(spec: FaultSpec): Fault {
    if (spec.path !== undefined) new RegExp(spec.path); // fail fast on a bad regex
    const fault: Fault = {
      ...spec,
      method: spec.method?.toUpperCase(),
      id: this.nextId++,
      remaining: spec.times ?? 1,
      hits: 0,
    };
    this.faults.push(fault);
    return fault;
  }

  clear(): void {
    this.faults = [];
  }

  list(): Fault[] {
    return [...this.faults];
  }

  /** Consume one application of the first matching fault, if any. */
  take(method: string, path: string): Fault | undefined {
    const fault = this.faults.find(
      (f) => (!f.method || f.method === method.toUpperCase()) && (!f.path || new RegExp(f.path).test(path)),
    );
    if (!fault) return undefined;
    fault.hits += 1;
    if (fault.remaining > 0) {
      fault.remaining -= 1;
      if (fault.remaining === 0) this.faults = this.faults.filter((f) => f !== fault);
    }
    return fault;
  }
}
