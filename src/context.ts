import type { Config } from './config.js';
import type { Database } from './db/database.js';
import type { Queue } from './jobs/queue.js';
import type { SecretBox } from './secrets.js';
import type { Logger } from 'pino';
import type { RateLimiter } from './calcom/rate-limiter.js';
import type { Metrics } from './http/metrics.js';

/** Everything a use case needs, built once at start and passed in (never read from globals). */
export interface AppContext {
  config: Config;
  db: Database;
  queue: Queue;
  secrets: SecretBox;
  log: Logger;
  limiter: RateLimiter;
  metrics: Metrics;
}

/** Who is acting: a signed-in person, or calsync itself (worker, reconciliation, webhook). */
export interface Actor {
  role: 'admin' | 'manager' | 'system';
  companyId: string | null;
  userId?: string;
  /** What history records as "who". */
  label: string;
}

export const systemActor = (label: string): Actor => ({ role: 'system', companyId: null, label });
