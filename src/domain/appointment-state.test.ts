import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  APPOINTMENT_STATUSES,
  foldBooking,
  missingForNewAppointment,
  observeListedBooking,
  planDelivery,
  type AppointmentFacts,
  type BookingObservation,
} from './appointment-state.js';

const at = (min: number) => new Date(Date.UTC(2026, 2, 1, 9, min)).toISOString();
const base = (over: Partial<BookingObservation> = {}): BookingObservation => ({
  status: 'booked',
  at: at(0),
  eventTypeId: 7,
  bookingId: 1,
  title: 'Cut',
  startTime: '2026-03-10T14:00:00Z',
  endTime: '2026-03-10T15:00:00Z',
  attendees: [{ name: 'Alex', email: 'alex@example.com', timeZone: 'UTC' }],
  ...over,
});

const foldAll = (obs: BookingObservation[]) => obs.reduce<AppointmentFacts | null>((cur, o) => foldBooking(cur, o).next, null)!;

describe('foldBooking', () => {
  it('a first create makes a booked appointment with normalised times', () => {
    const { next, changed } = foldBooking(null, base());
    expect(changed).toBe(true);
    expect(next).toMatchObject({ status: 'booked', startTime: '2026-03-10T14:00:00.000Z', endTime: '2026-03-10T15:00:00.000Z', placeholder: false });
  });

  it('the same observation twice changes nothing', () => {
    const first = foldBooking(null, base()).next;
    expect(foldBooking(first, base()).changed).toBe(false);
  });

  it('cancel before create ends cancelled, and the late create says why it lost', () => {
    const cancelled = foldBooking(null, base({ status: 'cancelled', at: at(5) })).next;
    const r = foldBooking(cancelled, base({ status: 'booked', at: at(0) }));
    expect(r.next.status).toBe('cancelled');
    expect(r.changed).toBe(false);
    expect(r.note).toMatch(/kept cancelled/);
  });

  it('a late create never revives a rejected or rescheduled booking', () => {
    for (const s of ['rejected', 'rescheduled', 'cancelled'] as const) {
      const cur = foldBooking(null, base({ status: s, at: at(9) })).next;
      expect(foldBooking(cur, base({ status: 'booked', at: at(20) })).next.status).toBe(s);
      expect(foldBooking(cur, base({ status: 'pending', at: at(20) })).next.status).toBe(s);
    }
  });

  it('requested then created: pending → booked; created then a late requested stays booked', () => {
    const pending = foldBooking(null, base({ status: 'pending' })).next;
    expect(foldBooking(pending, base({ status: 'booked', at: at(1) })).next.status).toBe('booked');
    const booked = foldBooking(null, base({ status: 'booked', at: at(1) })).next;
    expect(foldBooking(booked, base({ status: 'pending', at: at(0) })).next.status).toBe('booked');
  });

  it('newer descriptive fields win; older ones only fill what is unknown', () => {
    const cur = foldBooking(null, base({ at: at(5), title: 'New title' })).next;
    const older = foldBooking(cur, base({ at: at(1), title: 'Old title' }));
    expect(older.next.title).toBe('New title');
    const newer = foldBooking(cur, base({ at: at(9), title: 'Newest' }));
    expect(newer.next.title).toBe('Newest');
  });

  it('a placeholder (old booking of a reschedule) only fills unknowns and is replaced by real news', () => {
    const ph = foldBooking(null, { status: 'rescheduled', at: at(5), placeholder: true, rescheduledToUid: 'B', startTime: '2026-03-01T10:00:00Z' }).next;
    expect(ph).toMatchObject({ status: 'rescheduled', placeholder: true, rescheduledToUid: 'B', sourceAt: null });
    const real = foldBooking(ph, base({ at: at(0), startTime: '2026-03-01T11:00:00Z' })).next;
    expect(real).toMatchObject({ status: 'rescheduled', placeholder: false, startTime: '2026-03-01T11:00:00.000Z', rescheduledToUid: 'B' });
    // and the other way round: the real one first, then the placeholder changes nothing but the link
    const first = foldBooking(null, base({ at: at(0), startTime: '2026-03-01T11:00:00Z' })).next;
    const after = foldBooking(first, { status: 'rescheduled', at: at(5), placeholder: true, rescheduledToUid: 'B', startTime: '2026-03-01T10:00:00Z' }).next;
    expect(after).toEqual(real);
  });

  it('reschedule links are set once', () => {
    const cur = foldBooking(null, base({ rescheduledFromUid: 'A' })).next;
    expect(foldBooking(cur, base({ at: at(3), rescheduledFromUid: 'X' })).next.rescheduledFromUid).toBe('A');
  });

  it('is order-independent: any order of complete observations folds to the same appointment', () => {
    const obsArb = fc.record({
      status: fc.constantFrom(...APPOINTMENT_STATUSES),
      minute: fc.integer({ min: 0, max: 5 }),
      title: fc.constantFrom('A', 'B', 'C'),
      start: fc.integer({ min: 0, max: 3 }),
      placeholder: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(obsArb, { minLength: 1, maxLength: 6 }), fc.integer(), (raw, seed) => {
        const obs = raw.map(
          (r): BookingObservation =>
            base({ status: r.status, at: at(r.minute), title: r.title, startTime: at(60 + r.start), endTime: at(120 + r.start), placeholder: r.placeholder }),
        );
        // at least one real observation: placeholders alone are only best guesses
        if (obs.every((o) => o.placeholder)) obs[0].placeholder = false;
        const shuffled = [...obs].sort((a, b) => ((obs.indexOf(a) * 7919 + seed) % 13) - ((obs.indexOf(b) * 7919 + seed) % 13));
        expect(foldAll(shuffled)).toEqual(foldAll(obs));
        expect(foldAll([...obs].reverse())).toEqual(foldAll(obs));
      }),
      { numRuns: 500 },
    );
  });
});

describe('planDelivery', () => {
  const envelope = (trigger: string, payload: Record<string, unknown>) => ({ triggerEvent: trigger, createdAt: '2026-03-02T09:15:04.512Z', payload });
  const payload = { uid: 'u1', bookingId: 5, eventTypeId: 9, title: 'T', startTime: '2026-03-10T14:00:00Z', endTime: '2026-03-10T15:00:00Z', attendees: [{ name: 'A', email: 'a@x', timeZone: 'UTC' }], status: 'ACCEPTED' };

  it('maps each booking trigger to its status', () => {
    const cases = { BOOKING_CREATED: 'booked', BOOKING_REQUESTED: 'pending', BOOKING_REJECTED: 'rejected', BOOKING_CANCELLED: 'cancelled' } as const;
    for (const [t, s] of Object.entries(cases)) {
      const p = planDelivery(envelope(t, payload));
      expect(p.kind).toBe('booking');
      if (p.kind === 'booking') expect(p.changes).toEqual([{ uid: 'u1', obs: expect.objectContaining({ status: s, at: '2026-03-02T09:15:04.512Z', eventTypeId: 9 }) }]);
    }
  });

  it('a reschedule makes the new booking and a placeholder for the old one', () => {
    const p = planDelivery(envelope('BOOKING_RESCHEDULED', { ...payload, uid: 'new', rescheduleUid: 'old', rescheduleId: 4, rescheduleStartTime: '2026-03-09T10:00:00Z', rescheduleEndTime: '2026-03-09T11:00:00Z' }));
    expect(p.kind).toBe('booking');
    if (p.kind !== 'booking') return;
    expect(p.changes[0]).toMatchObject({ uid: 'new', obs: { status: 'booked', rescheduledFromUid: 'old' } });
    expect(p.changes[1]).toMatchObject({ uid: 'old', obs: { status: 'rescheduled', placeholder: true, rescheduledToUid: 'new', bookingId: 4, startTime: '2026-03-09T10:00:00.000Z' } });
  });

  it('ignores other triggers, hands EVENT_TYPE ones on, and refuses broken booking payloads', () => {
    expect(planDelivery({ triggerEvent: 'MEETING_ENDED', uid: 'x' })).toMatchObject({ kind: 'ignored', reason: expect.stringContaining('MEETING_ENDED') });
    expect(planDelivery({ triggerEvent: 'EVENT_TYPE.UPDATED' })).toEqual({ kind: 'event_type', trigger: 'EVENT_TYPE.UPDATED' });
    expect(planDelivery({ triggerEvent: 'EVENT_TYPE_CREATED' }).kind).toBe('event_type');
    expect(planDelivery([1, 2]).kind).toBe('invalid');
    expect(planDelivery(envelope('BOOKING_CREATED', { ...payload, uid: undefined }))).toMatchObject({ kind: 'invalid', reason: expect.stringContaining('uid') });
    expect(planDelivery(envelope('BOOKING_RESCHEDULED', payload))).toMatchObject({ kind: 'invalid', reason: expect.stringContaining('rescheduleUid') });
  });

  it('a payload without startTime leaves it unknown, which a new appointment cannot accept', () => {
    const { startTime: _s, ...rest } = payload;
    const p = planDelivery(envelope('BOOKING_CREATED', rest));
    if (p.kind !== 'booking') throw new Error('expected booking');
    expect(p.changes[0].obs.startTime).toBeUndefined();
    expect(missingForNewAppointment(p.changes[0].obs)).toEqual(['startTime']);
  });
});

describe('observeListedBooking', () => {
  it('reads the 2024-08-13 booking shape; a cancelled booking with a successor is rescheduled', () => {
    const b = { id: 3, uid: 'old', status: 'cancelled', rescheduledToUid: 'new', start: '2026-03-10T14:00:00.000Z', end: '2026-03-10T15:00:00.000Z', eventTypeId: 9, updatedAt: '2026-03-02T10:00:00.000Z', attendees: [{ name: 'A', email: 'a@x', timeZone: 'UTC', language: 'en' }] };
    expect(observeListedBooking(b)).toEqual({
      uid: 'old',
      obs: expect.objectContaining({ status: 'rescheduled', rescheduledToUid: 'new', bookingId: 3, at: '2026-03-02T10:00:00.000Z', attendees: [{ name: 'A', email: 'a@x', timeZone: 'UTC' }] }),
    });
    expect(observeListedBooking({ ...b, rescheduledToUid: undefined })!.obs.status).toBe('cancelled');
    expect(observeListedBooking({ ...b, status: 'accepted' })!.obs.status).toBe('booked');
    expect(observeListedBooking({ ...b, uid: undefined })).toBeNull();
  });
});
