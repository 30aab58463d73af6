/**
 * Cal.com API v2 client: typed by the generated `paths` (src/calcom/openapi.d.ts, `npm run gen:calcom`)
 * through openapi-fetch. Every method resolves to a `CalcomResult` (the envelope's `data` plus request
 * metadata) or rejects with a `CalcomError`. See shared CONTRACT §1 (versions, whitelist), §2.7 (errors), §4.
 */
import createClient from 'openapi-fetch';
import type { components, paths } from './openapi.js';
import { CalcomError, errorFromResponse, findEchoMismatches, readRateLimitHeaders, type RateLimitInfo } from './errors.js';

type Schemas = components['schemas'];
export type EventType = Schemas['EventTypeOutput_2024_06_14'];
export type CreateEventTypeInput = Schemas['CreateEventTypeInput_2024_06_14'];
export type UpdateEventTypeInput = Schemas['UpdateEventTypeInput_2024_06_14'];
export type DeletedEventType = Schemas['DeleteData_2024_06_14'];
export type Me = Schemas['MeOutput'];
export type Booking = Schemas['GetBookingsOutput_2024_08_13']['data'][number];
export type BookingsPagination = Schemas['PaginationMetaDto'];
/** The spec types `triggers` as one value; the API takes an array of them (CONTRACT §3.5). */
export type WebhookTrigger = Schemas['CreateWebhookInputDto']['triggers'];
export type Webhook = Schemas['UserWebhookOutputDto'];

export interface CalcomCall {
  method: string;
  /** The path template, e.g. `/v2/event-types/{eventTypeId}` (no ids: safe as a metrics label). */
  path: string;
  /** HTTP status, or null when no answer came (network error, timeout). */
  status: number | null;
  requestId: string | null;
  durationMs: number;
  /** The CalcomError code when the call failed. */
  error?: string;
}

export interface CalcomClientOptions {
  /** e.g. `https://api.cal.com/v2` or `http://127.0.0.1:PORT/v2` (a trailing `/v2` is optional). */
  baseUrl: string;
  apiKey: string;
  /** `cal-api-version` for event types; default '2024-06-14'. */
  apiVersion?: string;
  /** `cal-api-version` for bookings; default '2024-08-13'. */
  bookingsApiVersion?: string;
  /** Per-request timeout (connect + headers + body); default 10000 ms. */
  timeoutMs?: number;
  /** Awaited before EVERY request (the rate limiter's `acquire` hooks in here). */
  beforeRequest?: () => Promise<void>;
  /** Called after every request, success or failure (metrics, logs). Must not throw. */
  onCall?: (call: CalcomCall) => void;
  /** Awaited before a 429 is thrown (e.g. `limiter.penalize(keyHash, 60_000)`). */
  onRateLimited?: (err: CalcomError) => Promise<void> | void;
  /** Custom fetch (tests); default globalThis.fetch. */
  fetch?: (req: Request) => Promise<Response>;
}

/** What every method resolves to: the envelope's `data` plus what the caller may want to log. */
export interface CalcomResult<T> {
  data: T;
  status: number;
  /** `X-Request-Id` response header (quote it to Cal.com support). */
  requestId: string | null;
  durationMs: number;
  rateLimit: RateLimitInfo;
}

export interface ListBookingsQuery {
  /** Only bookings updated after this instant (ISO string or Date). */
  afterUpdatedAt?: string | Date;
  /** Page size; Cal.com's default is 100. */
  take?: number;
  skip?: number;
  eventTypeIds?: number[];
  /** Default 'asc' (oldest change first: a cursor-friendly order for polling). */
  sortUpdatedAt?: 'asc' | 'desc';
}

export interface CreateWebhookInput {
  subscriberUrl: string;
  triggers: WebhookTrigger[];
  active: boolean;
  secret: string;
}

export interface CalcomClient {
  /** GET /v2/me: the key's user (its `username` is needed to list event types). */
  me(): Promise<CalcomResult<Me>>;
  /** GET /v2/event-types?username=…[&eventSlug=…] (without username Cal.com answers []). */
  listEventTypes(username: string, eventSlug?: string): Promise<CalcomResult<EventType[]>>;
  getEventType(id: number): Promise<CalcomResult<EventType>>;
  /** POST /v2/event-types; throws ECHO_MISMATCH when a sent field did not stick. Not idempotent (CONTRACT §5). */
  createEventType(body: CreateEventTypeInput): Promise<CalcomResult<EventType>>;
  /** PATCH /v2/event-types/{id}; partial update; throws ECHO_MISMATCH when a sent field did not stick. */
  updateEventType(id: number, body: UpdateEventTypeInput): Promise<CalcomResult<EventType>>;
  deleteEventType(id: number): Promise<CalcomResult<DeletedEventType>>;
  /** GET /v2/bookings (cal-api-version bookingsApiVersion). */
  listBookings(q?: ListBookingsQuery): Promise<CalcomResult<Booking[]> & { pagination: BookingsPagination | null }>;
  /** POST /v2/webhooks (user-level; no cal-api-version). */
  createWebhook(input: CreateWebhookInput): Promise<CalcomResult<Webhook>>;
}

type RawResult = { data?: unknown; error?: unknown; response: Response };

/** Strips a trailing `/v2` (the generated paths start with `/v2/`) and slashes. */
function rootUrl(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '').replace(/\/v2$/, '');
}

function isTimeout(e: unknown, signal: AbortSignal): boolean {
  const name = (e as { name?: string } | null)?.name;
  if (name === 'TimeoutError') return true;
  return signal.aborted && (signal.reason as { name?: string } | undefined)?.name === 'TimeoutError';
}

function causeText(e: unknown): string {
  const err = e as { message?: string; cause?: { code?: string; message?: string } } | null;
  const cause = err?.cause;
  const parts = [err?.message, cause?.code, cause && cause.message !== err?.message ? cause.message : undefined].filter(Boolean);
  return parts.join(': ') || String(e);
}

export function createCalcomClient(opts: CalcomClientOptions): CalcomClient {
  const apiVersion = opts.apiVersion ?? '2024-06-14';
  const bookingsApiVersion = opts.bookingsApiVersion ?? '2024-08-13';
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const baseFetch = opts.fetch ?? ((req: Request) => globalThis.fetch(req));
  const http = createClient<paths>({ baseUrl: rootUrl(opts.baseUrl) });
  const auth = `Bearer ${opts.apiKey}`;

  /**
   * Runs one request: throttle hook, timeout, error mapping, envelope check, optional echo check, onCall.
   * `send` performs the typed openapi-fetch call with the given signal and fetch.
   */
  async function run<T>(
    method: string,
    path: string,
    send: (init: { signal: AbortSignal; fetch: (req: Request) => Promise<Response> }) => Promise<RawResult>,
    verify?: (data: T, meta: { status: number; requestId: string | null; rateLimit: RateLimitInfo }) => void,
  ): Promise<CalcomResult<T> & { envelope: Record<string, unknown> }> {
    if (opts.beforeRequest) await opts.beforeRequest();
    const started = performance.now();
    const signal = AbortSignal.timeout(timeoutMs);
    let seen: Response | null = null;
    const capturingFetch = async (req: Request) => (seen = await baseFetch(req));
    let status: number | null = null;
    let requestId: string | null = null;
    let failure: CalcomError | null = null;
    try {
      let raw: RawResult;
      try {
        raw = await send({ signal, fetch: capturingFetch });
      } catch (e) {
        const res = seen as Response | null;
        status = res?.status ?? null;
        requestId = res?.headers.get('x-request-id') ?? null;
        if (isTimeout(e, signal)) {
          throw new CalcomError({ status, code: 'TIMEOUT', message: `Cal.com did not answer within ${timeoutMs} ms`, requestId, transient: true, method, path, cause: e });
        }
        if (res && e instanceof SyntaxError) {
          throw new CalcomError({ status, code: 'BAD_RESPONSE', message: `Cal.com sent a body that is not JSON (${e.message})`, requestId, transient: true, rateLimit: readRateLimitHeaders(res.headers), method, path, cause: e });
        }
        throw new CalcomError({ status, code: 'NETWORK', message: `Could not reach Cal.com: ${causeText(e)}`, requestId, transient: true, method, path, cause: e });
      }
      const res = raw.response;
      status = res.status;
      requestId = res.headers.get('x-request-id');
      const rateLimit = readRateLimitHeaders(res.headers);
      if (!res.ok) {
        const err = errorFromResponse({ status: res.status, body: raw.error, headers: res.headers, method, path });
        if (res.status === 429 && opts.onRateLimited) await opts.onRateLimited(err);
        throw err;
      }
      const body = raw.data;
      if (!body || typeof body !== 'object' || !('data' in body) || (body as { status?: unknown }).status === 'error') {
        throw new CalcomError({ status, code: 'BAD_RESPONSE', message: 'Cal.com answered without the expected {status, data} envelope', details: body, requestId, transient: true, rateLimit, method, path });
      }
      const envelope = body as Record<string, unknown>;
      const data = envelope.data as T;
      verify?.(data, { status: res.status, requestId, rateLimit });
      return { data, status: res.status, requestId, durationMs: performance.now() - started, rateLimit, envelope };
    } catch (e) {
      failure = e instanceof CalcomError ? e : new CalcomError({ status, code: 'BAD_RESPONSE', message: String((e as Error)?.message ?? e), requestId, transient: true, method, path, cause: e });
      throw failure;
    } finally {
      opts.onCall?.({ method, path, status, requestId, durationMs: performance.now() - started, ...(failure ? { error: failure.code } : {}) });
    }
  }

  const strip = <T>({ envelope: _e, ...r }: CalcomResult<T> & { envelope: unknown }): CalcomResult<T> => r;

  /** Throws ECHO_MISMATCH when the answer does not hold every field sent. */
  const echo =
    (sent: Record<string, unknown>, method: string, path: string) =>
    (data: EventType, meta: { status: number; requestId: string | null; rateLimit: RateLimitInfo }) => {
      const received = data as unknown as Record<string, unknown>;
      const fields = findEchoMismatches(sent, received);
      if (fields.length === 0) return;
      const details = Object.fromEntries(fields.map((f) => [f, { sent: sent[f], received: received?.[f] ?? null }]));
      throw new CalcomError({
        status: meta.status,
        code: 'ECHO_MISMATCH',
        message: `Cal.com did not store: ${fields.join(', ')}`,
        details,
        fields,
        requestId: meta.requestId,
        rateLimit: meta.rateLimit,
        transient: false,
        method,
        path,
      });
    };

  const evHeaders = { 'cal-api-version': apiVersion, Authorization: auth };

  return {
    async me() {
      return strip(await run<Me>('GET', '/v2/me', (init) => http.GET('/v2/me', { params: { header: { Authorization: auth } }, ...init })));
    },

    async listEventTypes(username, eventSlug) {
      const query = eventSlug === undefined ? { username } : { username, eventSlug };
      return strip(
        await run<EventType[]>('GET', '/v2/event-types', (init) => http.GET('/v2/event-types', { params: { header: evHeaders, query }, ...init })),
      );
    },

    async getEventType(id) {
      const path = '/v2/event-types/{eventTypeId}';
      return strip(
        await run<EventType>(
          'GET',
          path,
          (init) => http.GET('/v2/event-types/{eventTypeId}', { params: { header: evHeaders, path: { eventTypeId: String(id) } }, ...init }),
          (data, meta) => {
            if (!data) throw new CalcomError({ status: meta.status, code: 'BAD_RESPONSE', message: 'Cal.com answered 200 without the event type', requestId: meta.requestId, transient: true, method: 'GET', path });
          },
        ),
      );
    },

    async createEventType(body) {
      const path = '/v2/event-types';
      return strip(
        await run<EventType>(
          'POST',
          path,
          (init) => http.POST('/v2/event-types', { params: { header: evHeaders }, body, ...init }),
          echo(body as unknown as Record<string, unknown>, 'POST', path),
        ),
      );
    },

    async updateEventType(id, body) {
      const path = '/v2/event-types/{eventTypeId}';
      return strip(
        await run<EventType>(
          'PATCH',
          path,
          (init) => http.PATCH('/v2/event-types/{eventTypeId}', { params: { header: evHeaders, path: { eventTypeId: id } }, body, ...init }),
          echo(body as unknown as Record<string, unknown>, 'PATCH', path),
        ),
      );
    },

    async deleteEventType(id) {
      return strip(
        await run<DeletedEventType>('DELETE', '/v2/event-types/{eventTypeId}', (init) =>
          http.DELETE('/v2/event-types/{eventTypeId}', { params: { header: evHeaders, path: { eventTypeId: id } }, ...init }),
        ),
      );
    },

    async listBookings(q = {}) {
      const query: NonNullable<paths['/v2/bookings']['get']['parameters']['query']> = {
        sortUpdatedAt: q.sortUpdatedAt ?? 'asc',
      };
      if (q.afterUpdatedAt !== undefined) query.afterUpdatedAt = q.afterUpdatedAt instanceof Date ? q.afterUpdatedAt.toISOString() : q.afterUpdatedAt;
      if (q.take !== undefined) query.take = q.take;
      if (q.skip !== undefined) query.skip = q.skip;
      if (q.eventTypeIds?.length) query.eventTypeIds = q.eventTypeIds.join(',');
      const r = await run<Booking[]>('GET', '/v2/bookings', (init) =>
        http.GET('/v2/bookings', { params: { header: { 'cal-api-version': bookingsApiVersion, Authorization: auth }, query }, ...init }),
      );
      const pagination = (r.envelope.pagination as BookingsPagination | undefined) ?? null;
      return { ...strip(r), pagination };
    },

    async createWebhook(input) {
      const body = {
        subscriberUrl: input.subscriberUrl,
        triggers: input.triggers as unknown as WebhookTrigger, // spec bug: declared as one value, sent as an array
        active: input.active,
        secret: input.secret,
      };
      return strip(
        await run<Webhook>('POST', '/v2/webhooks', (init) => http.POST('/v2/webhooks', { params: { header: { Authorization: auth } }, body, ...init })),
      );
    },
  };
}
