/**
 * The backstop for lost webhooks: reads `GET /v2/bookings` (cal-api-version 2024-08-13) for bookings
 * updated since the company's cursor, folds each one through the same appointment logic as a
 * delivery, then advances the cursor. Every request waits for the key's rate budget (calcomFor).
 */
import type { AppContext } from '../context.js';
import { AppError, notFound } from '../errors.js';
import { findCompany } from '../db/companies-repo.js';
import { calcomFor } from './calcom-access.js';
import { describeCalcomError } from '../calcom/errors.js';
import { observeListedBooking } from '../domain/appointment-state.js';
import { foldIntoAppointment } from './appointments.js';
import { withoutNul } from './webhook-inbox.js';

/** Re-read this much before the cursor: Cal.com's updatedAt and commit order can disagree by a little. */
export const POLL_OVERLAP_MS = 60_000;
/** Page size (Cal.com's default and a sensible maximum). */
export const POLL_PAGE_SIZE = 100;
/** A poll stops after this many pages and continues from its cursor next time. */
const MAX_PAGES = 200;

export interface PollBookingsJob {
  /** Absent: the scheduled tick, which queues one poll per company. */
  companyId?: string;
}

export interface PollOutcome {
  companyId: string;
  /** Bookings Cal.com returned (a booking seen twice in one run counts once). */
  found: number;
  created: number;
  changed: number;
  /** The cursor after this run (ISO), null when Cal.com has no bookings yet. */
  cursor: string | null;
  complete: boolean;
}

/**
 * Polls one company. Pages by `afterUpdatedAt` (keyset on the newest updatedAt seen, re-reading the
 * boundary instant, so a booking updated while we page can shift nothing out of view) and falls back
 * to `skip` only when a whole page shares one instant.
 */
export async function pollBookings(ctx: AppContext, companyId: string): Promise<PollOutcome> {
  const company = await findCompany(ctx.db, companyId);
  if (!company) throw notFound('Company');
  const client = calcomFor(ctx, company);
  const state = await ctx.db.query<{ cursor: Date | string | null }>('SELECT cursor FROM bookings_poll_state WHERE company_id = $1', [companyId]);
  const startCursor = state[0]?.cursor ? new Date(state[0].cursor) : null;
  await ctx.db.query(
    `INSERT INTO bookings_poll_state (company_id, last_run_at) VALUES ($1, now())
     ON CONFLICT (company_id) DO UPDATE SET last_run_at = now()`,
    [companyId],
  );

  let after: Date | null = startCursor ? new Date(startCursor.getTime() - POLL_OVERLAP_MS) : null;
  let skip = 0;
  let maxSeen = startCursor ? startCursor.getTime() : Number.NEGATIVE_INFINITY;
  const seen = new Set<string>();
  let created = 0;
  let changed = 0;
  let complete = false;
  try {
    for (let page = 0; page < MAX_PAGES; page++) {
      const r = await client.listBookings({ ...(after ? { afterUpdatedAt: after } : {}), take: POLL_PAGE_SIZE, skip, sortUpdatedAt: 'asc' });
      // Re-parsed without U+0000, which PostgreSQL text cannot hold.
      const items: unknown[] = JSON.parse(JSON.stringify(r.data ?? []), withoutNul);
      let pageMax = Number.NEGATIVE_INFINITY;
      for (const raw of items) {
        const o = observeListedBooking(raw);
        if (!o) continue;
        const t = Date.parse(o.obs.at);
        if (t > pageMax) pageMax = t;
        const key = `${o.uid}|${o.obs.at}|${o.obs.status}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const out = await ctx.db.tx((tx) => foldIntoAppointment(tx, companyId, o.uid, o.obs, { source: 'poll', rawPayload: raw }));
        if (out.created) created++;
        else if (out.changed) changed++;
      }
      if (pageMax > maxSeen) maxSeen = pageMax;
      const more = r.pagination ? r.pagination.hasNextPage : items.length >= POLL_PAGE_SIZE;
      if (!more || items.length === 0) {
        complete = true;
        break;
      }
      if (Number.isFinite(pageMax) && (!after || pageMax - 1 > after.getTime())) {
        // Re-read from just before the newest instant on this page (covers inclusive and exclusive `after`).
        after = new Date(pageMax - 1);
        skip = 0;
      } else {
        skip += items.length;
      }
    }
  } catch (e) {
    const message = e instanceof AppError ? e.message : describeCalcomError(e);
    await ctx.db.query('UPDATE bookings_poll_state SET last_error = $2 WHERE company_id = $1', [companyId, message.slice(0, 2000)]);
    throw e;
  }
  const cursor = Number.isFinite(maxSeen) ? new Date(maxSeen) : null;
  await ctx.db.query(
    `UPDATE bookings_poll_state SET cursor = $2, last_ok_at = now(), last_found = $3, last_error = NULL WHERE company_id = $1`,
    [companyId, cursor, seen.size],
  );
  ctx.log.info({ companyId, found: seen.size, created, changed, complete }, 'bookings poll');
  return { companyId, found: seen.size, created, changed, cursor: cursor?.toISOString() ?? null, complete };
}

/** What the last polls did (for the API). */
export async function pollState(ctx: AppContext, companyId: string) {
  const rows = await ctx.db.query('SELECT * FROM bookings_poll_state WHERE company_id = $1', [companyId]);
  const r = rows[0];
  if (!r) return { cursor: null, lastRunAt: null, lastOkAt: null, lastFound: null, lastError: null };
  const iso = (v: unknown) => (v ? new Date(v as string).toISOString() : null);
  return { cursor: iso(r.cursor), lastRunAt: iso(r.last_run_at), lastOkAt: iso(r.last_ok_at), lastFound: r.last_found, lastError: r.last_error };
}
