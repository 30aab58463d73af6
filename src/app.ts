import pino from 'pino';
import type { Config } from './config.js';
import type { AppContext } from './context.js';
import { openDatabase } from './db/database.js';
import { migrate } from './db/migrate.js';
import { startQueue } from './jobs/queue.js';
import { createSecretBox, hashPassword } from './secrets.js';
import { createRateLimiter } from './calcom/rate-limiter.js';
import { createMetrics } from './http/metrics.js';
import { logContextMixin } from './log-context.js';

/** Opens the database, applies migrations and starts the queue: the context every command runs in. */
export async function createApp(
  config: Config,
  opts: { logger?: pino.Logger; /** Where the product's own logger writes (default stdout); tests capture it. */ logStream?: pino.DestinationStream } = {},
): Promise<AppContext & { close(): Promise<void> }> {
  const logOptions: pino.LoggerOptions = {
    level: config.LOG_LEVEL,
    mixin: logContextMixin,
    redact: { paths: ['*.calcomApiKey', '*.apiKey', '*.password', '*.webhookSecret', 'req.headers.authorization', 'req.headers.cookie'], censor: '[redacted]' },
  };
  const log = opts.logger ?? (opts.logStream ? pino(logOptions, opts.logStream) : pino(logOptions));
  const db = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  await migrate(db);
  const queue = await startQueue(db, config);
  const ctx = {
    config,
    db,
    queue,
    log,
    secrets: createSecretBox(config.appSecret),
    limiter: createRateLimiter(db, { perMinute: config.CALCOM_RATE_PER_MINUTE }),
  } as AppContext;
  ctx.metrics = createMetrics(ctx);
  await ensureAdmin(ctx);
  return {
    ...ctx,
    async close() {
      await queue.stop().catch(() => {});
      await db.close();
    },
  };
}

/** ADMIN_EMAIL / ADMIN_PASSWORD create the first admin when there is no user yet. */
async function ensureAdmin(ctx: AppContext) {
  const { ADMIN_EMAIL, ADMIN_PASSWORD } = ctx.config;
  if (!ADMIN_EMAIL || !ADMIN_PASSWORD) return;
  const [{ n }] = await ctx.db.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
  if (n > 0) return;
  await ctx.db.query("INSERT INTO users (email, password_hash, role) VALUES ($1, $2, 'admin') ON CONFLICT (email) DO NOTHING", [
    ADMIN_EMAIL,
    await hashPassword(ADMIN_PASSWORD),
  ]);
  ctx.log.info({ email: ADMIN_EMAIL }, 'created the first admin user');
}
