import { zodToJsonSchema } from 'zod-to-json-schema';
import type { z } from 'zod';
import { createServiceInput, patchServiceInput } from '../domain/service.js';

const schema = (s: z.ZodTypeAny) => zodToJsonSchema(s, { target: 'openApi3', $refStrategy: 'none' });
const json = (s: object) => ({ content: { 'application/json': { schema: s } } });
const ok = (description: string, s: object = { type: 'object' }) => ({ description, ...json(s) });
const error = { type: 'object', properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' }, details: {} }, required: ['code', 'message'] } } };
const errors = { 400: ok('Invalid input (the message names the field)', error), 401: ok('No valid session', error), 404: ok('Not found, or another company’s', error) };
const idParam = [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }];

const service = {
  type: 'object',
  description: 'A service (API.md "Service (JSON)")',
  properties: {
    id: { type: 'string', format: 'uuid' },
    companyId: { type: 'string', format: 'uuid' },
    syncStatus: { type: 'string', enum: ['never', 'pending', 'synced', 'error'] },
    syncError: { type: 'string', nullable: true },
    syncErrorCode: { type: 'string', nullable: true, enum: ['api_key_rejected', 'no_access', 'event_type_deleted', 'slug_taken', 'refused', 'not_stored', 'gave_up', 'unexpected', null] },
    lastCalcomSync: { type: 'string', format: 'date-time', nullable: true },
    bookable: { type: 'object', properties: { phone: { type: 'boolean' }, online: { type: 'boolean' }, reasons: { type: 'array', items: { type: 'string' } } } },
    divergences: { type: 'array', items: { type: 'object', properties: { field: { type: 'string' }, platformValue: {}, calcomValue: {}, detectedAt: { type: 'string' } } } },
    ...(schema(createServiceInput) as any).properties,
  },
};

/** The API as OpenAPI 3 (served at GET /api/openapi.json). Request schemas come from the same zod schemas the routes validate with. */
export function openApiDocument() {
  return {
    openapi: '3.0.3',
    info: { title: 'calsync API', version: '1', description: 'Services ⇄ Cal.com event types. Authenticate with POST /api/auth/login, then Authorization: Bearer <token>.' },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    security: [{ bearer: [] }],
    paths: {
      '/healthz': { get: { security: [], summary: 'Database reachable and migrations applied', responses: { 200: ok('Healthy'), 503: ok('Not ready') } } },
      '/livez': { get: { security: [], summary: 'The process answers (no database)', responses: { 200: ok('{ok: true}') } } },
      '/api/auth/login': {
        post: { security: [], summary: 'Sign in', requestBody: json({ type: 'object', properties: { email: { type: 'string' }, password: { type: 'string' } }, required: ['email', 'password'] }), responses: { 200: ok('{token, user}'), 401: ok('Wrong email or password', error) } },
      },
      '/api/users': { post: { summary: 'Create a user (admins only)', responses: { 201: ok('The user'), ...errors } } },
      '/api/companies': { get: { summary: 'Companies you may see', responses: { 200: ok('{data}') } }, post: { summary: 'Create a company (admins)', responses: { 201: ok('The company, without the API key'), ...errors } } },
      '/api/companies/{id}': { parameters: idParam, get: { summary: 'A company, without secrets', responses: { 200: ok('The company'), ...errors } }, patch: { summary: 'Rename, or replace the Cal.com key', responses: { 200: ok('The company'), ...errors } } },
      '/api/companies/{id}/branches': { parameters: idParam, post: { summary: 'Create a branch', responses: { 201: ok('{id, companyId, name}'), ...errors } }, get: { summary: 'Branches', responses: { 200: ok('{data}') } } },
      '/api/companies/{id}/test-connection': { parameters: idParam, post: { summary: 'Ask Cal.com who the key belongs to', responses: { 200: ok('{connected, connection, username?, error?, transient?}: only a 401 marks the connection broken; a timeout, 429 or 5xx answers transient: true and keeps the stored state') } } },
      '/api/companies/{id}/bookable-services': {
        parameters: [...idParam, { name: 'channel', in: 'query', schema: { type: 'string', enum: ['phone', 'online'] } }],
        get: { summary: 'What the phone agent may offer', responses: { 200: ok('{data: [{id, name, durationMinutes, price, calcomEventTypeId}]}'), ...errors } },
      },
      '/api/companies/{id}/policies': { parameters: idParam, get: { summary: 'Field policies', responses: { 200: ok('{data: {field: policy}}') } }, put: { summary: 'Set field policies (platform_wins | calcom_wins | flag_only)', responses: { 200: ok('{data}'), ...errors } } },
      '/api/companies/{id}/sync-overview': { parameters: idParam, get: { summary: 'Services per status, drift, last reconciliation, rate budget', responses: { 200: ok('Overview') } } },
      '/api/services': {
        get: {
          summary: 'List services',
          parameters: ['companyId', 'syncStatus', 'q', 'branchId', 'isActive', 'isOnline', 'drifted', 'sort', 'order', 'limit', 'offset'].map((name) => ({ name, in: 'query', schema: { type: 'string' } })),
          responses: { 200: ok('{data: Service[], total}', { type: 'object', properties: { data: { type: 'array', items: service }, total: { type: 'integer' } } }), ...errors },
        },
        post: { summary: 'Create a service (its Cal.com event type is created when it has none)', requestBody: json(schema(createServiceInput)), responses: { 201: ok('Service', service), ...errors } },
      },
      '/api/services/{id}': {
        parameters: idParam,
        get: { summary: 'A service', responses: { 200: ok('Service', service), ...errors } },
        patch: { summary: 'Edit a service (a synced field makes it pending and queues a push)', requestBody: json(schema(patchServiceInput)), responses: { 200: ok('Service', service), ...errors } },
      },
      '/api/services/{id}/sync': { parameters: idParam, post: { summary: 'Sync to Cal.com: push the platform’s state now over Cal.com’s values and close the divergences; body {fields?: string[]} limits it to those fields (the others stay open)', responses: { 202: ok('Queued'), ...errors } } },
      '/api/services/{id}/reload': {
        parameters: idParam,
        post: {
          summary: 'Reload from Cal.com: without confirm → 409 with the diff',
          requestBody: json({ type: 'object', properties: { fields: { type: 'array', items: { type: 'string' } }, confirm: { type: 'boolean' } } }),
          responses: { 200: ok('{taken, diff}'), 409: ok('Confirmation required: error.details.diff', error), ...errors },
        },
      },
      '/api/services/{id}/reset-sync': { parameters: idParam, post: { summary: 'Reset sync status: clear the error, queue a push', responses: { 202: ok('Queued'), ...errors } } },
      '/api/services/{id}/history': { parameters: idParam, get: { summary: 'History, oldest first; ?after=<next>&limit=1..1000 (default 500) pages on', responses: { 200: ok('{data: [{at, actor, action, changes?, detail?}], next: string | null}'), ...errors } } },
      '/api/divergences': { get: { summary: 'Open divergences and conflicts of a company', parameters: [{ name: 'companyId', in: 'query', schema: { type: 'string' } }], responses: { 200: ok('{data}') } } },
      '/api/reconcile': {
        post: { summary: 'Reconcile (plan, then apply unless checkOnly)', requestBody: json({ type: 'object', properties: { companyId: { type: 'string' }, checkOnly: { type: 'boolean' }, force: { type: 'boolean' } } }), responses: { 200: ok('{plan, applied}'), ...errors } },
      },
      '/webhooks/calcom/{companyId}': {
        post: { security: [], summary: 'Cal.com webhook deliveries, verified with X-Cal-Signature-256', parameters: [{ name: 'companyId', in: 'path', required: true, schema: { type: 'string' } }], responses: { 200: ok('Stored'), 401: ok('Bad signature', error), 413: ok('Too large', error) } },
      },
      '/api/companies/{id}/history': { parameters: idParam, get: { summary: 'The company’s history, newest first', responses: { 200: ok('{data}'), ...errors } } },
      '/api/companies/{id}/register-webhook': { parameters: idParam, post: { summary: 'Register calsync’s webhook subscription in Cal.com with the stored key and secret', responses: { 200: ok('The subscription'), ...errors } } },
      '/api/companies/{id}/webhook-status': { parameters: idParam, get: { summary: 'The registered subscription', responses: { 200: ok('Status'), ...errors } } },
      '/api/companies/{id}/poll-bookings': { parameters: idParam, post: { summary: 'Poll Cal.com’s bookings now (the backstop)', responses: { 200: ok('Summary'), ...errors } } },
      '/api/webhook-deliveries': { get: { summary: 'The webhook inbox', parameters: ['companyId', 'status'].map((name) => ({ name, in: 'query', schema: { type: 'string' } })), responses: { 200: ok('{data}') } } },
      '/api/webhook-deliveries/{id}': { parameters: idParam, get: { summary: 'One delivery with its raw body', responses: { 200: ok('Delivery'), ...errors } } },
      '/api/webhook-deliveries/{id}/replay': { parameters: idParam, post: { summary: 'Process a stored delivery again', responses: { 200: ok('Outcome'), ...errors } } },
      '/api/auth/logout': { post: { summary: 'Sign out', responses: { 200: ok('{ok}') } } },
      '/api/auth/me': { get: { summary: 'The signed-in user', responses: { 200: ok('{user}') } } },
      '/metrics': { get: { security: [], summary: 'Prometheus metrics', responses: { 200: { description: 'text/plain' } } } },
      '/api/appointments': { get: { summary: 'Appointments', parameters: [{ name: 'companyId', in: 'query', schema: { type: 'string' } }], responses: { 200: ok('{data: Appointment[]}') } } },
    },
  };
}
