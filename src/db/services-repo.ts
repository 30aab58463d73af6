import type { Queryable } from './database.js';
import { serviceFromRow } from './rows.js';
import type { Service, SyncStatus } from '../domain/service.js';
import { bookability, type Bookability } from '../domain/bookability.js';

export interface Divergence {
  id: string;
  field: string;
  kind: 'divergence' | 'conflict';
  platformValue: unknown;
  calcomValue: unknown;
  baseValue: unknown;
  detectedAt: string;
  detectedBy: string;
}

export type ServiceView = Service & { bookable: Bookability; divergences: Divergence[] };

export function divergenceFromRow(r: Record<string, any>): Divergence {
  return {
    id: r.id,
    field: r.field,
    kind: r.kind,
    platformValue: r.platform_value,
    calcomValue: r.calcom_value,
    baseValue: r.base_value,
    detectedAt: new Date(r.detected_at).toISOString(),
    detectedBy: r.detected_by,
  };
}

/** Open divergences of the given services, by service id. */
export async function openDivergences(q: Queryable, companyId: string, serviceIds: string[]): Promise<Map<string, Divergence[]>> {
  const out = new Map<string, Divergence[]>();
  if (!serviceIds.length) return out;
  const rows = await q.query(
    'SELECT * FROM divergences WHERE company_id = $1 AND service_id = ANY($2::uuid[]) AND resolved_at IS NULL ORDER BY detected_at, field',
    [companyId, serviceIds],
  );
  for (const r of rows) {
    const list = out.get(r.service_id) ?? [];
    list.push(divergenceFromRow(r));
    out.set(r.service_id, list);
  }
  return out;
}

export function toView(s: Service, divergences: Divergence[]): ServiceView {
  return {
    ...s,
    bookable: bookability({ ...s, openDivergenceFields: divergences.map((d) => d.field) }),
    divergences,
  };
}

/** One service with its bookability and open divergences, or null (tenant first). */
export async function getServiceView(q: Queryable, companyId: string, serviceId: string): Promise<ServiceView | null> {
  const rows = await q.query('SELECT * FROM services WHERE company_id = $1 AND id = $2', [companyId, serviceId]);
  if (!rows.length) return null;
  const s = serviceFromRow(rows[0]);
  return toView(s, (await openDivergences(q, companyId, [s.id])).get(s.id) ?? []);
}

export async function findServiceRow(q: Queryable, companyId: string, serviceId: string, forUpdate = false) {
  const rows = await q.query(`SELECT * FROM services WHERE company_id = $1 AND id = $2${forUpdate ? ' FOR UPDATE' : ''}`, [companyId, serviceId]);
  return rows[0] ?? null;
}

/** Finds which company a service belongs to (used once per request, then every query is scoped). */
export async function serviceCompany(q: Queryable, serviceId: string): Promise<string | null> {
  const rows = await q.query<{ company_id: string }>('SELECT company_id FROM services WHERE id = $1', [serviceId]);
  return rows[0]?.company_id ?? null;
}

export interface ServiceFilter {
  companyIds: string[] | null; // null = every company (admins)
  syncStatus?: SyncStatus;
  q?: string;
  branchId?: string;
  isActive?: boolean;
  isOnline?: boolean;
  drifted?: boolean;
  /** Bookable by phone, bookable online, or not bookable by phone (SYNC.md). */
  bookable?: 'phone' | 'online' | 'none';
  sort?: 'name' | 'durationMinutes' | 'price' | 'syncStatus' | 'lastCalcomSync' | 'updatedAt';
  order?: 'asc' | 'desc';
  limit: number;
  offset: number;
}

const SORT_COLUMNS = {
  name: 'name',
  durationMinutes: 'duration_minutes',
  price: 'price_cents',
  syncStatus: 'sync_status',
  lastCalcomSync: 'last_calcom_sync',
  updatedAt: 'updated_at',
} as const;

/** A page of services matching the filter, and the total count. */
export async function listServices(q: Queryable, f: ServiceFilter): Promise<{ data: ServiceView[]; total: number }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  // One company (the web app's case) as an equality, so the (company_id, sort column) indexes serve the ORDER BY.
  if (f.companyIds?.length === 1) where.push(`company_id = ${p(f.companyIds[0])}`);
  else if (f.companyIds) where.push(`company_id = ANY(${p(f.companyIds)}::uuid[])`);
  if (f.syncStatus) where.push(`sync_status = ${p(f.syncStatus)}`);
  if (f.branchId) where.push(`branch_id = ${p(f.branchId)}`);
  if (f.isActive !== undefined) where.push(`is_active = ${p(f.isActive)}`);
  if (f.isOnline !== undefined) where.push(`is_online = ${p(f.isOnline)}`);
  if (f.q) where.push(`(name ILIKE ${p('%' + f.q.replace(/[\\%_]/g, (c) => '\\' + c) + '%')} OR slug ILIKE $${params.length})`);
  if (f.drifted !== undefined)
    where.push(`${f.drifted ? '' : 'NOT '}EXISTS (SELECT 1 FROM divergences d WHERE d.service_id = services.id AND d.resolved_at IS NULL)`);
  if (f.bookable) {
    const phone = `(is_active AND sync_status = 'synced' AND calcom_event_type_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM divergences d WHERE d.service_id = services.id AND d.resolved_at IS NULL AND d.field IN ('durationMinutes', 'visibility')))`;
    where.push(f.bookable === 'phone' ? phone : f.bookable === 'online' ? `(${phone} AND is_online)` : `NOT ${phone}`);
  }
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const col = SORT_COLUMNS[f.sort ?? 'name'];
  const dir = f.order === 'desc' ? 'DESC' : 'ASC';
  const [{ n }] = await q.query<{ n: number }>(`SELECT count(*)::int AS n FROM services ${w}`, params);
  const rows = await q.query(
    `SELECT * FROM services ${w} ORDER BY ${col} ${dir} NULLS LAST, id LIMIT ${p(f.limit)} OFFSET ${p(f.offset)}`,
    params,
  );
  const services = rows.map(serviceFromRow);
  const byCompany = new Map<string, string[]>();
  for (const s of services) byCompany.set(s.companyId, [...(byCompany.get(s.companyId) ?? []), s.id]);
  const divs = new Map<string, Divergence[]>();
  for (const [companyId, ids] of byCompany) for (const [k, v] of await openDivergences(q, companyId, ids)) divs.set(k, v);
  return { data: services.map((s) => toView(s, divs.get(s.id) ?? [])), total: n };
}
