/**
 * Booking webhook deliveries shaped like Cal.com's sendPayload(): default body
 * `{triggerEvent, createdAt, payload}`, signed with X-Cal-Signature-256 =
 * lowercase hex HMAC-SHA256(secret, raw body) — no prefix, no timestamp — or
 * the literal `no-secret-provided`. One attempt, no retries (Oct-2025 source).
 */
import { createHmac } from 'node:crypto';
import type { BookingRecord, EventTypeRecord, UserRecord, WebhookRecord } from './state.js';

export function signCalWebhook(secret: string, rawBody: string): string {
  return createHmac('sha256', secret).update(rawBody, 'utf8').digest('hex');
}

export interface DeliveryResult {
  webhookId: string;
  subscriberUrl: string;
  triggerEvent: string;
  status: number | null;
  error?: string;
  body: string;
  signature: string;
  at: string;
}

export function bookingPayload(
  booking: BookingRecord,
  eventType: EventTypeRecord | undefined,
  owner: UserRecord,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const f = eventType?.fields ?? {};
  return {
    type: f.slug ?? null,
    title: booking.title,
    description: booking.description,
    additionalNotes: booking.description,
    customInputs: {},
    startTime: booking.start,
    endTime: booking.end,
    organizer: {
      id: owner.id,
      name: owner.name,
      email: owner.email,
      username: owner.username,
      timeZone: owner.timeZone,
      language: { locale: 'en' },
      timeFormat: owner.timeFormat === 24 ? 'HH:mm' : 'h:mma',
      utcOffset: 0,
    },
    responses: {
      name: { label: 'your_name', value: booking.attendees[0]?.name, isHidden: false },
      email: { label: 'email_address', value: booking.attendees[0]?.email, isHidden: false },
    },
    userFieldsResponses: {},
    attendees: booking.attendees.map((a) => {
      const [firstName, ...rest] = a.name.split(' ');
      return {
        email: a.email,
        name: a.name,
        firstName,
        lastName: rest.join(' '),
        timeZone: a.timeZone,
        language: { locale: a.language ?? 'en' },
        utcOffset: 0,
      };
    }),
    location: booking.location,
    destinationCalendar: null,
    hideCalendarNotes: false,
    requiresConfirmation: booking.status === 'pending',
    eventTypeId: booking.eventTypeId,
    seatsShowAttendees: true,
    seatsPerTimeSlot: null,
    seatsShowAvailabilityCount: true,
    schedulingType: null,
    iCalUID: `${booking.uid}@Cal.com`,
    iCalSequence: 0,
    uid: booking.uid,
    eventTitle: f.title ?? null,
    eventDescription: f.description ?? '',
    price: eventType?.price ?? 0,
    currency: eventType?.currency ?? 'usd',
    length: Math.round((Date.parse(booking.end) - Date.parse(booking.start)) / 60_000),
    bookingId: booking.id,
    metadata: {},
    status: booking.status.toUpperCase(),
    ...(booking.cancellationReason ? { cancellationReason: booking.cancellationReason } : {}),
    ...extra,
  };
}

/** Minimal Handlebars `{{a.b}}` substitution over `{...payload, triggerEvent, createdAt}`. */
function renderTemplate(template: string, vars: Record<string, unknown>): string {
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_m, path: string) => {
    let v: unknown = vars;
    for (const part of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined;
    return v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  });
}

export async function deliver(
  hook: WebhookRecord,
  triggerEvent: string,
  payload: Record<string, unknown>,
  timeoutMs = 10_000,
): Promise<DeliveryResult> {
  const createdAt = new Date().toISOString();
  let body: string;
  let contentType = 'application/json';
  if (hook.payloadTemplate) {
    body = renderTemplate(hook.payloadTemplate, { ...payload, triggerEvent, createdAt });
    try {
      JSON.parse(body);
    } catch {
      contentType = 'application/x-www-form-urlencoded';
    }
  } else {
    body = JSON.stringify({ triggerEvent, createdAt, payload });
  }
  const signature = hook.secret ? signCalWebhook(hook.secret, body) : 'no-secret-provided';
  const result: DeliveryResult = {
    webhookId: hook.id,
    subscriberUrl: hook.subscriberUrl,
    triggerEvent,
    status: null,
    body,
    signature,
    at: createdAt,
  };
  try {
    const res = await fetch(hook.subscriberUrl, {
      method: 'POST',
      headers: { 'Content-Type': contentType, 'X-Cal-Signature-256': signature },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    result.status = res.status;
    await res.arrayBuffer().catch(() => undefined);
  } catch (err) {
    // Cal.com logs and moves on; it does not retry.
    result.error = err instanceof Error ? err.message : String(err);
  }
  return result;
}
