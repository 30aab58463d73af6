import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { createCompany, getCompany, listCompanyViews, testConnection, updateCompany } from '../../sync/companies.js';
import { assertCompanyAccess } from '../../sync/service-edits.js';
import { listServices } from '../../db/services-repo.js';
import { parse } from '../validate.js';

const url = z.string().url('calcomApiUrl must be a URL').max(500).refine((u) => /^https?:\/\//.test(u), 'calcomApiUrl must start with http:// or https://');
const companyInput = z
  .object({
    name: z.string({ required_error: 'name is required' }).trim().min(1, 'name must not be empty').max(200, 'name must be at most 200 characters'),
    calcomApiKey: z.string({ required_error: 'calcomApiKey is required' }).trim().min(1, 'calcomApiKey must not be empty').max(500),
    calcomApiUrl: url.optional(),
  })
  .strict();
const companyPatch = companyInput.partial().strict();
const branchInput = z.object({ name: z.string({ required_error: 'name is required' }).trim().min(1, 'name must not be empty').max(200) }).strict();
const idParam = z.object({ id: z.string().uuid('id must be a company id') });
const bookableQuery = z.object({ channel: z.enum(['phone', 'online']).default('phone') });

export async function companyRoutes(app: FastifyInstance, ctx: AppContext) {
  app.post('/api/companies', async (req, reply) => reply.status(201).send(await createCompany(ctx, req.actor, parse(companyInput, req.body))));
  app.get('/api/companies', async (req) => ({ data: await listCompanyViews(ctx, req.actor) }));
  app.get('/api/companies/:id', async (req) => getCompany(ctx, req.actor, companyId(req.params)));
  app.patch('/api/companies/:id', async (req) => updateCompany(ctx, req.actor, companyId(req.params), parse(companyPatch, req.body)));
  app.post('/api/companies/:id/test-connection', async (req) => testConnection(ctx, req.actor, companyId(req.params)));

  app.post('/api/companies/:id/branches', async (req, reply) => {
    const id = companyId(req.params);
    await getCompany(ctx, req.actor, id);
    const body = parse(branchInput, req.body);
    const [b] = await ctx.db.query('INSERT INTO branches (company_id, name) VALUES ($1, $2) RETURNING id, company_id, name', [id, body.name]);
    return reply.status(201).send({ id: b.id, companyId: b.company_id, name: b.name });
  });
  app.get('/api/companies/:id/branches', async (req) => {
    const id = companyId(req.params);
    await getCompany(ctx, req.actor, id);
    const rows = await ctx.db.query('SELECT id, company_id, name FROM branches WHERE company_id = $1 ORDER BY name', [id]);
    return { data: rows.map((b) => ({ id: b.id, companyId: b.company_id, name: b.name })) };
  });

  /** What the phone agent may offer: exactly the services SYNC.md calls bookable on the channel. */
  app.get('/api/companies/:id/bookable-services', async (req) => {
    const id = companyId(req.params);
    assertCompanyAccess(req.actor, id);
    await getCompany(ctx, req.actor, id);
    const { channel } = parse(bookableQuery, req.query);
    const { data } = await listServices(ctx.db, { companyIds: [id], isActive: true, syncStatus: 'synced', limit: 100_000, offset: 0 });
    return {
      data: data
        .filter((s) => (channel === 'online' ? s.bookable.online : s.bookable.phone))
        .map((s) => ({ id: s.id, name: s.name, durationMinutes: s.durationMinutes, price: s.price, currency: s.currency, calcomEventTypeId: s.calcomEventTypeId })),
    };
  });
}

function companyId(params: unknown): string {
  const r = idParam.safeParse(params);
  if (!r.success) throw notFound('Company');
  return r.data.id;
}
