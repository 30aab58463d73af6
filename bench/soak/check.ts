/**
 * The soak's invariant checker: reads calsync through its public API and Cal.com through the
 * simulator's control API, and lists every breach in words.
 */
import { calcomValues, ownedFields, platformValues, sameValue } from '../../src/domain/sync-fields.js';
import type { CallRecord } from '../../src/simulator/simulator.js';
import type { BenchSim } from '../lib/sim.js';
import { pool } from '../lib/stats.js';
import type { Window } from './chaos.js';
import type { Api, ServiceModel } from './driver.js';

export interface CompanyInfo {
  id: string;
  username: string;
}

export async function listServices(api: Api, companyId: string): Promise<any[]> {
  const out: any[] = [];
  for (let offset = 0; ; offset += 500) {
    const r = await api('GET', `/api/services?companyId=${companyId}&limit=500&offset=${offset}`);
    if (r.status !== 200) throw new Error(`GET /api/services answered ${r.status}`);
    out.push(...r.body.data);
    if (out.length >= r.body.total || !r.body.data.length) return out;
  }
}

/** Polls until every service of every company is `synced` (true) or the deadline passes (false). */
export async function waitAllSynced(api: () => Api | null, companies: CompanyInfo[], deadline: number, report: (msg: string) => void): Promise<boolean> {
  let last = 0;
  for (;;) {
    const a = api();
    if (a) {
      try {
        const counts: Record<string, number> = {};
        for (const c of companies) for (const s of await listServices(a, c.id)) counts[s.syncStatus] = (counts[s.syncStatus] ?? 0) + 1;
        const notSynced = Object.entries(counts).filter(([k]) => k !== 'synced');
        if (!notSynced.length) return true;
        if (Date.now() - last > 10_000) {
          report(`waiting: ${JSON.stringify(counts)}`);
          last = Date.now();
        }
        if (notSynced.every(([k]) => k === 'error')) return false;
      } catch {
        /* calsync restarting */
      }
    }
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

export interface CheckInput {
  api: Api;
  sim: BenchSim;
  companies: CompanyInfo[];
  models: ServiceModel[];
  calls: CallRecord[];
  windows: Window[];
  /** Unique deliveries per company: expected number of delivery rows. */
  uniqueDeliveries: Map<string, number>;
  /** Expected appointment status per booking uid, per company. */
  expectedAppointments: Map<string, Map<string, string>>;
}

export interface CheckResult {
  breaches: string[];
  figures: {
    services: number;
    notSynced: Record<string, number>;
    fieldMismatches: number;
    duplicateEventTypes: number;
    unlinkedEventTypes: number;
    historyMismatches: number;
    editedEntries: number;
    pushEntries: number;
    pushFailedEntries: number;
    deliveryRows: number;
    deliveriesNotProcessed: number;
    appointments: number;
    appointmentMismatches: number;
    calls429: number;
    calls429OutsideWindows: number;
  };
}

export async function checkInvariants(i: CheckInput): Promise<CheckResult> {
  const breaches: string[] = [];
  const note = (msg: string) => {
    if (breaches.length < 60) breaches.push(msg);
  };
  const f: CheckResult['figures'] = {
    services: 0,
    notSynced: {},
    fieldMismatches: 0,
    duplicateEventTypes: 0,
    unlinkedEventTypes: 0,
    historyMismatches: 0,
    editedEntries: 0,
    pushEntries: 0,
    pushFailedEntries: 0,
    deliveryRows: 0,
    deliveriesNotProcessed: 0,
    appointments: 0,
    appointmentMismatches: 0,
    calls429: 0,
    calls429OutsideWindows: 0,
  };
  const byId = new Map(i.models.map((m) => [m.id, m]));

  for (const c of i.companies) {
    const services = await listServices(i.api, c.id);
    f.services += services.length;
    const ets = (await i.sim.api('GET', `/_sim/event-types?username=${encodeURIComponent(c.username)}`)).body.data as any[];
    const etById = new Map(ets.map((et) => [et.id, et]));
    // 1. synced, 2. fields equal
    for (const s of services) {
      if (s.syncStatus !== 'synced') {
        f.notSynced[s.syncStatus] = (f.notSynced[s.syncStatus] ?? 0) + 1;
        note(`service ${s.id} is ${s.syncStatus}${s.syncError ? `: ${s.syncError}` : ''}`);
      }
      const et = s.calcomEventTypeId != null ? etById.get(s.calcomEventTypeId) : undefined;
      if (!et) {
        f.fieldMismatches++;
        note(`service ${s.id} has no event type in Cal.com (${s.calcomEventTypeId})`);
        continue;
      }
      const want = platformValues(s);
      const have = calcomValues(et);
      const bad = ownedFields(want).filter((k) => !sameValue(want[k], have[k]));
      if (bad.length) {
        f.fieldMismatches++;
        note(`service ${s.id}: Cal.com differs on ${bad.map((k) => `${k} (${JSON.stringify(want[k])} vs ${JSON.stringify(have[k])})`).join(', ')}`);
      }
    }
    // 3. no duplicate event type: unique slugs, and every event type linked by exactly one service
    const slugs = new Map<string, number>();
    for (const et of ets) slugs.set(et.slug, (slugs.get(et.slug) ?? 0) + 1);
    for (const [slug, n] of slugs)
      if (n > 1) {
        f.duplicateEventTypes += n - 1;
        note(`company ${c.id}: ${n} event types with slug ${slug}`);
      }
    const linked = new Map<number, number>();
    for (const s of services) if (s.calcomEventTypeId != null) linked.set(s.calcomEventTypeId, (linked.get(s.calcomEventTypeId) ?? 0) + 1);
    for (const et of ets)
      if (!linked.has(et.id)) {
        f.unlinkedEventTypes++;
        note(`company ${c.id}: event type ${et.id} (${et.slug}) is linked to no service`);
      }
    for (const [id, n] of linked) if (n > 1) note(`company ${c.id}: event type ${id} linked by ${n} services`);

    // 4. every edit in history
    await pool(services, 6, async (s) => {
      const r = await i.api('GET', `/api/services/${s.id}/history`);
      if (r.status !== 200) {
        note(`history of ${s.id}: ${r.status}`);
        return;
      }
      const h = r.body.data as any[];
      const edited = h.filter((e) => e.action === 'edited').length;
      f.editedEntries += edited;
      f.pushEntries += h.filter((e) => e.action === 'push').length;
      f.pushFailedEntries += h.filter((e) => e.action === 'push_failed').length;
      const m = byId.get(s.id);
      const want = m?.expectedEdited ?? 0;
      if (edited !== want || m?.uncertain) {
        f.historyMismatches++;
        note(`service ${s.id}: ${edited} edited entries in history, the driver counted ${want}${m?.uncertain ? ' (one still uncertain)' : ''}`);
      }
    });

    // 5. deliveries: one row per unique delivery, each processed; appointments as delivered
    const d = await i.api('GET', `/api/webhook-deliveries?companyId=${c.id}&limit=1000`);
    const rows = d.body.data as any[];
    f.deliveryRows += rows.length;
    const wantRows = i.uniqueDeliveries.get(c.id) ?? 0;
    if (d.body.total !== wantRows) note(`company ${c.id}: ${d.body.total} delivery rows, ${wantRows} unique deliveries acknowledged`);
    for (const row of rows)
      if (row.status !== 'processed') {
        f.deliveriesNotProcessed++;
        note(`delivery ${row.id} (${row.triggerEvent} ${row.bookingUid}) is ${row.status}${row.lastError ? `: ${row.lastError}` : ''}`);
      }
    const a = await i.api('GET', `/api/appointments?companyId=${c.id}&limit=1000`);
    const appts = a.body.data as any[];
    f.appointments += appts.length;
    const want = i.expectedAppointments.get(c.id) ?? new Map<string, string>();
    const seen = new Map<string, number>();
    for (const ap of appts) seen.set(ap.calcomBookingUid, (seen.get(ap.calcomBookingUid) ?? 0) + 1);
    for (const [uid, n] of seen) if (n > 1) note(`booking ${uid}: ${n} appointments`);
    for (const [uid, status] of want) {
      const ap = appts.find((x) => x.calcomBookingUid === uid);
      if (!ap || ap.status !== status) {
        f.appointmentMismatches++;
        note(`booking ${uid}: appointment ${ap ? ap.status : 'missing'}, delivered ${status}`);
      }
    }
    if (appts.length !== want.size) note(`company ${c.id}: ${appts.length} appointments, ${want.size} bookings delivered`);
  }

  // 6. no 429 outside the forced windows (3 s slack: a slow-answer fault holds a request 2.5 s)
  for (const call of i.calls) {
    if (call.status !== 429) continue;
    f.calls429++;
    const at = Date.parse(call.at);
    if (!i.windows.some((w) => at >= w.startMs - 100 && at <= w.endMs + 3000)) {
      f.calls429OutsideWindows++;
      note(`429 outside the forced windows: ${call.method} ${call.path} at ${call.at}`);
    }
  }
  return { breaches, figures: f };
}
