/**
 * The only way the web app talks to calsync: the public /api, with the HttpOnly session cookie.
 * Every non-GET request carries `X-Calsync-CSRF: 1`, which the server requires with cookie sessions.
 */

export type SyncStatus = 'never' | 'pending' | 'synced' | 'error';

export interface Divergence {
  id: string;
  field: string;
  kind: 'divergence' | 'conflict';
  platformValue: unknown;
  calcomValue: unknown;
  baseValue: unknown;
  detectedAt: string;
  detectedBy?: string;
  serviceId?: string;
  serviceName?: string;
}

export interface Service {
  id: string;
  companyId: string;
  branchId: string | null;
  name: string;
  slug: string;
  description: string | null;
  durationMinutes: number;
  price: number | null;
  currency: string | null;
  isActive: boolean;
  isOnline: boolean;
  bufferTimeMinutes: number;
  beforeEventBuffer: number;
  minimumBookingNotice: number;
  requiresConfirmation: boolean;
  disableGuests: boolean;
  calcomEventTypeId: number | null;
  syncStatus: SyncStatus;
  syncError: string | null;
  /** Why the last push failed, as a code the app translates (servers before it send none). */
  syncErrorCode?: 'api_key_rejected' | 'no_access' | 'event_type_deleted' | 'slug_taken' | 'refused' | 'not_stored' | 'gave_up' | 'unexpected' | string | null;
  lastCalcomSync: string | null;
  updatedAt?: string;
  bookable: { phone: boolean; online: boolean; reasons: string[] };
  divergences: Divergence[];
}

export interface Company {
  id: string;
  name: string;
  webhookUrl: string;
  webhookSecret: string;
  calcom: { apiUrl: string; connected: boolean; connection: string; username: string | null; error: string | null; apiKeyHint: string };
}

export interface User {
  id: string;
  email: string;
  role: 'admin' | 'manager';
  companyId: string | null;
}

export interface Branch {
  id: string;
  companyId: string;
  name: string;
}

export interface HistoryEntry {
  id?: number;
  at: string;
  actor: string;
  action: string;
  changes?: Record<string, { before: unknown; after: unknown }>;
  detail?: Record<string, unknown>;
}

export interface FieldError {
  field: string;
  message: string;
}

/** An error answer from the API (`{error: {code, message, details?}}`), or a network failure (status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
  /** The route itself does not exist (yet): the page says "not available" instead of failing. */
  get notAvailable(): boolean {
    return this.status === 404 && (this.code === 'not_found' || this.code === 'http_404') && /^No route /.test(this.message);
  }
  /** `details` as per-field messages, when the server sent them. */
  get fieldErrors(): FieldError[] {
    return Array.isArray(this.details) ? (this.details as FieldError[]).filter((d) => d && typeof d.field === 'string') : [];
  }
}

let onUnauthenticated: () => void = () => {};
/** Called when a request answers 401 (the session ended): the app shows the sign-in page. */
export function setUnauthenticatedHandler(fn: () => void) {
  onUnauthenticated = fn;
}

export async function api<T = any>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD') headers['x-calsync-csrf'] = '1';
  let res: Response;
  try {
    res = await fetch(path, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (e) {
    throw new ApiError(0, 'network', e instanceof Error ? e.message : String(e));
  }
  const text = await res.text();
  let parsed: any = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  if (!res.ok) {
    const err = parsed?.error;
    if (res.status === 401 && !path.startsWith('/api/auth/login')) onUnauthenticated();
    throw new ApiError(res.status, err?.code ?? `http_${res.status}`, err?.message ?? (res.status === 404 ? `No route ${method} ${path}` : res.statusText), err?.details);
  }
  return parsed as T;
}

/** Builds a query string from the defined, non-empty values. */
export function qs(params: Record<string, string | number | boolean | undefined | null>): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : '';
}
