import type { Queryable } from './database.js';

/**
 * Refreshes the planner's statistics of the tables the web app lists and filters (cheap: a sample per
 * table). PGlite runs no autovacuum, so without this its plans are made for empty tables.
 */
export async function analyzeTables(q: Queryable): Promise<void> {
  await q.query('ANALYZE services, divergences, history, appointments, webhook_deliveries');
}
