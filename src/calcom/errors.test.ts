import { describe, it, expect } from 'vitest';
import { CalcomError, describeCalcomError, describeGaveUp, echoMatches, syncErrorCode, errorFromResponse, findEchoMismatches, readRateLimitHeaders } from './errors.js';

describe('findEchoMismatches', () => {
  it('accepts an answer holding every field sent, with extra server keys', () => {
    const sent = { title: 'Deep Tissue', lengthInMinutes: 60, confirmationPolicy: { type: 'always', blockUnconfirmedBookingsInBooker: true }, locations: [{ type: 'address', address: 'Studio A', public: true }] };
    const received = {
      id: 1, title: 'Deep Tissue', lengthInMinutes: 60, slug: 'deep-tissue', price: 0,
      confirmationPolicy: { type: 'always', blockUnconfirmedBookingsInBooker: true, noticeThreshold: null },
      locations: [{ type: 'address', address: 'Studio A', public: true }],
    };
    expect(findEchoMismatches(sent, received)).toEqual([]);
  });

  it('names the fields that did not stick (dropped, changed, nested key changed, array length)', () => {
    const sent = { title: 'A', price: 25, minimumBookingNotice: 120, confirmationPolicy: { type: 'time', blockUnconfirmedBookingsInBooker: false }, lengthInMinutesOptions: [30, 60] };
    const received = { title: 'A', minimumBookingNotice: 0, confirmationPolicy: { type: 'always', blockUnconfirmedBookingsInBooker: false }, lengthInMinutesOptions: [30] };
    expect(findEchoMismatches(sent, received)).toEqual(['price', 'minimumBookingNotice', 'confirmationPolicy', 'lengthInMinutesOptions']);
  });

  it('treats {disabled:true} as matching null, absent, [] or {disabled:true}', () => {
    for (const r of [null, undefined, [], { disabled: true }]) expect(echoMatches({ disabled: true }, r)).toBe(true);
    expect(echoMatches({ disabled: true }, { type: 'always' })).toBe(false);
    expect(findEchoMismatches({ recurrence: { disabled: true }, bookingWindow: { disabled: true } }, { recurrence: null, bookingWindow: [] })).toEqual([]);
  });

  it('ignores undefined fields and compares types strictly', () => {
    expect(findEchoMismatches({ description: undefined, hidden: false }, { hidden: false })).toEqual([]);
    expect(findEchoMismatches({ lengthInMinutes: 60 }, { lengthInMinutes: '60' })).toEqual(['lengthInMinutes']);
    expect(findEchoMismatches({ description: '' }, { description: null })).toEqual(['description']);
  });
});

describe('error mapping', () => {
  const h = (o: Record<string, string>) => new Headers(o);
  it('maps the Cal.com envelope, request id and transience', () => {
    const e = errorFromResponse({
      status: 404,
      body: { status: 'error', error: { code: 'NotFoundException', message: 'Event type with id 999 not found', details: { statusCode: 404 } } },
      headers: h({ 'X-Request-Id': 'req-1' }),
    });
    expect(e).toBeInstanceOf(CalcomError);
    expect([e.status, e.code, e.message, e.requestId, e.transient]).toEqual([404, 'NotFoundException', 'Event type with id 999 not found', 'req-1', false]);
    expect(e.details).toEqual({ statusCode: 404 });
  });

  it('401 is UNAUTHORIZED and not transient; 429 and 5xx are transient', () => {
    const u = errorFromResponse({ status: 401, body: { status: 'error', error: { code: 'UnauthorizedException', message: 'Invalid API Key' } } });
    expect([u.code, u.transient]).toEqual(['UNAUTHORIZED', false]);
    for (const s of [429, 500, 502, 503]) expect(errorFromResponse({ status: s, body: '' }).transient).toBe(true);
    for (const s of [400, 403, 404, 409]) expect(errorFromResponse({ status: s, body: {} }).transient).toBe(false);
    expect(errorFromResponse({ status: 502, body: '<html>Bad gateway</html>' }).code).toBe('HTTP_ERROR');
  });

  it('reads rate-limit headers as seconds or epoch', () => {
    const now = 1_800_000_000_000;
    expect(readRateLimitHeaders(h({ 'X-RateLimit-Remaining-Default': '3', 'X-RateLimit-Reset-Default': '42' }), now)).toEqual({ remaining: 3, resetMs: 42_000 });
    expect(readRateLimitHeaders(h({ 'X-RateLimit-Reset-Default': String(now / 1000 + 30) }), now)).toEqual({ remaining: null, resetMs: 30_000 });
    expect(readRateLimitHeaders(h({}), now)).toEqual({ remaining: null, resetMs: null });
  });
});

describe('describeCalcomError', () => {
  const err = (status: number | null, code: string, extra: Partial<ConstructorParameters<typeof CalcomError>[0]> = {}) =>
    new CalcomError({ status, code, message: 'x', transient: false, ...extra });
  it('gives an actionable sentence per case', () => {
    expect(describeCalcomError(err(400, 'TRPCError'))).toBe(
      'Cal.com refused the change: another event type already uses this link (slug). Rename the service or change its slug, then press “Reset sync status”.',
    );
    expect(describeCalcomError(err(404, 'NotFoundException'))).toMatch(/^The event type no longer exists in Cal.com/);
    expect(describeCalcomError(err(403, 'ForbiddenException'))).toMatch(/does not own this event type/);
    expect(describeCalcomError(err(401, 'UNAUTHORIZED'))).toMatch(/^Cal.com rejected the API key/);
    expect(describeCalcomError(err(200, 'ECHO_MISMATCH', { fields: ['price', 'seats'] }))).toMatch(/^Cal.com accepted the change but did not store: price, seats\./);
    expect(describeCalcomError(err(400, 'BadRequestException', { details: { message: ['lengthInMinutes must be a number'] } }))).toMatch(
      /^Cal.com refused the change: lengthInMinutes must be a number\./,
    );
    expect(describeCalcomError(err(429, 'ThrottlerException', { rateLimit: { remaining: 0, resetMs: 30_000 } }))).toMatch(/in about 30 seconds/);
    expect(describeCalcomError(err(503, 'HTTP_ERROR', { requestId: 'r9' }))).toMatch(/error 503.*retry automatically.*r9/);
    expect(describeCalcomError(err(null, 'TIMEOUT'))).toMatch(/did not answer in time/);
    expect(describeCalcomError(err(null, 'NETWORK'))).toMatch(/could not reach Cal.com/);
    expect(describeCalcomError(new Error('boom'))).toMatch(/boom/);
  });
});

describe('syncErrorCode', () => {
  const err = (status: number | null, code: string, transient = false) => new CalcomError({ status, code, message: 'x', transient, requestId: 'r-1' });
  it('names the kind of failure for translation', () => {
    expect(syncErrorCode(err(401, 'UnauthorizedException'), false)).toBe('api_key_rejected');
    expect(syncErrorCode(err(403, 'ForbiddenException'), false)).toBe('no_access');
    expect(syncErrorCode(err(404, 'NotFoundException'), false)).toBe('event_type_deleted');
    expect(syncErrorCode(err(400, 'TRPCError'), false)).toBe('slug_taken');
    expect(syncErrorCode(err(409, 'CONFLICT'), false)).toBe('slug_taken');
    expect(syncErrorCode(err(400, 'BadRequestException'), false)).toBe('refused');
    expect(syncErrorCode(err(200, 'ECHO_MISMATCH'), false)).toBe('not_stored');
    expect(syncErrorCode(err(503, 'HTTP_503', true), true)).toBe('gave_up');
    expect(syncErrorCode(err(null, 'TIMEOUT', true), true)).toBe('gave_up');
    expect(syncErrorCode(new Error('boom'), false)).toBe('unexpected');
  });
});

describe('describeGaveUp', () => {
  it('says how often calsync tried, what happened last and what to do, without promising another retry', () => {
    const e = new CalcomError({ status: 503, code: 'HTTP_503', message: 'x', transient: true, requestId: 'req-9' });
    const words = describeGaveUp(e, 13);
    expect(words).toContain('tried 13 times and stopped');
    expect(words).toContain('error 503');
    expect(words).toContain('Reset sync status');
    expect(words).toContain('req-9');
    expect(words).not.toMatch(/will retry|retries automatically/);
    expect(describeGaveUp(new CalcomError({ status: null, code: 'TIMEOUT', message: 'x', transient: true }), 2)).toContain('did not answer in time');
  });
});
