-- calsync schema v3: the verified webhook inbox, appointments, and the bookings backstop poll.

-- Every verified Cal.com delivery, stored before it is acknowledged (raw bytes as received, UTF-8).
CREATE TABLE webhook_deliveries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  company_id uuid NOT NULL REFERENCES companies(id),
  -- sha256 of trigger|uid|status|createdAt, or of the raw body when those are missing.
  dedupe_key text NOT NULL,
  trigger_event text,
  booking_uid text,
  raw_body text NOT NULL,
  -- The headers that matter: content-type, signature, X-Cal-Webhook-Version, user-agent.
  headers jsonb NOT NULL DEFAULT '{}'::jsonb,
  received_at timestamptz NOT NULL DEFAULT now(),
  -- received → processed | failed; duplicate = same event already applied through another delivery.
  status text NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'processed', 'failed', 'duplicate')),
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  -- What processing did, in words (e.g. "ignored: MEETING_ENDED does not change appointments").
  note text,
  processed_at timestamptz
);
CREATE UNIQUE INDEX webhook_deliveries_dedupe ON webhook_deliveries (company_id, dedupe_key);
CREATE INDEX webhook_deliveries_company_status ON webhook_deliveries (company_id, status, received_at DESC);
CREATE INDEX webhook_deliveries_company_received ON webhook_deliveries (company_id, received_at DESC);

-- One row per Cal.com booking uid; folded from webhook deliveries and the poll (order-independent).
CREATE TABLE appointments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  company_id uuid NOT NULL REFERENCES companies(id),
  -- NULL = unmatched: no service of the company has this event type.
  service_id uuid REFERENCES services(id) ON DELETE SET NULL,
  calcom_booking_uid text NOT NULL,
  calcom_booking_id bigint,
  event_type_id integer,
  status text NOT NULL CHECK (status IN ('pending', 'booked', 'rescheduled', 'cancelled', 'rejected')),
  -- cancelled, rejected and rescheduled are final: nothing that arrives later makes it live again.
  terminal boolean NOT NULL DEFAULT false,
  title text,
  start_time timestamptz,
  end_time timestamptz,
  attendees jsonb NOT NULL DEFAULT '[]'::jsonb,
  rescheduled_from_uid text,
  rescheduled_to_uid text,
  -- Ordering key for the descriptive fields: Cal.com's time of the newest event folded in
  -- (webhook createdAt, or the booking's updatedAt from the poll).
  source_at timestamptz,
  -- Only learned from the new booking's reschedule (no event of its own yet): fields are a best guess.
  placeholder boolean NOT NULL DEFAULT false,
  source text NOT NULL CHECK (source IN ('webhook', 'poll')),
  last_delivery_id uuid,
  raw_payload jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (terminal = (status IN ('rescheduled', 'cancelled', 'rejected')))
);
CREATE UNIQUE INDEX appointments_uid ON appointments (company_id, calcom_booking_uid);
CREATE INDEX appointments_company_start ON appointments (company_id, start_time);
CREATE INDEX appointments_company_event_type ON appointments (company_id, event_type_id);

-- The backstop poll of GET /v2/bookings, per company: bookings updated after `cursor` (minus an overlap).
CREATE TABLE bookings_poll_state (
  company_id uuid PRIMARY KEY REFERENCES companies(id),
  cursor timestamptz,
  last_run_at timestamptz,
  last_ok_at timestamptz,
  last_found integer,
  last_error text
);

-- The subscription calsync registered in Cal.com for the company (POST /v2/webhooks).
CREATE TABLE calcom_webhook_subscriptions (
  company_id uuid PRIMARY KEY REFERENCES companies(id),
  calcom_webhook_id text NOT NULL,
  subscriber_url text NOT NULL,
  triggers jsonb NOT NULL,
  registered_at timestamptz NOT NULL DEFAULT now()
);
