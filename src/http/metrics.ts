import client from 'prom-client';
import type { AppContext } from '../context.js';

/** Prometheus metrics. Counters count in this process; gauges are read from the database at scrape time. */
export function createMetrics(ctx: AppContext) {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: 'calsync_process_' });

  const pushes = new client.Counter({ name: 'calsync_pushes_total', help: 'Pushes to Cal.com by outcome', labelNames: ['outcome'], registers: [registry] });
  new client.Gauge({
    name: 'calsync_queue_depth',
    help: 'Jobs waiting per queue',
    labelNames: ['queue'],
    registers: [registry],
    async collect() {
      const rows = await ctx.db.query("SELECT name, count(*)::int AS n FROM pgboss.job WHERE state IN ('created', 'retry') GROUP BY name");
      this.reset();
      for (const r of rows) this.set({ queue: r.name }, r.n);
    },
  });
  new client.Gauge({
    name: 'calsync_oldest_pending_push_seconds',
    help: 'Age of the oldest service waiting for a push (since its last edit)',
    registers: [registry],
    async collect() {
      const [r] = await ctx.db.query("SELECT coalesce(extract(epoch FROM now() - min(updated_at)), 0)::float AS s FROM services WHERE sync_status = 'pending'");
      this.set(r.s);
    },
  });
  new client.Gauge({
    name: 'calsync_services',
    help: 'Services by sync status',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      const rows = await ctx.db.query('SELECT sync_status, count(*)::int AS n FROM services GROUP BY sync_status');
      this.reset();
      for (const s of ['never', 'pending', 'synced', 'error']) this.set({ status: s }, rows.find((r) => r.sync_status === s)?.n ?? 0);
    },
  });
  new client.Gauge({
    name: 'calsync_open_divergences',
    help: 'Open divergences and conflicts',
    labelNames: ['kind'],
    registers: [registry],
    async collect() {
      const rows = await ctx.db.query('SELECT kind, count(*)::int AS n FROM divergences WHERE resolved_at IS NULL GROUP BY kind');
      this.reset();
      for (const k of ['divergence', 'conflict']) this.set({ kind: k }, rows.find((r) => r.kind === k)?.n ?? 0);
    },
  });
  new client.Gauge({
    name: 'calsync_rate_budget_used',
    help: 'Share of the Cal.com rate budget in use per company (0..1)',
    labelNames: ['company'],
    registers: [registry],
    async collect() {
      const rows = await ctx.db.query('SELECT id, calcom_key_hash FROM companies');
      this.reset();
      for (const r of rows) this.set({ company: r.id }, (await ctx.limiter.usage(r.calcom_key_hash)).budgetUsed);
    },
  });
  new client.Gauge({
    name: 'calsync_webhook_deliveries',
    help: 'Stored webhook deliveries by status',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      const rows = await ctx.db.query('SELECT status, count(*)::int AS n FROM webhook_deliveries GROUP BY status').catch(() => []);
      this.reset();
      for (const r of rows) this.set({ status: r.status }, r.n);
    },
  });
  return { registry, pushes };
}
export type Metrics = ReturnType<typeof createMetrics>;
