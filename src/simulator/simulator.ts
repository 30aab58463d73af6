/**
 * Cal.com API v2 simulator: a Fastify server reproducing the behaviour of
 * api.cal.com/v2 that calsync depends on — including its traps (legacy
 * fallback without `cal-api-version`, silently dropped fields, `[]` without
 * `username`, no idempotency, the blocking throttler without Retry-After, no
 * event-type webhooks) — plus a `/_sim` control API for tests, demo and bench.
 *
 * Request pipeline for /v2 (mirrors Nest's order: middleware → global
 * throttler guard → auth guard → pipes → handler):
 *   onRequest: X-Request-Id, fault injection, forced-429 window, throttler
 *   route:     auth, validation, handler
 *   onSend:    post-processing faults (late answer, answer lost)
 *   onResponse: call log
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { CallLog } from './call-log.js';
import { registerCalcomRoutes } from './calcom-routes.js';
import { apiVersion, bearerToken, type SimContext } from './context.js';
import { registerControlRoutes } from './control-routes.js';
import { CalHttpError, defaultErrorForStatus, errorBody, httpException, throttled } from './errors.js';
import { FaultQueue, type Fault } from './faults.js';
import { loadState, StatePersister } from './persist.js';
import { RateLimiter } from './rate-limit.js';
import { hashKey, SimState } from './state.js';
export { signCalWebhook } from './webhooks.js';
export type { CallRecord } from './call-log.js';
export type { FaultSpec } from './faults.js';

export interface SimulatorOptions {
  /** 0 = random free port (default). */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Requests allowed per key per window (Cal.com: 120). */
  ratePerMinute?: number;
  /** How long a key stays blocked after exceeding the limit (Cal.com: 60). */
  blockSeconds?: number;
  /** Throttler window length (Cal.com: 60). */
  windowSeconds?: number;
  /** Fastify request logging. */
  log?: boolean;
  /**
   * Keep Cal.com's data (users/keys, event types, bookings, webhooks, id counters) in this JSON file: loaded at
   * start if it exists, rewritten (debounced, atomically) after every change, flushed on `close()`. Without it,
   * state is in memory only. Call log, faults and throttler state are never persisted.
   */
  stateFile?: string;
}

export interface Simulator {
  /** e.g. http://127.0.0.1:4567 — control API at `${url}/_sim`. */
  url: string;
  /** The Cal.com base URL to give clients: `${url}/v2`. */
  baseUrl: string;
  close(): Promise<void>;
  /** Same as POST /_sim/reset: clears all state, faults, calls, throttler trackers. */
  reset(): void;
  /** Direct access for in-process tests; prefer the HTTP control API elsewhere. */
  ctx: SimContext;
}

interface CallCtx {
  start: number;
  requestId: string;
  keyHash: string | null;
  apiVersion: string | null;
  fault?: Fault;
  /** The fault already fully handled the request (status answer or early drop). */
  faultFinal?: boolean;
  logged?: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const isCalcomPath = (path: string) => path === '/v2' || path.startsWith('/v2/');

export async function startSimulator(opts: SimulatorOptions = {}): Promise<Simulator> {
  const defaults = {
    limit: opts.ratePerMinute ?? 120,
    windowSeconds: opts.windowSeconds ?? 60,
    blockSeconds: opts.blockSeconds ?? 60,
  };
  const limiter = new RateLimiter({ ...defaults });
  const ctx: SimContext = {
    state: opts.stateFile ? loadState(opts.stateFile) : new SimState(),
    limiter,
    faults: new FaultQueue(),
    calls: new CallLog(() => limiter.config.windowSeconds * 1000),
    deliveries: [],
  };
  const reset = () => {
    ctx.state.reset();
    ctx.faults.clear();
    ctx.calls.clear();
    ctx.deliveries.length = 0;
    limiter.configure(defaults);
    limiter.reset();
    persister?.changed();
  };
  const persister = opts.stateFile ? new StatePersister(opts.stateFile, () => ctx.state.toJSON()) : undefined;
  // Change detection in one place: any request but GET/HEAD may have changed the state; a GET only by
  // provisioning a user on first sight of an API key (userSeq moves). Checked once the handler has run.
  let seenUserSeq = ctx.state.userSeq;
  const noteChange = (method: string) => {
    if (!persister) return;
    const userSeq = ctx.state.userSeq;
    if ((method !== 'GET' && method !== 'HEAD') || userSeq !== seenUserSeq) {
      seenUserSeq = userSeq;
      persister.changed();
    }
  };

  const app: FastifyInstance = Fastify({ logger: opts.log ?? false });
  // Per-request bookkeeping keyed on the raw request so no global Fastify type augmentation leaks out.
  const callCtx = new WeakMap<IncomingMessage, CallCtx>();

  // Tolerate an empty JSON body (clients often send Content-Type on DELETE).
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, raw, done) => {
    const text = String(raw);
    if (text.trim() === '') return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch {
      done(httpException(400, `Unexpected token in JSON body`), undefined);
    }
  });

  function logCall(req: FastifyRequest, status: number) {
    const c = callCtx.get(req.raw);
    if (!c || c.logged) return;
    c.logged = true;
    ctx.calls.add(
      {
        at: new Date(c.start).toISOString(),
        method: req.method,
        path: req.url.split('?')[0],
        query: { ...(req.query as Record<string, unknown>) },
        keyHash: c.keyHash,
        apiVersion: c.apiVersion,
        body: req.body ?? null,
        status,
        requestId: c.requestId,
        durationMs: Date.now() - c.start,
        ...(c.fault ? { fault: c.fault.id } : {}),
      },
      c.start,
    );
  }

  app.addHook('onRequest', async (req, reply) => {
    const requestId = randomUUID();
    void reply.header('X-Request-Id', requestId);
    const path = req.url.split('?')[0];
    if (!isCalcomPath(path)) return;

    const token = bearerToken(req);
    const c: CallCtx = {
      start: Date.now(),
      requestId,
      keyHash: token ? hashKey(token) : null,
      apiVersion: apiVersion(req) ?? null,
    };
    callCtx.set(req.raw, c);

    const fault = ctx.faults.take(req.method, path);
    if (fault) {
      c.fault = fault;
      const processed = fault.status === undefined && !(fault.drop && !fault.applyBeforeDrop);
      if (!processed) {
        c.faultFinal = true;
        if (fault.delayMs) await sleep(fault.delayMs);
        if (fault.drop) {
          logCall(req, 0);
          reply.hijack();
          req.raw.socket.destroy();
          return reply;
        }
        const body = fault.body ?? errorBody(defaultErrorForStatus(fault.status!), req.url);
        return reply.code(fault.status!).send(body);
      }
      if (fault.delayMs && fault.afterDelayApply) await sleep(fault.delayMs);
    }

    // Cal.com's throttler tracks API keys by SHA-256, anonymous callers by IP.
    const decision = limiter.hit(c.keyHash ?? `ip:${req.ip}`);
    void reply.headers(decision.headers);
    if (!decision.allowed) return reply.code(429).send(errorBody(throttled(), req.url));
  });

  app.addHook('onSend', async (req, _reply, payload) => {
    noteChange(req.method);
    const c = callCtx.get(req.raw);
    const fault = c?.fault;
    if (!c || !fault || c.faultFinal) return payload;
    // The change is already applied; now the answer is late, lost, or both.
    if (fault.delayMs && !fault.afterDelayApply) {
      await sleep(fault.delayMs);
      // The client gave up meanwhile (its timeout ran out): no answer will be read and no onResponse
      // comes, so log the call now, with status 0 like a dropped connection.
      if (req.raw.socket?.destroyed) logCall(req, 0);
    }
    if (fault.drop) {
      logCall(req, 0);
      req.raw.socket.destroy();
    }
    return payload;
  });

  app.addHook('onResponse', async (req, reply) => {
    noteChange(req.method);
    logCall(req, reply.statusCode);
  });
  // A client that gave up (its timeout ran out during a slow answer) gets no onResponse: log the call
  // anyway, with status 0 like a dropped connection, so the call log shows every request.
  app.addHook('onRequestAbort', async (req) => {
    logCall(req, 0);
  });

  await app.register(async (calcom) => {
    calcom.setErrorHandler((err: unknown, req, reply) => {
      const calErr =
        err instanceof CalHttpError
          ? err
          : httpException(
              typeof (err as { statusCode?: unknown }).statusCode === 'number' ? (err as { statusCode: number }).statusCode : 500,
              err instanceof Error ? err.message : 'Internal server error',
            );
      void reply.code(calErr.statusCode).send(errorBody(calErr, req.url));
    });
    registerCalcomRoutes(calcom, ctx);
  });

  await app.register(async (control) => registerControlRoutes(control, ctx, reset));

  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0];
    if (isCalcomPath(path)) {
      void reply.code(404).send(errorBody(httpException(404, `Cannot ${req.method} ${path}`), req.url));
    } else {
      void reply.code(404).send({ error: `no route ${req.method} ${path}` });
    }
  });

  await app.listen({ port: opts.port ?? 0, host: opts.host ?? '127.0.0.1' });
  const addr = app.server.address();
  if (!addr || typeof addr === 'string') throw new Error('simulator: unexpected listen address');
  const host = opts.host && opts.host !== '0.0.0.0' ? opts.host : '127.0.0.1';
  const url = `http://${host}:${addr.port}`;

  return {
    url,
    baseUrl: `${url}/v2`,
    ctx,
    reset,
    close: async () => {
      await app.close();
      await persister?.flush();
    },
  };
}
