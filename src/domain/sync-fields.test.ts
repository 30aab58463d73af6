import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CORE_FIELDS,
  addSending,
  advanceBase,
  calcomValues,
  changedSinceBase,
  compareThreeWay,
  knownBase,
  mergeForce,
  ownedFields,
  platformValues,
  sameValue,
  toCalcomBody,
  type PlatformSyncSource,
  type SendingValues,
  type SyncedField,
  type SyncedValues,
} from './sync-fields.js';

const source = (over: Partial<PlatformSyncSource> = {}): PlatformSyncSource => ({
  name: 'Cut',
  slug: 'cut',
  durationMinutes: 30,
  description: 'Hair cut',
  isActive: true,
  isOnline: true,
  bufferTimeMinutes: 5,
  beforeEventBuffer: 10,
  minimumBookingNotice: 60,
  requiresConfirmation: false,
  disableGuests: false,
  scheduleId: null,
  locations: null,
  bookingFields: null,
  ...over,
});

/** The platform values of `source()` (core fields only). */
const values = (over: Partial<SyncedValues> = {}): SyncedValues => ({
  name: 'Cut',
  slug: 'cut',
  durationMinutes: 30,
  description: 'Hair cut',
  visibility: 'visible',
  bufferTimeMinutes: 5,
  beforeEventBuffer: 10,
  minimumBookingNotice: 60,
  requiresConfirmation: false,
  disableGuests: false,
  ...over,
});

/** What calcomValues gives for an event type holding `values()`: optional fields read as null. */
const seen = (over: Partial<SyncedValues> = {}): SyncedValues => ({
  ...values(),
  scheduleId: null,
  locations: null,
  bookingFields: null,
  ...over,
});

const stateOf = (base: Partial<SyncedValues> | null, platform: SyncedValues, calcom: SyncedValues, field: SyncedField) =>
  compareThreeWay(base, platform, calcom).find((c) => c.field === field);

describe('platformValues', () => {
  it('maps a service to the synced shape, null description to empty, and leaves unset optional fields out', () => {
    const v = platformValues(source({ description: null }));
    expect(v).toEqual(values({ description: '' }));
    expect('scheduleId' in v).toBe(false);
    expect('locations' in v).toBe(false);
    expect('bookingFields' in v).toBe(false);
  });

  it('is visible only when both active and online', () => {
    expect(platformValues(source({ isActive: true, isOnline: true })).visibility).toBe('visible');
    expect(platformValues(source({ isActive: false, isOnline: true })).visibility).toBe('hidden');
    expect(platformValues(source({ isActive: true, isOnline: false })).visibility).toBe('hidden');
    expect(platformValues(source({ isActive: false, isOnline: false })).visibility).toBe('hidden');
  });

  it('includes optional fields the platform has set', () => {
    const locations = [{ type: 'address', address: 'Main St 1' }];
    const bookingFields = [{ name: 'phone', type: 'phone' }];
    const v = platformValues(source({ scheduleId: 7, locations, bookingFields }));
    expect(v.scheduleId).toBe(7);
    expect(v.locations).toEqual(locations);
    expect(v.bookingFields).toEqual(bookingFields);
  });
});

describe('calcomValues', () => {
  it('reads the 2024-06-14 event type shape', () => {
    const v = calcomValues({
      id: 10,
      title: 'Cut',
      slug: 'cut',
      lengthInMinutes: 30,
      description: 'Hair cut',
      hidden: false,
      afterEventBuffer: 5,
      beforeEventBuffer: 10,
      minimumBookingNotice: 60,
      confirmationPolicy: { disabled: true },
      disableGuests: false,
      scheduleId: 3,
      locations: [{ type: 'integration', integration: 'cal-video' }],
    });
    expect(v).toEqual({
      ...values(),
      scheduleId: 3,
      locations: [{ type: 'integration', integration: 'cal-video' }],
      bookingFields: null,
    });
  });

  it('falls back to `length`, defaults missing numbers to 0, descriptions to empty and optional fields to null', () => {
    const v = calcomValues({ title: 'X', slug: 'x', length: 45, hidden: true, description: null });
    expect(v).toEqual({
      name: 'X',
      slug: 'x',
      durationMinutes: 45,
      description: '',
      visibility: 'hidden',
      bufferTimeMinutes: 0,
      beforeEventBuffer: 0,
      minimumBookingNotice: 0,
      requiresConfirmation: false,
      disableGuests: false,
      scheduleId: null,
      locations: null,
      bookingFields: null,
    });
    expect(calcomValues({}).name).toBe('');
    expect(calcomValues({}).durationMinutes).toBe(0);
  });

  it('derives requiresConfirmation from confirmationPolicy, or the legacy flag without one', () => {
    expect(calcomValues({ confirmationPolicy: { type: 'always' } }).requiresConfirmation).toBe(true);
    expect(calcomValues({ confirmationPolicy: { type: 'time', noticeThreshold: { unit: 'hours', count: 2 } } }).requiresConfirmation).toBe(true);
    expect(calcomValues({ confirmationPolicy: { type: 'always', disabled: true } }).requiresConfirmation).toBe(false);
    expect(calcomValues({ confirmationPolicy: { disabled: true } }).requiresConfirmation).toBe(false);
    expect(calcomValues({ requiresConfirmation: true }).requiresConfirmation).toBe(true);
    expect(calcomValues({ requiresConfirmation: false }).requiresConfirmation).toBe(false);
    // the policy wins over the legacy flag when both are present
    expect(calcomValues({ confirmationPolicy: { disabled: true }, requiresConfirmation: true }).requiresConfirmation).toBe(false);
  });
});

describe('sameValue', () => {
  it('compares primitives by value', () => {
    expect(sameValue(30, 30)).toBe(true);
    expect(sameValue(30, 31)).toBe(false);
    expect(sameValue('30', 30)).toBe(false);
    expect(sameValue(false, 0)).toBe(false);
    expect(sameValue('', null)).toBe(false);
  });

  it('treats undefined and null as the same', () => {
    expect(sameValue(undefined, null)).toBe(true);
    expect(sameValue(null, undefined)).toBe(true);
    expect(sameValue(undefined, 0)).toBe(false);
  });

  it('compares objects deeply, ignoring key order, but array order matters', () => {
    expect(sameValue({ a: 1, b: { c: 2, d: 3 } }, { b: { d: 3, c: 2 }, a: 1 })).toBe(true);
    expect(sameValue([{ type: 'address', address: 'A' }], [{ address: 'A', type: 'address' }])).toBe(true);
    expect(sameValue({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
  });
});

describe('ownedFields', () => {
  it('is the core fields when no optional field is set', () => {
    expect(ownedFields(values())).toEqual(CORE_FIELDS);
  });

  it('adds the optional fields the platform set, in a fixed order', () => {
    expect(ownedFields(values({ bookingFields: [], scheduleId: 4 }))).toEqual([...CORE_FIELDS, 'scheduleId', 'bookingFields']);
    expect(ownedFields(values({ locations: [{ type: 'phone' }] }))).toEqual([...CORE_FIELDS, 'locations']);
  });
});

describe('toCalcomBody', () => {
  it('maps every field to its Cal.com name', () => {
    const v = values({ scheduleId: 4, locations: [{ type: 'phone' }], bookingFields: [{ name: 'notes' }] });
    expect(toCalcomBody(v, ownedFields(v))).toEqual({
      title: 'Cut',
      slug: 'cut',
      lengthInMinutes: 30,
      description: 'Hair cut',
      hidden: false,
      afterEventBuffer: 5,
      beforeEventBuffer: 10,
      minimumBookingNotice: 60,
      confirmationPolicy: { disabled: true },
      disableGuests: false,
      scheduleId: 4,
      locations: [{ type: 'phone' }],
      bookingFields: [{ name: 'notes' }],
    });
  });

  it('sends only the given fields', () => {
    expect(toCalcomBody(values({ visibility: 'hidden', durationMinutes: 45 }), ['visibility', 'durationMinutes'])).toEqual({
      hidden: true,
      lengthInMinutes: 45,
    });
    expect(toCalcomBody(values(), [])).toEqual({});
  });

  it('sends an always-policy when confirmation is required', () => {
    expect(toCalcomBody(values({ requiresConfirmation: true }), ['requiresConfirmation'])).toEqual({
      confirmationPolicy: { type: 'always', blockUnconfirmedBookingsInBooker: false },
    });
  });

  it('round-trips through calcomValues', () => {
    for (const v of [
      values(),
      values({ visibility: 'hidden', requiresConfirmation: true, disableGuests: true, description: '' }),
      values({ scheduleId: 9, locations: [{ type: 'address', address: 'A' }], bookingFields: [{ name: 'x' }] }),
    ]) {
      const back = calcomValues(toCalcomBody(v, ownedFields(v)));
      for (const f of ownedFields(v)) expect(back[f], f).toEqual(v[f]);
    }
  });
});

describe('compareThreeWay', () => {
  it('compares exactly the owned fields', () => {
    expect(compareThreeWay(values(), values(), seen()).map((c) => c.field)).toEqual(CORE_FIELDS);
    const p = values({ scheduleId: 4 });
    expect(compareThreeWay(p, p, seen({ scheduleId: 4 })).map((c) => c.field)).toEqual([...CORE_FIELDS, 'scheduleId']);
  });

  it('in_sync when the platform and Cal.com agree, whatever the base', () => {
    const all = compareThreeWay(values(), values(), seen());
    expect(all.every((c) => c.state === 'in_sync')).toBe(true);
    expect(compareThreeWay(null, values(), seen()).every((c) => c.state === 'in_sync')).toBe(true);
    // both sides moved to the same value
    expect(stateOf(values({ durationMinutes: 30 }), values({ durationMinutes: 45 }), seen({ durationMinutes: 45 }), 'durationMinutes')?.state).toBe('in_sync');
  });

  it('platform_changed when only the platform moved away from the base', () => {
    expect(stateOf(values(), values({ durationMinutes: 45 }), seen(), 'durationMinutes')).toEqual({
      field: 'durationMinutes',
      state: 'platform_changed',
      base: 30,
      platform: 45,
      calcom: 30,
    });
  });

  it('platform_changed for every difference when there is no base', () => {
    const cmp = compareThreeWay(null, values({ durationMinutes: 45, name: 'Trim' }), seen({ durationMinutes: 60 }));
    expect(cmp.find((c) => c.field === 'durationMinutes')).toEqual({ field: 'durationMinutes', state: 'platform_changed', base: undefined, platform: 45, calcom: 60 });
    expect(cmp.find((c) => c.field === 'name')?.state).toBe('platform_changed');
    expect(cmp.filter((c) => c.state !== 'in_sync').map((c) => c.field)).toEqual(['name', 'durationMinutes']);
  });

  it('platform_changed when the field is missing from the base', () => {
    const { durationMinutes: _omit, ...base } = values();
    expect(stateOf(base, values({ durationMinutes: 45 }), seen({ durationMinutes: 60 }), 'durationMinutes')?.state).toBe('platform_changed');
    // an optional field the platform started to own after the last push
    expect(stateOf(values(), values({ scheduleId: 4 }), seen({ scheduleId: 2 }), 'scheduleId')?.state).toBe('platform_changed');
  });

  it('calcom_changed when only Cal.com moved away from the base', () => {
    expect(stateOf(values(), values(), seen({ visibility: 'hidden' }), 'visibility')).toEqual({
      field: 'visibility',
      state: 'calcom_changed',
      base: 'visible',
      platform: 'visible',
      calcom: 'hidden',
    });
  });

  it('both_changed when both moved to different values', () => {
    expect(stateOf(values(), values({ durationMinutes: 45 }), seen({ durationMinutes: 60 }), 'durationMinutes')).toEqual({
      field: 'durationMinutes',
      state: 'both_changed',
      base: 30,
      platform: 45,
      calcom: 60,
    });
  });

  it('compares structured values deeply', () => {
    const p = values({ locations: [{ type: 'address', address: 'A' }] });
    expect(stateOf(p, p, seen({ locations: [{ address: 'A', type: 'address' }] }), 'locations')?.state).toBe('in_sync');
    expect(stateOf(p, p, seen({ locations: [{ type: 'address', address: 'B' }] }), 'locations')?.state).toBe('calcom_changed');
  });
});

describe('changedSinceBase', () => {
  it('is every owned field without a base', () => {
    expect(changedSinceBase(null, values())).toEqual(CORE_FIELDS);
    expect(changedSinceBase(null, values({ scheduleId: 1 }))).toEqual([...CORE_FIELDS, 'scheduleId']);
  });

  it('is nothing when the platform equals the base', () => {
    expect(changedSinceBase(values(), values())).toEqual([]);
    expect(changedSinceBase(values(), values(), null)).toEqual([]);
    expect(changedSinceBase(values(), values(), {})).toEqual([]);
  });

  it('is the fields that differ from the base, or are missing from it', () => {
    expect(changedSinceBase(values(), values({ durationMinutes: 45, visibility: 'hidden' }))).toEqual(['durationMinutes', 'visibility']);
    const { description: _omit, ...base } = values();
    expect(changedSinceBase(base, values())).toEqual(['description']);
    expect(changedSinceBase(values(), values({ bookingFields: [{ name: 'x' }] }))).toEqual(['bookingFields']);
  });

  it('always sends again a field with an unconfirmed write, even when it equals the base', () => {
    const sending: SendingValues = { minimumBookingNotice: [120] };
    expect(changedSinceBase(values(), values(), sending)).toEqual(['minimumBookingNotice']);
    expect(changedSinceBase(values(), values({ durationMinutes: 45 }), sending)).toEqual(['durationMinutes', 'minimumBookingNotice']);
  });

  it('ignores unconfirmed writes of fields the platform no longer owns', () => {
    expect(changedSinceBase(values(), values(), { scheduleId: [4] })).toEqual([]);
  });
});

describe('addSending', () => {
  it('records the sent values of the given fields only', () => {
    expect(addSending(null, values({ durationMinutes: 45 }), ['durationMinutes', 'visibility'])).toEqual({
      durationMinutes: [45],
      visibility: ['visible'],
    });
    expect(addSending(null, values(), [])).toEqual({});
  });

  it('keeps every distinct candidate per field, without duplicates', () => {
    let s = addSending(null, values({ durationMinutes: 45 }), ['durationMinutes']);
    s = addSending(s, values({ durationMinutes: 60 }), ['durationMinutes', 'name']);
    s = addSending(s, values({ durationMinutes: 45, name: 'Trim' }), ['durationMinutes', 'name']);
    expect(s).toEqual({ durationMinutes: [45, 60], name: ['Cut', 'Trim'] });
  });

  it('treats deep-equal structured values as one candidate', () => {
    const s1 = addSending(null, values({ locations: [{ type: 'address', address: 'A' }] }), ['locations']);
    const s2 = addSending(s1, values({ locations: [{ address: 'A', type: 'address' }] }), ['locations']);
    expect(s2.locations).toHaveLength(1);
  });

  it('keeps candidates of other fields and does not mutate its input', () => {
    const before: SendingValues = { name: ['Trim'] };
    const after = addSending(before, values({ durationMinutes: 45 }), ['durationMinutes']);
    expect(after).toEqual({ name: ['Trim'], durationMinutes: [45] });
    expect(before).toEqual({ name: ['Trim'] });
    const again = addSending(after, values({ durationMinutes: 60 }), ['durationMinutes']);
    expect(after.durationMinutes).toEqual([45]);
    expect(again.durationMinutes).toEqual([45, 60]);
  });
});

describe('knownBase', () => {
  it('returns the base itself without unconfirmed writes', () => {
    const base = values();
    expect(knownBase(base, undefined, seen({ durationMinutes: 45 }))).toBe(base);
    expect(knownBase(base, null, seen({ durationMinutes: 45 }))).toBe(base);
    expect(knownBase(base, {}, seen({ durationMinutes: 45 }))).toBe(base);
    expect(knownBase(null, undefined, seen())).toBeNull();
  });

  it("takes Cal.com's value when it equals a sent candidate (the write landed)", () => {
    const base = values();
    const next = knownBase(base, { durationMinutes: [45, 60] }, seen({ durationMinutes: 60, name: 'Other' }));
    expect(next).toEqual(values({ durationMinutes: 60 }));
    // input untouched
    expect(base.durationMinutes).toBe(30);
  });

  it("keeps the base when Cal.com holds none of the sent values", () => {
    expect(knownBase(values(), { durationMinutes: [45, 60] }, seen({ durationMinutes: 50 }))).toEqual(values());
    expect(knownBase(values(), { durationMinutes: [45] }, seen())).toEqual(values());
  });

  it('decides per field', () => {
    const next = knownBase(values(), { durationMinutes: [45], name: ['Trim'] }, seen({ durationMinutes: 45, name: 'Cut!' }));
    expect(next).toEqual(values({ durationMinutes: 45 }));
  });

  it('starts from an empty base when there was none', () => {
    expect(knownBase(null, { durationMinutes: [45] }, seen({ durationMinutes: 45 }))).toEqual({ durationMinutes: 45 });
    expect(knownBase(null, { durationMinutes: [45] }, seen())).toEqual({});
  });

  it('matches structured values deeply', () => {
    const next = knownBase(values(), { locations: [[{ type: 'address', address: 'A' }]] }, seen({ locations: [{ address: 'A', type: 'address' }] }));
    expect(next?.locations).toEqual([{ address: 'A', type: 'address' }]);
  });

  it('with compareThreeWay: a landed write is no divergence, a third value is', () => {
    const base = values();
    const platform = values({ durationMinutes: 60 }); // changed again after sending 45
    const sending: SendingValues = { durationMinutes: [45] };
    const landed = seen({ durationMinutes: 45 });
    expect(stateOf(base, platform, landed, 'durationMinutes')?.state).toBe('both_changed');
    expect(stateOf(knownBase(base, sending, landed), platform, landed, 'durationMinutes')?.state).toBe('platform_changed');
    const third = seen({ durationMinutes: 50 });
    expect(stateOf(knownBase(base, sending, third), platform, third, 'durationMinutes')?.state).toBe('both_changed');
  });
});

describe('advanceBase', () => {
  it("sent fields take Cal.com's stored values, others keep the base", () => {
    const base = values();
    const answered = seen({ durationMinutes: 45, description: 'Stored', name: 'Not sent' });
    const next = advanceBase(base, answered, ['durationMinutes', 'description']);
    expect(next).toEqual(values({ durationMinutes: 45, description: 'Stored' }));
    expect(base).toEqual(values());
  });

  it('starts from an empty base when there was none', () => {
    expect(advanceBase(null, seen({ durationMinutes: 45 }), ['durationMinutes', 'slug'])).toEqual({ durationMinutes: 45, slug: 'cut' });
    expect(advanceBase(null, seen(), [])).toEqual({});
  });

  it('after advancing, the sent fields are no longer changed since base', () => {
    const platform = values({ durationMinutes: 45, visibility: 'hidden' });
    const sent = changedSinceBase(values(), platform);
    const answered = seen({ durationMinutes: 45, visibility: 'hidden' });
    expect(changedSinceBase(advanceBase(values(), answered, sent), platform)).toEqual([]);
  });
});

describe('properties', () => {
  const arbValues: fc.Arbitrary<SyncedValues> = fc
    .record({
      name: fc.constantFrom('A', 'B'),
      slug: fc.constantFrom('a', 'b'),
      durationMinutes: fc.constantFrom(15, 30),
      description: fc.constantFrom('', 'x'),
      visibility: fc.constantFrom('visible' as const, 'hidden' as const),
      bufferTimeMinutes: fc.constantFrom(0, 5),
      beforeEventBuffer: fc.constantFrom(0, 5),
      minimumBookingNotice: fc.constantFrom(0, 60),
      requiresConfirmation: fc.boolean(),
      disableGuests: fc.boolean(),
      scheduleId: fc.constantFrom(undefined, null, 1, 2),
      locations: fc.constantFrom(undefined, null, [], [{ type: 'phone' }], [{ type: 'address', address: 'A' }]),
    })
    .map((r) => {
      const v = { ...r } as SyncedValues;
      if (v.scheduleId === undefined) delete v.scheduleId;
      if (v.locations === undefined) delete v.locations;
      return v;
    });
  const arbBase = fc.option(
    fc.tuple(arbValues, fc.subarray([...CORE_FIELDS, 'scheduleId', 'locations'] as SyncedField[])).map(([v, drop]) => {
      const b: Partial<SyncedValues> = { ...v };
      for (const f of drop) delete b[f];
      return b;
    }),
  );

  it('compareThreeWay is in_sync exactly when the platform and Cal.com values are sameValue', () => {
    fc.assert(
      fc.property(arbBase, arbValues, arbValues, (base, platform, calcom) => {
        const cmp = compareThreeWay(base, platform, calcom);
        expect(cmp.map((c) => c.field)).toEqual(ownedFields(platform));
        for (const c of cmp) {
          expect(c.state === 'in_sync').toBe(sameValue(platform[c.field], calcom[c.field]));
          // calcom_changed means the platform still holds the base value
          if (c.state === 'calcom_changed') expect(sameValue(c.platform, c.base)).toBe(true);
          // platform_changed means Cal.com still holds the base value (or there is none)
          if (c.state === 'platform_changed') expect(base == null || !(c.field in base) || sameValue(c.calcom, c.base)).toBe(true);
        }
      }),
    );
  });

  it('knownBase with empty or missing sending is the identity; otherwise each field is the base or Cal.com value', () => {
    const arbSending = fc.dictionary(
      fc.constantFrom<SyncedField>('durationMinutes', 'name', 'visibility', 'locations'),
      fc.array(fc.constantFrom<unknown>(15, 30, 'A', 'B', 'hidden', 'visible', [], [{ type: 'phone' }]), { maxLength: 3 }),
    ) as fc.Arbitrary<SendingValues>;
    fc.assert(
      fc.property(arbBase, arbValues, arbSending, (base, calcom, sending) => {
        expect(knownBase(base, undefined, calcom)).toBe(base);
        expect(knownBase(base, null, calcom)).toBe(base);
        expect(knownBase(base, {}, calcom)).toBe(base);
        const next = knownBase(base, sending, calcom);
        if (!Object.keys(sending).length) return;
        for (const f of [...CORE_FIELDS, 'scheduleId', 'locations'] as SyncedField[]) {
          const landed = (sending[f] ?? []).some((v) => sameValue(v, calcom[f]));
          expect(next?.[f]).toEqual(landed ? calcom[f] : base?.[f]);
        }
      }),
    );
  });
});

describe('mergeForce', () => {
  it('keeps one request as it is, and joins two: every field wins over a list, lists are united', () => {
    const all = { actor: 'Anna', fields: null };
    const name = { actor: 'Ben', fields: ['name'] };
    expect(mergeForce(null, name)).toEqual(name);
    expect(mergeForce(name, undefined)).toEqual(name);
    expect(mergeForce(null, null)).toBeNull();
    expect(mergeForce(all, name)).toEqual({ actor: 'Ben', fields: null });
    expect(mergeForce(name, all)).toEqual({ actor: 'Anna', fields: null });
    expect(mergeForce(name, { actor: 'Cleo', fields: ['durationMinutes', 'name'] })).toEqual({ actor: 'Cleo', fields: ['name', 'durationMinutes'] });
  });
});
