import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.js';
import { migrationsCurrent } from '../../db/migrate.js';
import { openApiDocument } from '../openapi.js';

export async function healthRoutes(app: FastifyInstance, ctx: AppContext) {
  const doc = openApiDocument();
  app.get('/api/openapi.json', async () => doc);
  // Prometheus scrape endpoint: counts and ages only, no secrets and no personal data.
  app.get('/metrics', async (_req, reply) => reply.type(ctx.metrics.registry.contentType).send(await ctx.metrics.registry.metrics()));
  // Liveness without the database: the server's floor (the benchmark's no-work route).
  app.get('/livez', async () => ({ ok: true }));
  app.get('/healthz', async (_req, reply) => {
    try {
      const current = await migrationsCurrent(ctx.db);
      if (!current) return reply.status(503).send({ status: 'migrations pending' });
      return { status: 'ok', database: ctx.db.kind };
    } catch (e) {
      return reply.status(503).send({ status: 'database unreachable' });
    }
  });
}
