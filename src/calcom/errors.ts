/**
 * Cal.com API errors: one class with a stable code, and one place that turns it into a sentence a salon
 * manager can act on. See shared CONTRACT §2.7 (error envelope) and §4 (rate limits).
 */

/** Codes calsync produces itself; any other code is Cal.com's `error.code` (e.g. `NotFoundException`, `TRPCError`). */
export type CalcomLocalErrorCode = 'NETWORK' | 'TIMEOUT' | 'ECHO_MISMATCH' | 'BAD_RESPONSE' | 'UNAUTHORIZED' | 'HTTP_ERROR';

/** Rate-limit headers Cal.com sends on throttled routes (`X-RateLimit-*-Default`). */
export interface RateLimitInfo {
  /** `X-RateLimit-Remaining-Default`, or null when absent. */
  remaining: number | null;
  /** Milliseconds until the window resets, from `X-RateLimit-Reset-Default` (seconds, or epoch if > 1e9); null when absent. */
  resetMs: number | null;
}

export interface CalcomErrorInit {
  status: number | null;
  code: string;
  message: string;
  details?: unknown;
  requestId?: string | null;
  transient: boolean;
  rateLimit?: RateLimitInfo;
  /** For ECHO_MISMATCH: the fields whose value Cal.com did not store. */
  fields?: string[];
  method?: string;
  path?: string;
  cause?: unknown;
}

export class CalcomError extends Error {
  override readonly name = 'CalcomError';
  readonly status: number | null;
  /** Cal.com's `error.code`, or one of NETWORK, TIMEOUT, ECHO_MISMATCH, BAD_RESPONSE, UNAUTHORIZED, HTTP_ERROR. */
  readonly code: string;
  readonly details: unknown;
  /** The `X-Request-Id` response header, to quote to Cal.com support. */
  readonly requestId: string | null;
  /** True when retrying later can succeed: network errors, timeouts, 5xx, 429. */
  readonly transient: boolean;
  readonly rateLimit: RateLimitInfo;
  readonly fields: string[];
  readonly method: string | null;
  readonly path: string | null;

  constructor(init: CalcomErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.details = init.details;
    this.requestId = init.requestId ?? null;
    this.transient = init.transient;
    this.rateLimit = init.rateLimit ?? { remaining: null, resetMs: null };
    this.fields = init.fields ?? [];
    this.method = init.method ?? null;
    this.path = init.path ?? null;
  }

  /** A plain object for logs and the sync_* tables (no stack). */
  toJSON() {
    return {
      name: this.name,
      status: this.status,
      code: this.code,
      message: this.message,
      details: this.details,
      requestId: this.requestId,
      transient: this.transient,
      rateLimit: this.rateLimit,
      fields: this.fields,
      method: this.method,
      path: this.path,
    };
  }
}

export function isCalcomError(e: unknown): e is CalcomError {
  return e instanceof CalcomError;
}

/** Transient = worth retrying later: no answer, 408, 425, 429 or any 5xx. */
export function isTransientStatus(status: number | null): boolean {
  if (status === null) return true;
  return status === 408 || status === 425 || status === 429 || status >= 500;
}

/**
 * Whether an error answer says the write was not carried out: a refusal (4xx, including 429) or
 * 503 Service Unavailable. No answer, a timeout or any other 5xx leaves it unknown.
 */
export function writeNotApplied(status: number | null): boolean {
  return status !== null && ((status >= 400 && status < 500) || status === 503);
}

/** Reads `X-RateLimit-Remaining-Default` / `X-RateLimit-Reset-Default`. Reset is seconds-until-reset, or an epoch (s or ms) if > 1e9. */
export function readRateLimitHeaders(headers: Headers | null | undefined, nowMs = Date.now()): RateLimitInfo {
  const num = (name: string): number | null => {
    const v = headers?.get(name);
    if (v == null || v.trim() === '') return null;
    const n = Number(v);
    return Number.isFinite(n) ? n : null;
  };
  const remaining = num('x-ratelimit-remaining-default');
  const reset = num('x-ratelimit-reset-default');
  let resetMs: number | null = null;
  if (reset !== null) {
    if (reset > 1e12) resetMs = reset - nowMs; // epoch milliseconds
    else if (reset > 1e9) resetMs = reset * 1000 - nowMs; // epoch seconds
    else resetMs = reset * 1000; // seconds until reset
    resetMs = Math.max(0, Math.round(resetMs));
  }
  return { remaining, resetMs };
}

/**
 * Maps an HTTP error answer (status + parsed body) to a CalcomError.
 * Cal.com's envelope: `{status:"error", error:{code, message, details}}` (CONTRACT §2.7).
 */
export function errorFromResponse(args: {
  status: number;
  body: unknown;
  headers?: Headers | null;
  method?: string;
  path?: string;
}): CalcomError {
  const { status, body } = args;
  const env = body && typeof body === 'object' ? (body as { error?: unknown; message?: unknown }) : undefined;
  const err = env?.error && typeof env.error === 'object' ? (env.error as { code?: unknown; message?: unknown; details?: unknown }) : undefined;
  const calCode = typeof err?.code === 'string' && err.code ? err.code : null;
  const message =
    typeof err?.message === 'string' && err.message
      ? err.message
      : typeof env?.message === 'string' && env.message
        ? env.message
        : typeof body === 'string' && body.trim()
          ? body.trim().slice(0, 500)
          : `HTTP ${status}`;
  const code = status === 401 ? 'UNAUTHORIZED' : (calCode ?? 'HTTP_ERROR');
  return new CalcomError({
    status,
    code,
    message,
    details: err ? err.details : body,
    requestId: args.headers?.get('x-request-id') ?? null,
    transient: isTransientStatus(status),
    rateLimit: readRateLimitHeaders(args.headers),
    method: args.method,
    path: args.path,
  });
}

// ---------------------------------------------------------------------------------------------------------
// Echo check: Cal.com silently drops unknown or unsupported fields (ValidationPipe whitelist, CONTRACT §1).

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `{disabled: true}` clears a setting; Cal.com may answer with null, an absent field, [] or `{disabled: true}`. */
function isDisabledMarker(v: unknown): boolean {
  return isPlainObject(v) && v.disabled === true && Object.keys(v).length === 1;
}
function isEmptyLike(v: unknown): boolean {
  return v === null || v === undefined || (Array.isArray(v) && v.length === 0) || isDisabledMarker(v);
}

/** True when `received` holds what was `sent`: scalars equal, arrays element-wise, objects on the keys sent. */
export function echoMatches(sent: unknown, received: unknown): boolean {
  if (sent === undefined) return true;
  if (isDisabledMarker(sent)) return isEmptyLike(received);
  if (Array.isArray(sent)) {
    if (!Array.isArray(received) || received.length !== sent.length) return false;
    return sent.every((s, i) => echoMatches(s, received[i]));
  }
  if (isPlainObject(sent)) {
    if (!isPlainObject(received)) return false;
    return Object.entries(sent).every(([k, v]) => echoMatches(v, received[k]));
  }
  if (typeof sent === 'number' && typeof received === 'number') return sent === received || (Number.isNaN(sent) && Number.isNaN(received));
  return Object.is(sent, received);
}

/**
 * The top-level fields of `sent` whose value Cal.com's answer does not hold (deep; objects compared on the
 * keys sent, so server-added keys are fine). Empty array = everything stuck. Pure.
 */
export function findEchoMismatches(sent: Record<string, unknown>, received: Record<string, unknown> | null | undefined): string[] {
  const out: string[] = [];
  for (const [field, value] of Object.entries(sent)) {
    if (value === undefined) continue;
    if (!echoMatches(value, received?.[field])) out.push(field);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------

function quoteId(e: CalcomError): string {
  return e.requestId ? ` (Cal.com request id ${e.requestId})` : '';
}

/** A sentence a salon manager understands and can act on. Pure; accepts any thrown value. */
export function describeCalcomError(err: unknown): string {
  if (!(err instanceof CalcomError)) {
    const msg = err instanceof Error ? err.message : String(err);
    return `Something unexpected went wrong while talking to Cal.com: ${msg}. calsync will try again; if it keeps happening, contact support.`;
  }
  const e = err;
  const rid = quoteId(e);
  switch (e.code) {
    case 'ECHO_MISMATCH':
      return (
        `Cal.com accepted the change but did not store: ${e.fields.join(', ') || 'some fields'}. ` +
        'Cal.com may not support these settings for this event type; check them in Cal.com, adjust the service, then press “Reset sync status”.' +
        rid
      );
    case 'TIMEOUT':
      return 'Cal.com did not answer in time. calsync will retry automatically; if this keeps happening, check status.cal.com.';
    case 'NETWORK':
      return 'calsync could not reach Cal.com (network problem). It will retry automatically; if this keeps happening, check the server’s internet connection.';
    case 'BAD_RESPONSE':
      return `Cal.com sent an answer calsync could not read. calsync will retry; if this keeps happening, contact support${rid}.`;
    case 'UNAUTHORIZED':
      return 'Cal.com rejected the API key: it is wrong, expired or was deleted. Create a new key in Cal.com (Settings → Developer → API keys), paste it in calsync’s settings, then press “Reset sync status”.';
  }
  const s = e.status;
  if (s === 401) {
    return 'Cal.com rejected the API key: it is wrong, expired or was deleted. Create a new key in Cal.com (Settings → Developer → API keys), paste it in calsync’s settings, then press “Reset sync status”.';
  }
  if (s === 403) {
    return `Cal.com refused access: the API key’s account does not own this event type (or lacks permission). Use an API key of the account that owns it, then press “Reset sync status”.${rid}`;
  }
  if (s === 404) {
    return `The event type no longer exists in Cal.com (it was probably deleted there). Press “Reset sync status” to create it again, or unlink the service.${rid}`;
  }
  if (isSlugClash(e)) {
    return 'Cal.com refused the change: another event type already uses this link (slug). Rename the service or change its slug, then press “Reset sync status”.';
  }
  if (s === 400 || s === 422) {
    const why = validationMessages(e);
    return `Cal.com refused the change${why ? `: ${why}` : ''}. Correct the service’s settings, then press “Reset sync status”.${rid}`;
  }
  if (s === 429) {
    const wait = e.rateLimit.resetMs !== null ? Math.max(1, Math.ceil(e.rateLimit.resetMs / 1000)) : 60;
    return `Cal.com is limiting how many requests calsync may send. calsync pauses and retries automatically in about ${wait} seconds; nothing to do.`;
  }
  if (s !== null && s >= 500) {
    return `Cal.com had a problem on its side (error ${s}). calsync will retry automatically; if this lasts, check status.cal.com.${rid}`;
  }
  return `Cal.com answered with an error${s !== null ? ` ${s}` : ''}: ${e.message}. ${e.transient ? 'calsync will retry automatically.' : 'Check the service’s settings, then press “Reset sync status”.'}${rid}`;
}

/** Words for a transient failure that outlasted every retry: what happened last, and what to do now. */
export function describeGaveUp(err: unknown, attempts: number): string {
  const e = err instanceof CalcomError ? err : null;
  const last =
    e?.code === 'TIMEOUT'
      ? 'Cal.com did not answer in time'
      : e?.code === 'NETWORK'
        ? 'calsync could not reach Cal.com (network problem)'
        : e?.status === 429
          ? 'Cal.com was limiting how many requests calsync may send'
          : e?.status != null && e.status >= 500
            ? `Cal.com had a problem on its side (error ${e.status})`
            : 'Cal.com did not answer usably';
  return `calsync tried ${attempts} times and stopped: ${last}. If status.cal.com shows no problem any more, press “Reset sync status” to try again.${e ? quoteId(e) : ''}`;
}

/**
 * Cal.com refused because another event type of the user already has this slug: a 409, or the 400
 * `TRPCError` with a generic message that Cal.com's unique index on (owner, slug) produces (CONTRACT.md).
 */
function isSlugClash(e: CalcomError): boolean {
  return e.status === 409 || (e.status === 400 && (e.code === 'TRPCError' || e.code === 'CONFLICT'));
}

/**
 * What kind of failure a service's `syncError` describes, as a stable code the web app translates
 * (`syncErrorCode` in the Service JSON); the words themselves stay in `syncError`.
 */
export const SYNC_ERROR_CODES = ['api_key_rejected', 'no_access', 'event_type_deleted', 'slug_taken', 'refused', 'not_stored', 'gave_up', 'unexpected'] as const;
export type SyncErrorCode = (typeof SYNC_ERROR_CODES)[number];

export function syncErrorCode(err: unknown, gaveUp: boolean): SyncErrorCode {
  if (!(err instanceof CalcomError)) return 'unexpected';
  if (err.code === 'ECHO_MISMATCH') return 'not_stored';
  if (err.status === 401 || err.code === 'UNAUTHORIZED') return 'api_key_rejected';
  if (gaveUp && err.transient) return 'gave_up';
  if (err.status === 403) return 'no_access';
  if (err.status === 404) return 'event_type_deleted';
  if (isSlugClash(err)) return 'slug_taken';
  if (err.status === 400 || err.status === 422) return 'refused';
  return 'unexpected';
}

/** The validator's messages from a 400 (`details.message: string[]`), joined; null when none. */
function validationMessages(e: CalcomError): string | null {
  const d = e.details;
  if (d && typeof d === 'object') {
    const m = (d as { message?: unknown }).message;
    if (Array.isArray(m) && m.length) return m.map(String).join('; ');
    if (typeof m === 'string' && m) return m;
  }
  if (e.message && !/^(Bad Request( Exception)?|HTTP \d+)$/i.test(e.message)) return e.message;
  return null;
}
