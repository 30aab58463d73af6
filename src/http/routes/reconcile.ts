import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import { reconcile } from '../../sync/reconcile.js';
import { reloadFromCalcom } from '../../sync/reload.js';
import { assertCompanyAccess } from '../../sync/service-edits.js';
import { getCompany } from '../../sync/companies.js';
import { divergenceFromRow } from '../../db/services-repo.js';
import { recordHistory } from '../../db/history-repo.js';
import { CORE_FIELDS } from '../../domain/sync-fields.js';
import { FIELD_POLICIES } from '../../domain/reconcile-plan.js';
import { parse } from '../validate.js';
import { scopeService } from './services.js';

const reconcileInput = z.object({ companyId: z.string().uuid('companyId must be a company id').optional(), checkOnly: z.boolean().optional(), force: z.boolean().optional() }).strict();
const reloadInput = z.object({ fields: z.array(z.string().max(50)).max(20).optional(), confirm: z.boolean().optional() }).strict();
const POLICY_FIELDS = [...CORE_FIELDS, 'scheduleId', 'locations', 'bookingFields'] as const;
const policiesInput = z.record(z.enum(POLICY_FIELDS as unknown as [string, ...string[]], { errorMap: () => ({ message: `field must be one of ${POLICY_FIELDS.join(', ')}` }) }), z.enum(FIELD_POLICIES as [string, ...string[]], { errorMap: () => ({ message: `policy must be one of ${FIELD_POLICIES.join(', ')}` }) }));
const companyQuery = z.object({ companyId: z.string().uuid('companyId must be a company id').optional() });

export async function reconcileRoutes(app: FastifyInstance, ctx: AppContext) {
  /** Reconciliation, the same as `calsync sync-services`: plan, then (unless checkOnly) apply exactly that plan. */
  app.post('/api/reconcile', async (req) => {
    const body = parse(reconcileInput, req.body);
    const r = await reconcile(ctx, req.actor, { companyId: body.companyId, checkOnly: !!body.checkOnly, force: !!body.force });
    return r;
  });

  app.post('/api/services/:id/reload', async (req) => {
    const { companyId, serviceId } = await scopeService(ctx, req.actor, req.params);
    return reloadFromCalcom(ctx, req.actor, companyId, serviceId, parse(reloadInput, req.body));
  });

  /** Every open divergence and conflict of a company (the conflicts inbox). */
  app.get('/api/divergences', async (req) => {
    const q = parse(companyQuery, req.query);
    const companyId = q.companyId ?? req.actor.companyId;
    if (!companyId) throw new AppError('invalid_input', 'companyId: required for administrators', [{ field: 'companyId', message: 'required' }]);
    assertCompanyAccess(req.actor, companyId);
    const rows = await ctx.db.query(
      `SELECT d.*, s.name AS service_name, s.calcom_event_type_id FROM divergences d JOIN services s ON s.id = d.service_id
       WHERE d.company_id = $1 AND d.resolved_at IS NULL ORDER BY d.detected_at DESC LIMIT 1000`,
      [companyId],
    );
    return { data: rows.map((r) => ({ ...divergenceFromRow(r), serviceId: r.service_id, serviceName: r.service_name, calcomEventTypeId: r.calcom_event_type_id })) };
  });

  app.get('/api/companies/:id/policies', async (req) => {
    const { id } = req.params as { id: string };
    await getCompany(ctx, req.actor, id);
    const rows = await ctx.db.query('SELECT field, policy FROM field_policies WHERE company_id = $1', [id]);
    const set = Object.fromEntries(rows.map((r) => [r.field, r.policy]));
    return { data: Object.fromEntries(POLICY_FIELDS.map((f) => [f, set[f] ?? 'platform_wins'])) };
  });

  app.put('/api/companies/:id/policies', async (req) => {
    const { id } = req.params as { id: string };
    await getCompany(ctx, req.actor, id);
    const body = parse(policiesInput, req.body);
    await ctx.db.tx(async (tx) => {
      const before = Object.fromEntries((await tx.query('SELECT field, policy FROM field_policies WHERE company_id = $1', [id])).map((r) => [r.field, r.policy]));
      const changes: Record<string, { before: unknown; after: unknown }> = {};
      for (const [field, policy] of Object.entries(body)) {
        if ((before[field] ?? 'platform_wins') === policy) continue;
        changes[field] = { before: before[field] ?? 'platform_wins', after: policy };
        await tx.query(
          'INSERT INTO field_policies (company_id, field, policy) VALUES ($1, $2, $3) ON CONFLICT (company_id, field) DO UPDATE SET policy = EXCLUDED.policy',
          [id, field, policy],
        );
      }
      if (Object.keys(changes).length) await recordHistory(tx, { companyId: id, actor: req.actor.label, action: 'policy_changed', changes });
    });
    const rows = await ctx.db.query('SELECT field, policy FROM field_policies WHERE company_id = $1', [id]);
    const set = Object.fromEntries(rows.map((r) => [r.field, r.policy]));
    return { data: Object.fromEntries(POLICY_FIELDS.map((f) => [f, set[f] ?? 'platform_wins'])) };
  });

  /** The company's whole history (every service, plus company-level entries such as policy changes), newest first. */
  app.get('/api/companies/:id/history', async (req) => {
    const { id } = req.params as { id: string };
    await getCompany(ctx, req.actor, id);
    const q = parse(z.object({ limit: z.coerce.number().int().min(1).max(1000).default(200), before: z.coerce.number().int().positive().optional() }), req.query);
    const rows = await ctx.db.query(
      `SELECT h.id, h.at, h.actor, h.action, h.changes, h.detail, h.service_id, s.name AS service_name FROM history h LEFT JOIN services s ON s.id = h.service_id
       WHERE h.company_id = $1 AND ($2::bigint IS NULL OR h.id < $2) ORDER BY h.id DESC LIMIT $3`,
      [id, q.before ?? null, q.limit],
    );
    return {
      data: rows.map((r) => ({
        id: Number(r.id),
        at: new Date(r.at).toISOString(),
        actor: r.actor,
        action: r.action,
        serviceId: r.service_id,
        serviceName: r.service_name,
        ...(r.changes ? { changes: r.changes } : {}),
        ...(r.detail ? { detail: r.detail } : {}),
      })),
    };
  });

  /** Services per status, drift, the last reconciliation and the rate budget in use. */
  app.get('/api/companies/:id/sync-overview', async (req) => {
    const { id } = req.params as { id: string };
    await getCompany(ctx, req.actor, id);
    const statuses = await ctx.db.query('SELECT sync_status, count(*)::int AS n FROM services WHERE company_id = $1 GROUP BY sync_status', [id]);
    const [drift] = await ctx.db.query(
      "SELECT count(DISTINCT service_id)::int AS services, count(*) FILTER (WHERE kind = 'conflict')::int AS conflicts, count(*)::int AS open FROM divergences WHERE company_id = $1 AND resolved_at IS NULL",
      [id],
    );
    const [last] = await ctx.db.query('SELECT started_at, finished_at, forced, plan, outcome FROM reconcile_runs WHERE company_id = $1 ORDER BY started_at DESC LIMIT 1', [id]);
    const [{ key }] = await ctx.db.query('SELECT calcom_key_hash AS key FROM companies WHERE id = $1', [id]);
    const usage = await ctx.limiter.usage(key);
    return {
      byStatus: Object.fromEntries(['never', 'pending', 'synced', 'error'].map((s) => [s, statuses.find((r) => r.sync_status === s)?.n ?? 0])),
      drifted: drift.services,
      openDivergences: drift.open,
      openConflicts: drift.conflicts,
      lastReconcile: last ? { startedAt: last.started_at, finishedAt: last.finished_at, forced: last.forced, summary: last.plan, outcome: last.outcome } : null,
      rateBudget: { perMinute: usage.perMinute, used: usage.budgetUsed },
    };
  });
}
