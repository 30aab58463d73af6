import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { SYNC_STATUSES, createServiceInput, patchServiceInput } from '../../domain/service.js';
import { getServiceView, listServices, serviceCompany } from '../../db/services-repo.js';
import { serviceHistory } from '../../db/history-repo.js';
import { assertCompanyAccess, createService, patchService, requestSync, resetSync } from '../../sync/service-edits.js';
import { parse } from '../validate.js';
import { SYNCED_FIELDS, type SyncedField } from '../../domain/sync-fields.js';
import type { Actor } from '../../context.js';

const bool = z.enum(['true', 'false']).transform((v) => v === 'true');
const listQuery = z.object({
  companyId: z.string().uuid('companyId must be a company id').optional(),
  syncStatus: z.enum(SYNC_STATUSES, { errorMap: () => ({ message: `syncStatus must be one of ${SYNC_STATUSES.join(', ')}` }) }).optional(),
  q: z.string().max(200).optional(),
  branchId: z.string().uuid('branchId must be a branch id').optional(),
  isActive: bool.optional(),
  isOnline: bool.optional(),
  drifted: bool.optional(),
  bookable: z.enum(['phone', 'online', 'none'], { errorMap: () => ({ message: 'bookable must be phone, online or none' }) }).optional(),
  sort: z.enum(['name', 'durationMinutes', 'price', 'syncStatus', 'lastCalcomSync', 'updatedAt']).optional(),
  order: z.enum(['asc', 'desc']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

const syncInput = z
  .object({
    fields: z
      .array(z.enum(SYNCED_FIELDS as [SyncedField, ...SyncedField[]], { errorMap: () => ({ message: `fields: each must be one of ${SYNCED_FIELDS.join(', ')}` }) }))
      .min(1, 'fields: name at least one field, or leave it out to push every field')
      .max(SYNCED_FIELDS.length)
      .optional(),
  })
  .strict();

/** `GET /api/services/:id/history`: a page after the cursor `after` (the previous answer's `next`). */
const historyQuery = z.object({
  after: z
    .string({ invalid_type_error: 'after must be the cursor from a previous answer’s next' })
    .regex(/^[1-9][0-9]{0,14}$/, 'after must be the cursor from a previous answer’s next')
    .transform(Number)
    .optional(),
  limit: z.coerce
    .number({ invalid_type_error: 'limit must be a whole number from 1 to 1000' })
    .int('limit must be a whole number from 1 to 1000')
    .min(1, 'limit must be a whole number from 1 to 1000')
    .max(1000, 'limit must be a whole number from 1 to 1000')
    .default(500),
});

/** Finds the service's company, and answers 404 when the caller may not see it. */
export async function scopeService(ctx: AppContext, actor: Actor, params: unknown): Promise<{ companyId: string; serviceId: string }> {
  const id = (params as { id?: string })?.id ?? '';
  if (!z.string().uuid().safeParse(id).success) throw notFound('Service');
  const companyId = await serviceCompany(ctx.db, id);
  if (!companyId) throw notFound('Service');
  try {
    assertCompanyAccess(actor, companyId);
  } catch {
    throw notFound('Service');
  }
  return { companyId, serviceId: id };
}

export async function serviceRoutes(app: FastifyInstance, ctx: AppContext) {
  app.post('/api/services', async (req, reply) => {
    const input = parse(createServiceInput.strict(), req.body);
    return reply.status(201).send(await createService(ctx, req.actor, input));
  });

  app.get('/api/services', async (req) => {
    const f = parse(listQuery, req.query);
    if (f.companyId) assertCompanyAccess(req.actor, f.companyId);
    const companyIds = f.companyId ? [f.companyId] : req.actor.role === 'manager' ? [req.actor.companyId!] : null;
    return listServices(ctx.db, { ...f, companyIds });
  });

  app.get('/api/services/:id', async (req) => {
    const { companyId, serviceId } = await scopeService(ctx, req.actor, req.params);
    const v = await getServiceView(ctx.db, companyId, serviceId);
    if (!v) throw notFound('Service');
    return v;
  });

  app.patch('/api/services/:id', async (req) => {
    const { companyId, serviceId } = await scopeService(ctx, req.actor, req.params);
    return patchService(ctx, req.actor, companyId, serviceId, parse(patchServiceInput.strict(), req.body));
  });

  app.post('/api/services/:id/sync', async (req, reply) => {
    const { companyId, serviceId } = await scopeService(ctx, req.actor, req.params);
    const { fields } = parse(syncInput, req.body ?? {});
    await requestSync(ctx, req.actor, companyId, serviceId, fields);
    return reply.status(202).send({ queued: true });
  });

  app.post('/api/services/:id/reset-sync', async (req, reply) => {
    const { companyId, serviceId } = await scopeService(ctx, req.actor, req.params);
    await resetSync(ctx, req.actor, companyId, serviceId);
    return reply.status(202).send({ queued: true });
  });

  app.get('/api/services/:id/history', async (req) => {
    const { companyId, serviceId } = await scopeService(ctx, req.actor, req.params);
    const page = parse(historyQuery, req.query);
    return serviceHistory(ctx.db, companyId, serviceId, page);
  });
}
