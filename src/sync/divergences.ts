import type { Queryable } from '../db/database.js';
import { recordHistory } from '../db/history-repo.js';
import { sameValue, type FieldComparison } from '../domain/sync-fields.js';

/**
 * Records divergences (Cal.com-only change) and conflicts (both changed) as open rows; a field
 * that already has an open row keeps it (its values are refreshed). Returns the fields newly opened.
 */
export async function recordDivergences(
  q: Queryable,
  companyId: string,
  serviceId: string,
  found: FieldComparison[],
  detectedBy: string,
): Promise<string[]> {
  const opened: string[] = [];
  for (const c of found) {
    if (c.state !== 'calcom_changed' && c.state !== 'both_changed') continue;
    const kind = c.state === 'both_changed' ? 'conflict' : 'divergence';
    const [open] = await q.query<{ kind: string; calcom_value: unknown; platform_value: unknown }>(
      'SELECT kind, calcom_value, platform_value FROM divergences WHERE service_id = $1 AND field = $2 AND resolved_at IS NULL',
      [serviceId, c.field],
    );
    const rows = await q.query(
      `INSERT INTO divergences (company_id, service_id, field, kind, platform_value, calcom_value, base_value, detected_by)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7::jsonb, $8)
       ON CONFLICT (service_id, field) WHERE resolved_at IS NULL
       DO UPDATE SET kind = EXCLUDED.kind, platform_value = EXCLUDED.platform_value, calcom_value = EXCLUDED.calcom_value
       RETURNING (xmax = 0) AS inserted`,
      [companyId, serviceId, c.field, kind, JSON.stringify(c.platform ?? null), JSON.stringify(c.calcom ?? null), JSON.stringify(c.base ?? null), detectedBy],
    );
    if (rows[0]?.inserted) {
      opened.push(c.field);
      await recordHistory(q, {
        companyId,
        serviceId,
        actor: detectedBy,
        action: 'divergence_found',
        changes: { [c.field]: { before: c.platform, after: c.calcom } },
        detail: { field: c.field, kind, platformValue: c.platform, calcomValue: c.calcom, baseValue: c.base },
      });
    } else if (open && (open.kind !== kind || !sameValue(open.calcom_value, c.calcom ?? null) || !sameValue(open.platform_value, c.platform ?? null))) {
      // Still open, but it moved (another Cal.com edit, or the platform edited it too): the history says so.
      await recordHistory(q, {
        companyId,
        serviceId,
        actor: detectedBy,
        action: 'divergence_changed',
        changes: { [c.field]: { before: open.calcom_value, after: c.calcom } },
        detail: { field: c.field, kind, kindBefore: open.kind, platformValue: c.platform, calcomValue: c.calcom, baseValue: c.base },
      });
    }
  }
  return opened;
}

/** Closes open divergences of a service (all, or the given fields), recording how and by whom. */
export async function resolveDivergences(
  q: Queryable,
  companyId: string,
  serviceId: string,
  resolution: 'platform_pushed' | 'calcom_taken' | 'gone' | 'in_sync',
  actor: string,
  fields?: string[],
): Promise<string[]> {
  const rows = await q.query<{ field: string; platform_value: unknown; calcom_value: unknown; kind: string }>(
    `UPDATE divergences SET resolved_at = now(), resolved_by = $3, resolution = $4
     WHERE company_id = $1 AND service_id = $2 AND resolved_at IS NULL ${fields ? 'AND field = ANY($5::text[])' : ''}
     RETURNING field, platform_value, calcom_value, kind`,
    fields ? [companyId, serviceId, actor, resolution, fields] : [companyId, serviceId, actor, resolution],
  );
  for (const r of rows) {
    await recordHistory(q, {
      companyId,
      serviceId,
      actor,
      action: 'divergence_resolved',
      detail: { field: r.field, kind: r.kind, resolution, platformValue: r.platform_value, calcomValue: r.calcom_value },
    });
  }
  return rows.map((r) => r.field);
}
