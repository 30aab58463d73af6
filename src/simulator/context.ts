/** The shared pieces every route module needs, plus small request helpers. */
import type { FastifyRequest } from 'fastify';
import type { CallLog } from './call-log.js';
import type { FaultQueue } from './faults.js';
import type { RateLimiter } from './rate-limit.js';
import type { SimState, UserRecord } from './state.js';
import type { DeliveryResult } from './webhooks.js';
import { httpException, unauthorized } from './errors.js';

export interface SimContext {
  state: SimState;
  limiter: RateLimiter;
  faults: FaultQueue;
  calls: CallLog;
  deliveries: DeliveryResult[];
}

export function bearerToken(req: FastifyRequest): string | undefined {
  const header = req.headers.authorization;
  if (!header) return undefined;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return m ? m[1] : '';
}

/** ApiAuthGuard: a valid, non-revoked `cal_` key or 401. */
export function requireUser(ctx: SimContext, req: FastifyRequest): UserRecord {
  const token = bearerToken(req);
  if (token === undefined) {
    throw unauthorized(
      "No authentication method provided. Either pass an API key as 'Bearer' header or OAuth client credentials as 'x-cal-secret-key' and 'x-cal-client-id' headers",
    );
  }
  const user = token ? ctx.state.userForKey(token) : undefined;
  if (!user) throw unauthorized('ApiAuthStrategy - api key - Invalid API Key');
  return user;
}

/** OptionalApiAuthGuard: anonymous is fine, but a bad key is still a 401. */
export function optionalUser(ctx: SimContext, req: FastifyRequest): UserRecord | undefined {
  return bearerToken(req) === undefined ? undefined : requireUser(ctx, req);
}

/** Nest's ParseIntPipe. */
export function parseIntParam(value: string): number {
  if (!/^-?\d+$/.test(value)) throw httpException(400, 'Validation failed (numeric string is expected)');
  return Number(value);
}

export function apiVersion(req: FastifyRequest): string | undefined {
  const v = req.headers['cal-api-version'];
  return Array.isArray(v) ? v[0] : v;
}
