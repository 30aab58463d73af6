import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Actor, AppContext } from '../context.js';
import { AppError, APP_ERROR_STATUS } from '../errors.js';
import { authenticate } from './auth.js';
import { currentLogContext, runWithLogContext } from '../log-context.js';
import { healthRoutes } from './routes/health.js';
import { authRoutes } from './routes/auth.js';
import { companyRoutes } from './routes/companies.js';
import { serviceRoutes } from './routes/services.js';
import { reconcileRoutes } from './routes/reconcile.js';
import { webhookRoutes } from './routes/webhooks.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
  }
}

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** Route registrars added by other parts (reconcile, webhooks, …) — each `(app, ctx) => void`. */
export type RouteGroup = (app: FastifyInstance, ctx: AppContext) => void | Promise<void>;
const extraGroups: RouteGroup[] = [];
export function addRouteGroup(g: RouteGroup) {
  extraGroups.push(g);
}

/** Builds the HTTP server: JSON API under /api (session required), webhooks, health, and the web app. */
export async function buildServer(ctx: AppContext): Promise<FastifyInstance> {
  const app = Fastify({
    logger: false,
    bodyLimit: 1024 * 1024,
    // Each request runs in its own log context, so every line logged while serving it (in any module) carries its id.
    serverFactory: (handler) => http.createServer((req, res) => runWithLogContext({ reqId: crypto.randomUUID() }, () => handler(req, res))),
    genReqId: () => currentLogContext()?.reqId ?? crypto.randomUUID(),
    ajv: { customOptions: { allErrors: false } },
    // Router-level refusals (a path parameter over 100 characters, a malformed %-escape) in the API's error shape.
    frameworkErrors: (err, _req, reply) => {
      (reply as unknown as FastifyReply).status(400).send({ error: { code: 'invalid_input', message: `url: ${err.message}` } });
    },
  });
  await app.register(cookie);

  app.addHook('onSend', async (_req, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('Content-Security-Policy', "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
  });
  app.addHook('onResponse', async (req, reply) => {
    ctx.log.info({ reqId: req.id, method: req.method, url: req.url.split('?')[0], status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request');
  });

  // Every /api route except login needs a session; another company's ids answer 404 in the use cases.
  app.decorateRequest('actor', null as unknown as Actor);
  app.addHook('preHandler', async (req: FastifyRequest) => {
    // Decide by the matched route, not the raw URL: `/%61pi/services` is routed to `/api/services` too.
    const route = req.routeOptions.url ?? '';
    if (!route.startsWith('/api/') || route === '/api/auth/login' || route === '/api/openapi.json') return;
    req.actor = await authenticate(ctx, req);
  });

  app.setErrorHandler((err: any, req, reply) => {
    if (err instanceof AppError) {
      return reply.status(APP_ERROR_STATUS[err.code]).send({ error: { code: err.code, message: err.message, ...(err.details ? { details: err.details } : {}) } });
    }
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply.status(413).send({ error: { code: 'payload_too_large', message: 'The request body is larger than 1 MiB.' } });
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return reply.status(415).send({ error: { code: 'unsupported_media_type', message: 'Send JSON (Content-Type: application/json).' } });
    if (err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || err.statusCode === 400 || err instanceof SyntaxError)
      return reply.status(400).send({ error: { code: 'invalid_input', message: `body: the request body is not valid JSON (${err.message})` } });
    // 22003: a number too large for its column (a backstop; the input schemas bound what they know).
    if (err.code === '22P02' || err.code === '22021' || err.code === '22003' || err.code === '54000')
      return reply.status(400).send({ error: { code: 'invalid_input', message: 'A value in the request is not valid for its field.' } });
    if (err.code === '23505') return reply.status(409).send({ error: { code: 'conflict', message: 'This already exists.' } });
    ctx.log.error({ reqId: req.id, err: { message: err.message, stack: err.stack } }, 'unexpected error');
    return reply.status(500).send({ error: { code: 'internal', message: 'Something went wrong on our side; it has been logged.' } });
  });

  app.setNotFoundHandler((req, reply) => {
    if (req.method === 'GET' && !req.url.startsWith('/api/') && fs.existsSync(path.join(webDist, 'index.html'))) {
      return reply.type('text/html').send(fs.readFileSync(path.join(webDist, 'index.html')));
    }
    return reply.status(404).send({ error: { code: 'not_found', message: `No route ${req.method} ${req.url.split('?')[0]}` } });
  });

  await healthRoutes(app, ctx);
  await authRoutes(app, ctx);
  await companyRoutes(app, ctx);
  await serviceRoutes(app, ctx);
  await reconcileRoutes(app, ctx);
  await webhookRoutes(app, ctx);
  for (const g of extraGroups) await g(app, ctx);

  if (fs.existsSync(webDist)) {
    const { default: fastifyStatic } = await import('@fastify/static');
    await app.register(fastifyStatic, { root: webDist, prefix: '/', wildcard: false, index: ['index.html'] });
  }
  return app;
}
