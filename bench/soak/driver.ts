/**
 * The soak's client side: random edits through the public API (one in flight per service, the
 * outcome of each counted exactly), and booking deliveries replayed signed, shuffled, with duplicates.
 *
 * Counting edits: an edit answered 2xx that changed a field is one `edited` history entry; one that
 * changed nothing records none. An edit whose answer was lost (calsync killed mid-request) is
 * "uncertain": before the service is edited again (and at the end) it is read back, and counted as
 * applied when every field it set holds the value it sent (the values differed before it).
 */
import { sameValue } from '../../src/domain/sync-fields.js';
import type { ApiResult } from '../lib/calsync.js';
import { sleep } from '../lib/stats.js';

export type Api = (method: string, p: string, body?: unknown) => Promise<ApiResult>;

export interface Target {
  /** The current web process's API, or null while it is down. */
  api(): Api | null;
  url(): string | null;
}

export interface ServiceModel {
  id: string;
  companyId: string;
  index: number;
  /** The service as calsync last answered it. */
  view: Record<string, any>;
  busy: boolean;
  uncertain: Record<string, unknown> | null;
  /** Edits that must appear as `edited` history entries. */
  expectedEdited: number;
  ackedEdits: number;
  changedSyncedEdits: number;
  editNo: number;
}

export interface EditStats {
  acked: number;
  ackedChanged: number;
  ackedNoop: number;
  refused4xx: number;
  failed5xx: number;
  networkErrors: number;
  uncertain: number;
  uncertainApplied: number;
  sample5xx: string[];
  sample4xx: string[];
}

const SYNCED = ['name', 'slug', 'description', 'durationMinutes', 'isActive', 'isOnline', 'bufferTimeMinutes', 'beforeEventBuffer', 'minimumBookingNotice', 'requiresConfirmation', 'disableGuests'];

function pick<T>(rand: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rand() * xs.length)];
}

/** A random patch of 1–3 fields; `noop` resends current values. */
export function randomPatch(rand: () => number, s: ServiceModel, noop: boolean): Record<string, unknown> {
  const fields = ['name', 'description', 'durationMinutes', 'isActive', 'isOnline', 'bufferTimeMinutes', 'beforeEventBuffer', 'minimumBookingNotice', 'requiresConfirmation', 'disableGuests', 'price', 'slug'];
  const n = 1 + Math.floor(rand() * 3);
  const patch: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) {
    const f = pick(rand, rand() < 0.97 ? fields.slice(0, -1) : fields);
    if (noop) {
      patch[f] = s.view[f];
      continue;
    }
    s.editNo++;
    const tag = `${s.index}.${s.editNo}`;
    switch (f) {
      case 'name':
        patch.name = `Service ${tag} ${pick(rand, ['cut', 'colour', 'Färben', 'wash & go', 'massage'])}`;
        break;
      case 'description':
        patch.description = rand() < 0.1 ? null : `edit ${tag}: ${pick(rand, ['short', 'long and careful', '<b>bold</b> & "quoted"', 'Ünïcode ✂'])}`;
        break;
      case 'durationMinutes':
        patch.durationMinutes = pick(rand, [15, 20, 30, 45, 60, 90, 120]);
        break;
      case 'bufferTimeMinutes':
      case 'beforeEventBuffer':
        patch[f] = pick(rand, [0, 5, 10, 15, 30]);
        break;
      case 'minimumBookingNotice':
        patch[f] = pick(rand, [0, 30, 60, 120, 1440]);
        break;
      case 'price':
        patch.price = pick(rand, [null, 10, 25.5, 40, 99.99]);
        break;
      case 'slug':
        patch.slug = `svc-${s.index}-${s.editNo}`;
        break;
      default:
        patch[f] = rand() < 0.5;
    }
  }
  return patch;
}

function changes(view: Record<string, any>, patch: Record<string, unknown>): string[] {
  return Object.keys(patch).filter((k) => !sameValue(view[k], patch[k]));
}

/** Reads an uncertain service back; true when resolved (calsync answered). */
export async function resolveUncertain(api: Api, s: ServiceModel, stats: EditStats): Promise<boolean> {
  if (!s.uncertain) return true;
  const r = await api('GET', `/api/services/${s.id}`).catch(() => null);
  if (!r || r.status !== 200) return false;
  const sent = s.uncertain;
  const changed = changes(s.view, sent);
  const applied = changed.length > 0 && changed.every((k) => sameValue(r.body[k], sent[k]));
  if (applied) {
    s.expectedEdited++;
    stats.uncertainApplied++;
    if (changed.some((k) => SYNCED.includes(k))) s.changedSyncedEdits++;
  }
  s.view = r.body;
  s.uncertain = null;
  return true;
}

/** One edit on a free service; returns whether it was acknowledged. */
export async function editOnce(target: Target, s: ServiceModel, rand: () => number, stats: EditStats): Promise<boolean> {
  const api = target.api();
  if (!api) return false;
  if (s.uncertain && !(await resolveUncertain(api, s, stats))) return false;
  const noop = rand() < 0.05;
  const patch = randomPatch(rand, s, noop);
  const changed = changes(s.view, patch);
  let r: ApiResult;
  try {
    r = await api('PATCH', `/api/services/${s.id}`, patch);
  } catch (e: any) {
    stats.networkErrors++;
    const code = e?.cause?.code;
    // Refused: the request never reached calsync. Anything else may have been committed.
    if (code !== 'ECONNREFUSED' && changed.length) {
      s.uncertain = patch;
      stats.uncertain++;
    }
    return false;
  }
  if (r.status >= 500) {
    stats.failed5xx++;
    if (stats.sample5xx.length < 5) stats.sample5xx.push(`${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
    if (changed.length) s.uncertain = patch;
    return false;
  }
  if (r.status >= 400) {
    stats.refused4xx++;
    if (stats.sample4xx.length < 5) stats.sample4xx.push(`${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
    return false;
  }
  stats.acked++;
  s.ackedEdits++;
  if (changed.length) {
    stats.ackedChanged++;
    s.expectedEdited++;
    if (changed.some((k) => SYNCED.includes(k))) s.changedSyncedEdits++;
  } else stats.ackedNoop++;
  s.view = r.body;
  return true;
}

/** `concurrency` clients edit random free services until `total` edits were acknowledged or `stop()`. */
export async function runEdits(
  target: Target,
  services: ServiceModel[],
  total: number,
  concurrency: number,
  rand: () => number,
  stats: EditStats,
  shouldStop: () => boolean,
  onAck: (acked: number) => void,
) {
  const client = async () => {
    while (stats.acked < total && !shouldStop()) {
      let s: ServiceModel | undefined;
      for (let tries = 0; tries < 20 && !s; tries++) {
        const c = services[Math.floor(rand() * services.length)];
        if (!c.busy) s = c;
      }
      if (!s) {
        await sleep(5);
        continue;
      }
      s.busy = true;
      let ok = false;
      try {
        ok = await editOnce(target, s, rand, stats);
      } finally {
        s.busy = false;
      }
      if (ok) onAck(stats.acked);
      else await sleep(100);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
}

// ---- deliveries -------------------------------------------------------------------------------

export interface Delivery {
  companyId: string;
  body: string;
  signature: string;
  /** Index of the unique delivery this is (a duplicate shares it). */
  unique: number;
}

export interface DeliveryStats {
  sent: number;
  unique: number;
  duplicatesSent: number;
  ackedReceived: number;
  ackedDuplicate: number;
  retries: number;
  failures: string[];
}

/** Sends one delivery until calsync acknowledges it (2xx); network errors and 5xx are retried. */
export async function sendDelivery(target: Target, d: Delivery, stats: DeliveryStats, deadline: number): Promise<'received' | 'duplicate' | null> {
  for (;;) {
    if (Date.now() > deadline) {
      stats.failures.push(`delivery ${d.unique} never acknowledged`);
      return null;
    }
    const url = target.url();
    if (url) {
      try {
        const res = await fetch(`${url}/webhooks/calcom/${d.companyId}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-cal-signature-256': d.signature, 'user-agent': 'Cal.com-soak' },
          body: d.body,
        });
        const text = await res.text();
        if (res.status === 200) {
          const b = JSON.parse(text);
          return b.duplicate ? 'duplicate' : 'received';
        }
        if (res.status < 500) {
          stats.failures.push(`delivery ${d.unique}: ${res.status} ${text.slice(0, 200)}`);
          return null;
        }
      } catch {
        /* calsync down or killed mid-request: Cal.com would not retry, the soak does (at-least-once) */
      }
    }
    stats.retries++;
    await sleep(300);
  }
}
