import { z } from 'zod';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

/** The one place that reads the environment. Parsed once in the CLI and passed down. */
const envSchema = z.object({
  DATABASE_URL: z.string().optional(),
  DATA_DIR: z.string().default('./data'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  APP_SECRET: z.string().optional(),
  ADMIN_EMAIL: z.string().optional(),
  ADMIN_PASSWORD: z.string().optional(),
  CALCOM_API_URL: z.string().default('https://api.cal.com/v2'),
  /** The address Cal.com reaches calsync at (webhook URLs); default http://HOST:PORT. Cal.com needs public HTTPS. */
  PUBLIC_URL: z.string().url().optional(),
  CALCOM_API_VERSION: z.string().default('2024-06-14'),
  /** Requests per minute calsync allows itself per Cal.com API key; must stay below CALCOM_KEY_LIMIT_PER_MINUTE. */
  CALCOM_RATE_PER_MINUTE: z.coerce.number().positive().default(100),
  /**
   * Requests per minute Cal.com allows one API key: 120, and past that it blocks the key for 60 s. Raise it
   * only if Cal.com raised your limit (the benchmarks raise it for the simulator, which they configure).
   */
  CALCOM_KEY_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(120),
  /** Per-request timeout towards Cal.com, in ms. */
  CALCOM_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** How long a push may hold a service before another worker may take it over, in seconds. */
  PUSH_LEASE_SECONDS: z.coerce.number().int().positive().default(60),
  /** Transient failures retried before a push gives up with an error. */
  PUSH_RETRY_LIMIT: z.coerce.number().int().min(0).default(12),
  /** First retry delay in seconds; doubles each time (pg-boss backoff, with jitter). */
  PUSH_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).default(2),
  /** A push of a lone edit waits until its service has been quiet this long (ms)… */
  PUSH_DEBOUNCE_MS: z.coerce.number().int().min(0).default(100),
  /** …and, during a burst (2+ edits in the last second), this long, so the burst becomes one PATCH… */
  PUSH_BURST_QUIET_MS: z.coerce.number().int().min(0).default(500),
  /** …but never longer than this after the first edit of the burst (ms). */
  PUSH_MAX_WAIT_MS: z.coerce.number().int().min(0).default(3000),
  /** Concurrent pushes per worker process. */
  WORKER_CONCURRENCY: z.coerce.number().int().positive().default(4),
  /** Longest the processing of one webhook delivery waits for a lull in incoming deliveries (ms; 0 = never waits). */
  WEBHOOK_PROCESS_YIELD_MS: z.coerce.number().int().min(0).default(250),
  /** Minutes between scheduled reconciliations of every company (0 = off). */
  RECONCILE_EVERY_MINUTES: z.coerce.number().min(0).default(10),
  /** Minutes between backstop polls of every company's Cal.com bookings (0 = off). */
  BOOKINGS_POLL_MINUTES: z.coerce.number().min(0).default(5),
  /** Companies reconciled at once (each has its own API key and budget). */
  RECONCILE_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(6),
  /** Days a processed webhook delivery keeps its raw body (the row and its outcome stay). */
  WEBHOOK_BODY_RETENTION_DAYS: z.coerce.number().int().min(1).default(30),
  LOG_LEVEL: z.string().default('info'),
}).superRefine((c, issue) => {
  if (c.CALCOM_RATE_PER_MINUTE >= c.CALCOM_KEY_LIMIT_PER_MINUTE) {
    const max = c.CALCOM_KEY_LIMIT_PER_MINUTE - 1;
    issue.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['CALCOM_RATE_PER_MINUTE'],
      message:
        `must be at most ${max}: Cal.com allows ${c.CALCOM_KEY_LIMIT_PER_MINUTE} requests per minute per API key and blocks the key for 60 s past that` +
        (c.CALCOM_KEY_LIMIT_PER_MINUTE === 120 ? ' (if Cal.com raised your limit, set CALCOM_KEY_LIMIT_PER_MINUTE)' : ' (CALCOM_KEY_LIMIT_PER_MINUTE)'),
    });
  }
});

export type Config = z.infer<typeof envSchema> & { appSecret: string; publicUrl: string };

/** Parse the environment; generates `APP_SECRET` into DATA_DIR on first start when unset. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid environment variable ${issue.path.join('.')}: ${issue.message}`);
  }
  const c = parsed.data;
  const appSecret = c.APP_SECRET ?? readOrCreateSecret(c.DATA_DIR);
  return { ...c, appSecret, publicUrl: (c.PUBLIC_URL ?? `http://${c.HOST}:${c.PORT}`).replace(/\/+$/, '') };
}

function readOrCreateSecret(dataDir: string): string {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'app-secret');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const secret = crypto.randomBytes(32).toString('base64url');
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
