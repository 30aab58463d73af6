import {
  compareThreeWay,
  knownBase,
  platformValues,
  type FieldComparison,
  type PlatformSyncSource,
  type SendingValues,
  type SyncedField,
  type SyncedValues,
  calcomValues,
} from './sync-fields.js';

export type FieldPolicy = 'platform_wins' | 'calcom_wins' | 'flag_only';
export const FIELD_POLICIES: FieldPolicy[] = ['platform_wins', 'calcom_wins', 'flag_only'];

export interface PlanService extends PlatformSyncSource {
  id: string;
  calcomEventTypeId: number | null;
  base: Partial<SyncedValues> | null;
  /** Values of writes whose answer never came (Cal.com may hold them). */
  sending?: SendingValues | null;
  syncStatus: string;
  syncErrorCode: string | null;
  openDivergenceFields: string[];
}

export interface PlanInput {
  services: PlanService[];
  /** Every event type of the company's Cal.com user, from a complete listing. */
  eventTypes: Record<string, any>[];
  policies: Partial<Record<SyncedField, FieldPolicy>>;
  force: boolean;
}

export interface FieldDiff {
  field: SyncedField;
  platformValue: unknown;
  calcomValue: unknown;
  baseValue: unknown;
}

export interface DivergenceStep extends FieldDiff {
  kind: 'divergence' | 'conflict';
  policy: FieldPolicy;
  /** What applying does: record it and keep the platform's value, push the platform's value (--force), or take Cal.com's. */
  action: 'flag' | 'push' | 'take_calcom';
}

/** One company's reconciliation plan; `apply` carries out exactly this. */
export interface CompanyPlan {
  create: { serviceId: string; name: string; slug: string }[];
  link: { serviceId: string; name: string; eventTypeId: number; slug: string }[];
  push: { serviceId: string; name: string; eventTypeId: number; fields: FieldDiff[] }[];
  import: { eventTypeId: number; title: string; slug: string; lengthInMinutes: number; values: SyncedValues }[];
  orphans: { serviceId: string; name: string; eventTypeId: number }[];
  divergences: ({ serviceId: string; name: string; eventTypeId: number } & DivergenceStep)[];
  /** Open divergences whose two sides agree again. */
  resolved: { serviceId: string; name: string; fields: string[] }[];
  inSync: number;
}

export const ORPHAN_CODE = 'EVENT_TYPE_DELETED';

const diff = (c: FieldComparison): FieldDiff => ({ field: c.field, platformValue: c.platform, calcomValue: c.calcom, baseValue: c.base });

/**
 * Plans one company's reconciliation from values alone (no IO): event types to create, link or
 * import, fields to push, orphans, divergences and conflicts with the action each field's policy
 * chooses. The listing must be complete: orphans are derived from absence.
 */
export function planCompany(input: PlanInput): CompanyPlan {
  const plan: CompanyPlan = { create: [], link: [], push: [], import: [], orphans: [], divergences: [], resolved: [], inSync: 0 };
  const byId = new Map<number, Record<string, any>>(input.eventTypes.map((e) => [Number(e.id), e]));
  const linked = new Set(input.services.map((s) => s.calcomEventTypeId).filter((id): id is number => id != null));
  const unlinkedBySlug = new Map<string, Record<string, any>>();
  for (const e of input.eventTypes) if (!linked.has(Number(e.id))) unlinkedBySlug.set(String(e.slug), e);

  for (const s of input.services) {
    if (s.calcomEventTypeId == null) {
      const match = unlinkedBySlug.get(s.slug);
      if (match) {
        plan.link.push({ serviceId: s.id, name: s.name, eventTypeId: Number(match.id), slug: s.slug });
        unlinkedBySlug.delete(s.slug);
      } else if (s.syncStatus !== 'error') plan.create.push({ serviceId: s.id, name: s.name, slug: s.slug });
      // A service in error (its event type deleted in Cal.com, a create refused) waits for "Reset sync status".
      continue;
    }
    const et = byId.get(s.calcomEventTypeId);
    if (!et) {
      if (s.syncErrorCode !== ORPHAN_CODE) plan.orphans.push({ serviceId: s.id, name: s.name, eventTypeId: s.calcomEventTypeId });
      continue;
    }
    const seen = calcomValues(et);
    const comparisons = compareThreeWay(knownBase(s.base, s.sending, seen), platformValues(s), seen);
    const pushFields = comparisons.filter((c) => c.state === 'platform_changed').map(diff);
    const nowInSync = s.openDivergenceFields.filter((f) => comparisons.find((c) => c.field === f)?.state === 'in_sync');
    for (const c of comparisons) {
      if (c.state !== 'calcom_changed' && c.state !== 'both_changed') continue;
      const policy = input.policies[c.field] ?? 'platform_wins';
      const action = policy === 'calcom_wins' ? 'take_calcom' : input.force && policy === 'platform_wins' ? 'push' : 'flag';
      plan.divergences.push({
        serviceId: s.id,
        name: s.name,
        eventTypeId: s.calcomEventTypeId,
        ...diff(c),
        kind: c.state === 'both_changed' ? 'conflict' : 'divergence',
        policy,
        action,
      });
      if (action === 'push') pushFields.push(diff(c));
    }
    // A service in error waits for a person ("Reset sync status"); only --force pushes it again.
    if (pushFields.length && (s.syncStatus !== 'error' || input.force)) plan.push.push({ serviceId: s.id, name: s.name, eventTypeId: s.calcomEventTypeId, fields: pushFields });
    if (nowInSync.length) plan.resolved.push({ serviceId: s.id, name: s.name, fields: nowInSync });
    if (comparisons.every((c) => c.state === 'in_sync')) plan.inSync++;
  }
  for (const e of unlinkedBySlug.values()) {
    const values = calcomValues(e);
    plan.import.push({ eventTypeId: Number(e.id), title: values.name, slug: values.slug, lengthInMinutes: values.durationMinutes, values });
  }
  return plan;
}

/** Counts for summaries and the `--json` output. */
export function planSummary(p: CompanyPlan) {
  return {
    create: p.create.length,
    link: p.link.length,
    push: p.push.length,
    import: p.import.length,
    orphans: p.orphans.length,
    divergences: p.divergences.filter((d) => d.kind === 'divergence').length,
    conflicts: p.divergences.filter((d) => d.kind === 'conflict').length,
    resolved: p.resolved.length,
    inSync: p.inSync,
  };
}
