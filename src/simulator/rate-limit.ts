/**
 * Cal.com's CustomThrottlerGuard for API keys: one tracker per SHA-256 of the
 * key (so every worker sharing a key shares the budget), a fixed window that
 * starts at the tracker's first request, and once the limit is exceeded the
 * tracker is blocked for `blockSeconds` — every request in the block is a 429,
 * and the block does not slide. No Retry-After header is ever sent.
 */

export interface RateLimitConfig {
  limit: number;
  windowSeconds: number;
  blockSeconds: number;
}

interface Tracker {
  windowStart: number;
  hits: number;
  blockedUntil: number;
}

export interface RateDecision {
  allowed: boolean;
  headers: Record<string, string>;
}

export class RateLimiter {
  private trackers = new Map<string, Tracker>();
  /** A control-API-forced 429 window affecting every key. */
  private forcedUntil = 0;

  constructor(public config: RateLimitConfig) {}

  configure(config: Partial<RateLimitConfig>): void {
    this.config = { ...this.config, ...stripUndef(config) };
    this.trackers.clear();
  }

  reset(): void {
    this.trackers.clear();
    this.forcedUntil = 0;
  }

  force429(seconds: number, now = Date.now()): void {
    this.forcedUntil = seconds > 0 ? now + seconds * 1000 : 0;
  }

  hit(trackerKey: string, now = Date.now()): RateDecision {
    const { limit, windowSeconds, blockSeconds } = this.config;
    const windowMs = windowSeconds * 1000;

    if (now < this.forcedUntil) {
      return { allowed: false, headers: this.headers(0, this.forcedUntil - now) };
    }

    let t = this.trackers.get(trackerKey);
    if (t && t.blockedUntil > 0 && now >= t.blockedUntil) {
      // Block over: the next request opens a fresh window.
      t = undefined;
    }
    if (!t || (t.blockedUntil === 0 && now - t.windowStart >= windowMs)) {
      t = { windowStart: now, hits: 0, blockedUntil: 0 };
      this.trackers.set(trackerKey, t);
    }
    if (t.blockedUntil > now) {
      return { allowed: false, headers: this.headers(0, t.blockedUntil - now) };
    }
    t.hits += 1;
    if (t.hits > limit) {
      t.blockedUntil = now + blockSeconds * 1000;
      return { allowed: false, headers: this.headers(0, t.blockedUntil - now) };
    }
    return { allowed: true, headers: this.headers(limit - t.hits, t.windowStart + windowMs - now) };
  }

  private headers(remaining: number, msToReset: number): Record<string, string> {
    return {
      'X-RateLimit-Limit-Default': String(this.config.limit),
      'X-RateLimit-Remaining-Default': String(Math.max(0, remaining)),
      // Seconds until the window (or the block) expires, as the throttler storage reports it.
      'X-RateLimit-Reset-Default': String(Math.max(0, Math.ceil(msToReset / 1000))),
    };
  }
}

function stripUndef<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
