import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { AppError, notFound } from '../../errors.js';
import { findCompany } from '../../db/companies-repo.js';
import { companyView, getCompany } from '../../sync/companies.js';
import { assertCompanyAccess } from '../../sync/service-edits.js';
import { calcomFor } from '../../sync/calcom-access.js';
import { CalcomError } from '../../calcom/errors.js';
import { describeCalcomError } from '../../calcom/errors.js';
import type { WebhookTrigger } from '../../calcom/client.js';
import { MAX_DELIVERY_BYTES, receiveDelivery } from '../../sync/webhook-inbox.js';
import { deliveryView, getDelivery, listAppointments, listDeliveries, replayDelivery } from '../../sync/appointments.js';
import { pollBookings, pollState } from '../../sync/bookings-poll.js';
import { APPOINTMENT_STATUSES } from '../../domain/appointment-state.js';
import type { Actor } from '../../context.js';
import { parse } from '../validate.js';

/** The booking triggers calsync subscribes to in Cal.com. */
export const SUBSCRIBED_TRIGGERS = ['BOOKING_CREATED', 'BOOKING_REQUESTED', 'BOOKING_REJECTED', 'BOOKING_CANCELLED', 'BOOKING_RESCHEDULED'] as const;
const DELIVERY_STATUSES = ['received', 'processed', 'failed', 'duplicate'] as const;

const bool = z.enum(['true', 'false']).transform((v) => v === 'true');
const companyIdField = z.string().uuid('companyId must be a company id');
const appointmentsQuery = z.object({
  companyId: companyIdField.optional(),
  status: z.enum(APPOINTMENT_STATUSES, { errorMap: () => ({ message: `status must be one of ${APPOINTMENT_STATUSES.join(', ')}` }) }).optional(),
  unmatched: bool.optional(),
  serviceId: z.string().uuid('serviceId must be a service id').optional(),
  from: z.string().datetime({ offset: true, message: 'from must be an ISO 8601 date-time' }).optional(),
  to: z.string().datetime({ offset: true, message: 'to must be an ISO 8601 date-time' }).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
const deliveriesQuery = z.object({
  companyId: companyIdField.optional(),
  status: z.enum(DELIVERY_STATUSES, { errorMap: () => ({ message: `status must be one of ${DELIVERY_STATUSES.join(', ')}` }) }).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
const registerInput = z.object({ force: z.boolean().optional() }).strict();
const idParam = z.object({ id: z.string().uuid() });

/** The companies a list may show: the one asked for (if the actor may see it), else the actor's own, else all (admins). */
function scopeCompanies(actor: Actor, companyId: string | undefined): string[] | null {
  if (companyId) {
    assertCompanyAccess(actor, companyId);
    return [companyId];
  }
  return actor.role === 'manager' ? [actor.companyId!] : null;
}

function paramId(params: unknown, what: string): string {
  const r = idParam.safeParse(params);
  if (!r.success) throw notFound(what);
  return r.data.id;
}

/** The delivery's company, 404 when it does not exist or the actor may not see it. */
async function scopeDelivery(ctx: AppContext, actor: Actor, params: unknown) {
  const id = paramId(params, 'Webhook delivery');
  const rows = await ctx.db.query<{ company_id: string }>('SELECT company_id FROM webhook_deliveries WHERE id = $1', [id]);
  if (!rows.length) throw notFound('Webhook delivery');
  try {
    assertCompanyAccess(actor, rows[0].company_id);
  } catch {
    throw notFound('Webhook delivery');
  }
  return { companyId: rows[0].company_id, deliveryId: id };
}

function calcomFailure(e: unknown): never {
  if (e instanceof AppError) throw e;
  if (e instanceof CalcomError) throw new AppError('calcom_unavailable', describeCalcomError(e));
  throw e;
}

/** Cal.com's webhook deliveries (raw body, verified), appointments, the delivery inbox, and the bookings poll. */
export async function webhookRoutes(app: FastifyInstance, ctx: AppContext) {
  // The raw bytes are needed for the HMAC: this scope reads every body as a Buffer, whatever its type.
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_DELIVERY_BYTES }, (_req, body, done) => done(null, body));
    scope.post('/webhooks/calcom/:companyId', async (req, reply) => {
      const { companyId } = req.params as { companyId: string };
      const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const out = await receiveDelivery(ctx, companyId, raw, req.headers);
      return reply.status(200).send(out.duplicate ? { duplicate: true, id: out.deliveryId } : { received: true, id: out.deliveryId });
    });
  });

  app.get('/api/appointments', async (req) => {
    const q = parse(appointmentsQuery, req.query);
    return listAppointments(ctx.db, { ...q, companyIds: scopeCompanies(req.actor, q.companyId) });
  });

  app.get('/api/webhook-deliveries', async (req) => {
    const q = parse(deliveriesQuery, req.query);
    return listDeliveries(ctx.db, { ...q, companyIds: scopeCompanies(req.actor, q.companyId) });
  });

  app.get('/api/webhook-deliveries/:id', async (req) => {
    const { companyId, deliveryId } = await scopeDelivery(ctx, req.actor, req.params);
    const d = await getDelivery(ctx.db, companyId, deliveryId);
    if (!d) throw notFound('Webhook delivery');
    return deliveryView(d, { withBody: true });
  });

  /** Runs the same processing again now and answers with the delivery afterwards. */
  app.post('/api/webhook-deliveries/:id/replay', async (req) => {
    const { companyId, deliveryId } = await scopeDelivery(ctx, req.actor, req.params);
    return replayDelivery(ctx, companyId, deliveryId);
  });

  /** Subscribes the company's webhook URL in Cal.com (POST /v2/webhooks) with the stored key and secret. */
  app.post('/api/companies/:id/register-webhook', async (req, reply) => {
    const id = paramId(req.params, 'Company');
    await getCompany(ctx, req.actor, id);
    const body = parse(registerInput, req.body);
    const company = (await findCompany(ctx.db, id))!;
    const view = companyView(ctx, company);
    const existing = await ctx.db.query('SELECT * FROM calcom_webhook_subscriptions WHERE company_id = $1', [id]);
    if (existing.length && existing[0].subscriber_url === view.webhookUrl && !body.force) {
      return reply.status(200).send(subscriptionView(existing[0], true));
    }
    let created;
    try {
      created = await calcomFor(ctx, company).createWebhook({
        subscriberUrl: view.webhookUrl,
        triggers: [...SUBSCRIBED_TRIGGERS] as unknown as WebhookTrigger[],
        active: true,
        secret: view.webhookSecret,
      });
    } catch (e) {
      calcomFailure(e);
    }
    const [row] = await ctx.db.query(
      `INSERT INTO calcom_webhook_subscriptions (company_id, calcom_webhook_id, subscriber_url, triggers) VALUES ($1, $2, $3, $4::jsonb)
       ON CONFLICT (company_id) DO UPDATE SET calcom_webhook_id = EXCLUDED.calcom_webhook_id, subscriber_url = EXCLUDED.subscriber_url,
         triggers = EXCLUDED.triggers, registered_at = now()
       RETURNING *`,
      [id, String(created.data.id), view.webhookUrl, JSON.stringify(SUBSCRIBED_TRIGGERS)],
    );
    return reply.status(201).send(subscriptionView(row, false));
  });

  /** The company's webhook set-up at a glance: URL, Cal.com subscription, inbox counts, last poll. */
  app.get('/api/companies/:id/webhook-status', async (req) => {
    const id = paramId(req.params, 'Company');
    const view = await getCompany(ctx, req.actor, id);
    const sub = await ctx.db.query('SELECT * FROM calcom_webhook_subscriptions WHERE company_id = $1', [id]);
    const counts = await ctx.db.query<{ status: string; n: number }>('SELECT status, count(*)::int AS n FROM webhook_deliveries WHERE company_id = $1 GROUP BY status', [id]);
    return {
      webhookUrl: view.webhookUrl,
      subscription: sub[0] ? subscriptionView(sub[0], true) : null,
      deliveries: Object.fromEntries(DELIVERY_STATUSES.map((s) => [s, counts.find((c) => c.status === s)?.n ?? 0])),
      poll: await pollState(ctx, id),
    };
  });

  /** Runs the bookings backstop poll for the company now (it also runs every BOOKINGS_POLL_MINUTES). */
  app.post('/api/companies/:id/poll-bookings', async (req) => {
    const id = paramId(req.params, 'Company');
    await getCompany(ctx, req.actor, id);
    try {
      return await pollBookings(ctx, id);
    } catch (e) {
      calcomFailure(e);
    }
  });
}

function subscriptionView(r: Record<string, any>, alreadyRegistered: boolean) {
  return {
    calcomWebhookId: r.calcom_webhook_id as string,
    subscriberUrl: r.subscriber_url as string,
    triggers: (typeof r.triggers === 'string' ? JSON.parse(r.triggers) : r.triggers) as string[],
    registeredAt: new Date(r.registered_at).toISOString(),
    alreadyRegistered,
  };
}
