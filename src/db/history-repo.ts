import type { Queryable } from './database.js';

export type HistoryAction =
  | 'created'
  | 'edited'
  | 'push'
  | 'push_failed'
  | 'push_deferred'
  | 'divergence_found'
  | 'divergence_changed'
  | 'divergence_resolved'
  | 'reloaded'
  | 'imported'
  | 'orphaned'
  | 'reset'
  | 'sync_requested'
  | 'policy_changed'
  | 'connection_broken'
  | 'connection_restored';

export interface HistoryEntry {
  companyId: string;
  serviceId?: string | null;
  actor: string;
  action: HistoryAction;
  changes?: Record<string, { before: unknown; after: unknown }> | null;
  detail?: Record<string, unknown> | null;
}

/** Appends to the history. History is append-only: nothing ever updates or deletes it. */
export async function recordHistory(q: Queryable, e: HistoryEntry): Promise<void> {
  await q.query(
    'INSERT INTO history (company_id, service_id, actor, action, changes, detail) VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb)',
    [e.companyId, e.serviceId ?? null, e.actor, e.action, e.changes ? JSON.stringify(e.changes) : null, e.detail ? JSON.stringify(e.detail) : null],
  );
}

/** A service's history, oldest first (tenant first), a page at a time. */
export async function serviceHistory(q: Queryable, companyId: string, serviceId: string, page: { after?: number | null; limit: number }) {
  const rows = await q.query(
    `SELECT id, at, actor, action, changes, detail FROM history
     WHERE company_id = $1 AND service_id = $2 AND ($3::bigint IS NULL OR id > $3) ORDER BY id LIMIT $4`,
    [companyId, serviceId, page.after ?? null, page.limit + 1],
  );
  const more = rows.length > page.limit;
  const data = rows.slice(0, page.limit).map((r) => ({
    id: Number(r.id),
    at: new Date(r.at).toISOString(),
    actor: r.actor,
    action: r.action,
    ...(r.changes ? { changes: r.changes } : {}),
    ...(r.detail ? { detail: r.detail } : {}),
  }));
  // The cursor is the last entry's id: the next page starts after it.
  return { data, next: more ? String(data[data.length - 1].id) : null };
}
