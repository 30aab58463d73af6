import { describe, expect, it } from 'vitest';
import { ORPHAN_CODE, planCompany, planSummary, type FieldPolicy, type PlanService } from './reconcile-plan.js';
import { calcomValues, platformValues, type PlatformSyncSource, type SyncedField } from './sync-fields.js';

const source = (over: Partial<PlatformSyncSource> = {}): PlatformSyncSource => ({
  name: 'Cut',
  slug: 'cut',
  durationMinutes: 30,
  description: 'Hair cut',
  isActive: true,
  isOnline: true,
  bufferTimeMinutes: 5,
  beforeEventBuffer: 0,
  minimumBookingNotice: 60,
  requiresConfirmation: false,
  disableGuests: false,
  scheduleId: null,
  locations: null,
  bookingFields: null,
  ...over,
});

/** A linked service whose base is what `source()` pushed; overrides change the platform side only. */
const svc = (over: Partial<PlanService> = {}): PlanService => ({
  ...source(),
  id: 's1',
  calcomEventTypeId: 10,
  base: platformValues(source()),
  sending: null,
  syncStatus: 'synced',
  syncErrorCode: null,
  openDivergenceFields: [],
  ...over,
});

/** A Cal.com event type (2024-06-14 output shape) holding `source()`'s values. */
const et = (over: Record<string, any> = {}): Record<string, any> => ({
  id: 10,
  title: 'Cut',
  slug: 'cut',
  lengthInMinutes: 30,
  description: 'Hair cut',
  hidden: false,
  afterEventBuffer: 5,
  beforeEventBuffer: 0,
  minimumBookingNotice: 60,
  confirmationPolicy: { disabled: true },
  disableGuests: false,
  scheduleId: 1,
  locations: [{ type: 'integration', integration: 'cal-video' }],
  bookingFields: [],
  ...over,
});

const plan = (services: PlanService[], eventTypes: Record<string, any>[], policies: Partial<Record<SyncedField, FieldPolicy>> = {}, force = false) =>
  planCompany({ services, eventTypes, policies, force });

const EMPTY_SUMMARY = { create: 0, link: 0, push: 0, import: 0, orphans: 0, divergences: 0, conflicts: 0, resolved: 0, inSync: 0 };

describe('planCompany', () => {
  it('a linked service that matches its event type is in sync and nothing else', () => {
    const p = plan([svc()], [et()]);
    expect(p).toEqual({ create: [], link: [], push: [], import: [], orphans: [], divergences: [], resolved: [], inSync: 1 });
    expect(planSummary(p)).toEqual({ ...EMPTY_SUMMARY, inSync: 1 });
  });

  it('ignores Cal.com values of optional fields the platform does not own', () => {
    // et() carries scheduleId/locations/bookingFields; the service leaves them to Cal.com
    const p = plan([svc()], [et({ scheduleId: 99, locations: [{ type: 'phone' }] })]);
    expect(p.inSync).toBe(1);
    expect(p.divergences).toEqual([]);
    expect(p.push).toEqual([]);
  });

  describe('create and link', () => {
    it('creates for an unlinked service without an event type of its slug', () => {
      const p = plan([svc({ calcomEventTypeId: null, base: null })], []);
      expect(p.create).toEqual([{ serviceId: 's1', name: 'Cut', slug: 'cut' }]);
      expect(planSummary(p)).toEqual({ ...EMPTY_SUMMARY, create: 1 });
    });

    it('creates when the only event type has another slug, and imports that one', () => {
      const p = plan([svc({ calcomEventTypeId: null, base: null })], [et({ id: 20, slug: 'colour', title: 'Colour' })]);
      expect(p.create).toEqual([{ serviceId: 's1', name: 'Cut', slug: 'cut' }]);
      expect(p.link).toEqual([]);
      expect(p.import.map((i) => i.eventTypeId)).toEqual([20]);
    });

    it('links an unlinked service to the unlinked event type with the same slug, which is then not imported', () => {
      const p = plan([svc({ calcomEventTypeId: null, base: null })], [et({ id: 20 })]);
      expect(p.link).toEqual([{ serviceId: 's1', name: 'Cut', eventTypeId: 20, slug: 'cut' }]);
      expect(p.create).toEqual([]);
      expect(p.import).toEqual([]);
      expect(planSummary(p)).toEqual({ ...EMPTY_SUMMARY, link: 1 });
    });

    it('never links to an event type another service is already linked to', () => {
      const linked = svc({ id: 's1', calcomEventTypeId: 10 });
      const newcomer = svc({ id: 's2', name: 'Cut 2', calcomEventTypeId: null, base: null });
      const p = plan([linked, newcomer], [et({ id: 10 })]);
      expect(p.link).toEqual([]);
      expect(p.create).toEqual([{ serviceId: 's2', name: 'Cut 2', slug: 'cut' }]);
      expect(p.inSync).toBe(1);
    });

    it('links one event type to one service only', () => {
      const a = svc({ id: 'a', calcomEventTypeId: null, base: null });
      const b = svc({ id: 'b', calcomEventTypeId: null, base: null });
      const p = plan([a, b], [et({ id: 20 })]);
      expect(p.link).toEqual([{ serviceId: 'a', name: 'Cut', eventTypeId: 20, slug: 'cut' }]);
      expect(p.create).toEqual([{ serviceId: 'b', name: 'Cut', slug: 'cut' }]);
    });
  });

  describe('push', () => {
    it('pushes a platform-only change with its three values', () => {
      const p = plan([svc({ durationMinutes: 45, isOnline: false })], [et()]);
      expect(p.push).toEqual([
        {
          serviceId: 's1',
          name: 'Cut',
          eventTypeId: 10,
          fields: [
            { field: 'durationMinutes', platformValue: 45, calcomValue: 30, baseValue: 30 },
            { field: 'visibility', platformValue: 'hidden', calcomValue: 'visible', baseValue: 'visible' },
          ],
        },
      ]);
      expect(p.divergences).toEqual([]);
      expect(p.inSync).toBe(0);
      expect(planSummary(p)).toEqual({ ...EMPTY_SUMMARY, push: 1 });
    });

    it('pushes every difference when there is no base', () => {
      const p = plan([svc({ base: null })], [et({ title: 'Old', lengthInMinutes: 20 })]);
      expect(p.push[0].fields.map((f) => f.field)).toEqual(['name', 'durationMinutes']);
      expect(p.divergences).toEqual([]);
    });
  });

  describe('import', () => {
    it('imports an event type no service links to, with its values', () => {
      const colour = et({ id: 20, title: 'Colour', slug: 'colour', lengthInMinutes: 90 });
      const p = plan([svc()], [et(), colour]);
      expect(p.import).toEqual([{ eventTypeId: 20, title: 'Colour', slug: 'colour', lengthInMinutes: 90, values: calcomValues(colour) }]);
      expect(p.import[0].values.durationMinutes).toBe(90);
      expect(planSummary(p)).toEqual({ ...EMPTY_SUMMARY, import: 1, inSync: 1 });
    });

    it('imports everything for a company without services', () => {
      const p = plan([], [et({ id: 20, slug: 'a' }), et({ id: 21, slug: 'b' })]);
      expect(p.import.map((i) => [i.eventTypeId, i.slug])).toEqual([
        [20, 'a'],
        [21, 'b'],
      ]);
    });
  });

  describe('orphans', () => {
    it('a linked id absent from the listing is an orphan, and nothing else', () => {
      const p = plan([svc({ calcomEventTypeId: 99 })], [et({ id: 10, slug: 'other' })]);
      expect(p.orphans).toEqual([{ serviceId: 's1', name: 'Cut', eventTypeId: 99 }]);
      expect(p.push).toEqual([]);
      expect(p.create).toEqual([]);
      expect(p.inSync).toBe(0);
      expect(planSummary(p)).toEqual({ ...EMPTY_SUMMARY, orphans: 1, import: 1 });
    });

    it('is not reported again once marked EVENT_TYPE_DELETED', () => {
      expect(ORPHAN_CODE).toBe('EVENT_TYPE_DELETED');
      const p = plan([svc({ calcomEventTypeId: 99, syncErrorCode: 'EVENT_TYPE_DELETED', syncStatus: 'error' })], []);
      expect(p.orphans).toEqual([]);
      expect(planSummary(p)).toEqual(EMPTY_SUMMARY);
    });

    it('another error code does not hide an orphan', () => {
      const p = plan([svc({ calcomEventTypeId: 99, syncErrorCode: 'RATE_LIMITED', syncStatus: 'error' })], []);
      expect(p.orphans).toHaveLength(1);
    });
  });

  describe('divergences and conflicts', () => {
    it('a Cal.com-only change is a divergence, flagged under the default platform_wins policy', () => {
      const p = plan([svc()], [et({ lengthInMinutes: 45 })]);
      expect(p.divergences).toEqual([
        {
          serviceId: 's1',
          name: 'Cut',
          eventTypeId: 10,
          field: 'durationMinutes',
          platformValue: 30,
          calcomValue: 45,
          baseValue: 30,
          kind: 'divergence',
          policy: 'platform_wins',
          action: 'flag',
        },
      ]);
      expect(p.push).toEqual([]);
      expect(p.inSync).toBe(0);
      expect(planSummary(p)).toEqual({ ...EMPTY_SUMMARY, divergences: 1 });
    });

    it('both sides changed to different values is a conflict', () => {
      const p = plan([svc({ durationMinutes: 60 })], [et({ lengthInMinutes: 45 })]);
      expect(p.divergences).toHaveLength(1);
      expect(p.divergences[0]).toMatchObject({ field: 'durationMinutes', kind: 'conflict', platformValue: 60, calcomValue: 45, baseValue: 30, action: 'flag' });
      expect(p.push).toEqual([]);
      expect(planSummary(p)).toEqual({ ...EMPTY_SUMMARY, conflicts: 1 });
    });

    it('both sides changed to the same value is in sync', () => {
      const p = plan([svc({ durationMinutes: 45 })], [et({ lengthInMinutes: 45 })]);
      expect(p.divergences).toEqual([]);
      expect(p.push).toEqual([]);
      expect(p.inSync).toBe(1);
    });

    it('a platform change on one field is pushed beside a divergence on another', () => {
      const p = plan([svc({ durationMinutes: 45 })], [et({ hidden: true })]);
      expect(p.push[0].fields.map((f) => f.field)).toEqual(['durationMinutes']);
      expect(p.divergences.map((d) => [d.field, d.kind, d.calcomValue])).toEqual([['visibility', 'divergence', 'hidden']]);
    });
  });

  describe('policy actions', () => {
    it('platform_wins flags without force', () => {
      const p = plan([svc()], [et({ lengthInMinutes: 45 })], { durationMinutes: 'platform_wins' });
      expect(p.divergences[0]).toMatchObject({ policy: 'platform_wins', action: 'flag' });
      expect(p.push).toEqual([]);
    });

    it('platform_wins with force pushes the platform value, and the field is among the push fields', () => {
      const p = plan([svc()], [et({ lengthInMinutes: 45 })], {}, true);
      expect(p.divergences[0]).toMatchObject({ field: 'durationMinutes', policy: 'platform_wins', action: 'push' });
      expect(p.push).toEqual([
        { serviceId: 's1', name: 'Cut', eventTypeId: 10, fields: [{ field: 'durationMinutes', platformValue: 30, calcomValue: 45, baseValue: 30 }] },
      ]);
    });

    it('force also pushes a conflict, after the platform-only changes', () => {
      const p = plan([svc({ durationMinutes: 60, name: 'Trim' })], [et({ lengthInMinutes: 45 })], {}, true);
      expect(p.divergences[0]).toMatchObject({ field: 'durationMinutes', kind: 'conflict', action: 'push' });
      expect(p.push[0].fields.map((f) => [f.field, f.platformValue])).toEqual([
        ['name', 'Trim'],
        ['durationMinutes', 60],
      ]);
    });

    it("calcom_wins takes Cal.com's value, with or without force, and never pushes it", () => {
      for (const force of [false, true]) {
        const p = plan([svc()], [et({ lengthInMinutes: 45 })], { durationMinutes: 'calcom_wins' }, force);
        expect(p.divergences[0]).toMatchObject({ field: 'durationMinutes', policy: 'calcom_wins', action: 'take_calcom' });
        expect(p.push).toEqual([]);
      }
    });

    it('flag_only flags even with force', () => {
      const p = plan([svc()], [et({ lengthInMinutes: 45 })], { durationMinutes: 'flag_only' }, true);
      expect(p.divergences[0]).toMatchObject({ policy: 'flag_only', action: 'flag' });
      expect(p.push).toEqual([]);
    });

    it('policies apply per field', () => {
      const p = plan([svc()], [et({ lengthInMinutes: 45, description: 'Changed' })], { description: 'calcom_wins', durationMinutes: 'flag_only' }, true);
      expect(p.divergences.map((d) => [d.field, d.policy, d.action])).toEqual([
        ['durationMinutes', 'flag_only', 'flag'],
        ['description', 'calcom_wins', 'take_calcom'],
      ]);
      expect(p.push).toEqual([]);
    });
  });

  describe('resolved', () => {
    it('reports the open divergence fields that are in sync again, and only those', () => {
      const p = plan([svc({ openDivergenceFields: ['durationMinutes', 'name'] })], [et({ title: 'Cut!' })]);
      expect(p.resolved).toEqual([{ serviceId: 's1', name: 'Cut', fields: ['durationMinutes'] }]);
      expect(p.divergences.map((d) => d.field)).toEqual(['name']);
      expect(planSummary(p)).toEqual({ ...EMPTY_SUMMARY, divergences: 1, resolved: 1 });
    });

    it('nothing is resolved while the open fields still differ', () => {
      const p = plan([svc({ openDivergenceFields: ['durationMinutes'] })], [et({ lengthInMinutes: 45 })]);
      expect(p.resolved).toEqual([]);
    });

    it('a fully resolved service also counts as in sync', () => {
      const p = plan([svc({ openDivergenceFields: ['visibility'] })], [et()]);
      expect(p.resolved).toEqual([{ serviceId: 's1', name: 'Cut', fields: ['visibility'] }]);
      expect(p.inSync).toBe(1);
    });
  });

  it('inSync counts only the linked services with every field in sync', () => {
    const services = [
      svc({ id: 'a', calcomEventTypeId: 10 }),
      svc({ id: 'b', slug: 'b', calcomEventTypeId: 11, base: platformValues(source({ slug: 'b' })) }),
      svc({ id: 'c', slug: 'c', calcomEventTypeId: 12, base: platformValues(source({ slug: 'c' })), durationMinutes: 45 }),
      svc({ id: 'd', slug: 'd', calcomEventTypeId: 13, base: platformValues(source({ slug: 'd' })) }),
      svc({ id: 'e', slug: 'e', calcomEventTypeId: null, base: null }),
    ];
    const p = plan(services, [et({ id: 10 }), et({ id: 11, slug: 'b' }), et({ id: 12, slug: 'c' }), et({ id: 13, slug: 'd', hidden: true })]);
    expect(p.inSync).toBe(2);
    expect(planSummary(p)).toEqual({ ...EMPTY_SUMMARY, create: 1, push: 1, divergences: 1, inSync: 2 });
  });

  describe('unconfirmed writes (sending)', () => {
    // base 30; calsync sent 45 without an answer; the platform has since moved on to 60
    const pending = () => svc({ durationMinutes: 60, sending: { durationMinutes: [45] } });

    it('a sent value that landed in Cal.com is no divergence: the platform change is pushed', () => {
      const p = plan([pending()], [et({ lengthInMinutes: 45 })]);
      expect(p.divergences).toEqual([]);
      expect(p.push).toEqual([
        { serviceId: 's1', name: 'Cut', eventTypeId: 10, fields: [{ field: 'durationMinutes', platformValue: 60, calcomValue: 45, baseValue: 45 }] },
      ]);
    });

    it('the same listing without the unconfirmed write would be a conflict', () => {
      const p = plan([svc({ durationMinutes: 60 })], [et({ lengthInMinutes: 45 })]);
      expect(p.divergences.map((d) => d.kind)).toEqual(['conflict']);
    });

    it('a landed write equal to the platform value is in sync', () => {
      const p = plan([svc({ durationMinutes: 45, sending: { durationMinutes: [45] } })], [et({ lengthInMinutes: 45 })]);
      expect(p.inSync).toBe(1);
      expect(p.push).toEqual([]);
      expect(p.divergences).toEqual([]);
    });

    it('a third value in Cal.com is still a divergence', () => {
      const p = plan([pending()], [et({ lengthInMinutes: 50 })]);
      expect(p.divergences).toHaveLength(1);
      expect(p.divergences[0]).toMatchObject({ field: 'durationMinutes', kind: 'conflict', platformValue: 60, calcomValue: 50, baseValue: 30, action: 'flag' });
      expect(p.push).toEqual([]);

      const unchangedPlatform = plan([svc({ sending: { durationMinutes: [45] } })], [et({ lengthInMinutes: 50 })]);
      expect(unchangedPlatform.divergences[0]).toMatchObject({ field: 'durationMinutes', kind: 'divergence', calcomValue: 50, baseValue: 30 });
    });

    it('a write that did not land leaves the base: the platform value is pushed again', () => {
      const p = plan([pending()], [et({ lengthInMinutes: 30 })]);
      expect(p.divergences).toEqual([]);
      expect(p.push[0].fields).toEqual([{ field: 'durationMinutes', platformValue: 60, calcomValue: 30, baseValue: 30 }]);
    });
  });
});

describe('planCompany: services in error wait for a person', () => {
  it('plans no create for a service in error without an event type (an orphan, a refused create)', () => {
    const orphan = svc({ id: 'o', calcomEventTypeId: null, base: null, syncStatus: 'error', syncErrorCode: ORPHAN_CODE });
    const refused = svc({ id: 'r', slug: 'refused', calcomEventTypeId: null, base: null, syncStatus: 'error', syncErrorCode: 'refused' });
    expect(plan([orphan, refused], []).create).toEqual([]);
    expect(plan([orphan, refused], [], {}, true).create).toEqual([]);
    expect(plan([svc({ id: 'n', calcomEventTypeId: null, base: null, syncStatus: 'never' })], []).create).toEqual([{ serviceId: 'n', name: 'Cut', slug: 'cut' }]);
  });

  it('still links a service in error whose event type is found by slug (a create that landed unheard)', () => {
    const p = plan([svc({ calcomEventTypeId: null, base: null, syncStatus: 'error', syncErrorCode: 'not_stored' })], [et({ id: 77 })]);
    expect(p.link).toEqual([{ serviceId: 's1', name: 'Cut', eventTypeId: 77, slug: 'cut' }]);
    expect(p.import).toEqual([]);
  });

  it('pushes a platform edit of a service in error only with --force', () => {
    const s = svc({ name: 'Cut & Wash', syncStatus: 'error', syncErrorCode: 'refused' });
    expect(plan([s], [et()]).push).toEqual([]);
    expect(plan([s], [et()], {}, true).push[0].fields.map((f) => f.field)).toEqual(['name']);
  });
});

describe('planSummary', () => {
  it('counts each list, divergences and conflicts apart', () => {
    const services = [
      svc({ id: 'new', slug: 'new', calcomEventTypeId: null, base: null }),
      svc({ id: 'link', slug: 'link', calcomEventTypeId: null, base: null }),
      svc({ id: 'gone', calcomEventTypeId: 99 }),
      svc({ id: 'div', calcomEventTypeId: 10, openDivergenceFields: ['description'] }),
      svc({ id: 'conf', slug: 'conf', calcomEventTypeId: 11, base: platformValues(source({ slug: 'conf' })), durationMinutes: 60, name: 'Conf' }),
    ];
    const eventTypes = [
      et({ id: 10, lengthInMinutes: 45, hidden: true }),
      et({ id: 11, slug: 'conf', lengthInMinutes: 45 }),
      et({ id: 20, slug: 'link' }),
      et({ id: 21, slug: 'extra' }),
    ];
    const p = plan(services, eventTypes);
    expect(planSummary(p)).toEqual({
      create: 1,
      link: 1,
      push: 1, // 'conf' pushes its name
      import: 1,
      orphans: 1,
      divergences: 2, // 'div': durationMinutes and visibility
      conflicts: 1, // 'conf': durationMinutes
      resolved: 1, // 'div': description agrees again
      inSync: 0,
    });
  });

  it('is all zeros for an empty plan', () => {
    expect(planSummary(plan([], []))).toEqual(EMPTY_SUMMARY);
  });
});
