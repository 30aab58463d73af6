import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addRouteGroup } from '../src/http/server.js';
import { startHarness, type Harness } from './harness.js';

// A route that hands the database a number too large for an `integer` column, as a field the input
// schemas do not bound would: the error handler must answer 400, not 500.
addRouteGroup((app, ctx) => {
  app.get('/api/_test/out-of-range', async () => ctx.db.query('SELECT $1::integer AS n', [2147483648]));
});

let h: Harness;
beforeAll(async () => {
  h = await startHarness({}, { worker: false });
});
afterAll(async () => {
  await h?.close();
});

describe('database errors caused by the request', () => {
  it('a number out of range for its column (22003) is bad input: 400, not 500', async () => {
    const r = await h.api('GET', '/api/_test/out-of-range');
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('invalid_input');
  });
});
