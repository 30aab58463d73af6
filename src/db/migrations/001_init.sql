-- calsync schema v1: catalog, sync state, drift, history, rate budget.
CREATE TABLE companies (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  calcom_api_url text NOT NULL,
  calcom_api_key_enc text NOT NULL,
  -- SHA-256 of the API key: the rate budget is shared by everything that uses the same key.
  calcom_key_hash text NOT NULL,
  calcom_username text,
  calcom_connection text NOT NULL DEFAULT 'unknown' CHECK (calcom_connection IN ('unknown', 'ok', 'broken')),
  calcom_connection_error text,
  webhook_secret_enc text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE branches (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  company_id uuid NOT NULL REFERENCES companies(id),
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX branches_company ON branches (company_id);

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'manager')),
  company_id uuid REFERENCES companies(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (role = 'admin' OR company_id IS NOT NULL)
);

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users(id),
  expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE services (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  company_id uuid NOT NULL REFERENCES companies(id),
  branch_id uuid REFERENCES branches(id),
  name text NOT NULL,
  slug text NOT NULL,
  description text,
  duration_minutes integer NOT NULL,
  price_cents integer,
  currency text,
  is_active boolean NOT NULL DEFAULT true,
  is_online boolean NOT NULL DEFAULT true,
  buffer_time_minutes integer NOT NULL DEFAULT 0,
  before_event_buffer integer NOT NULL DEFAULT 0,
  minimum_booking_notice integer NOT NULL DEFAULT 0,
  requires_confirmation boolean NOT NULL DEFAULT false,
  disable_guests boolean NOT NULL DEFAULT false,
  schedule_id integer,
  locations jsonb,
  metadata jsonb,
  booking_fields jsonb,
  calcom_name text,
  assignment_method text,
  assignment_confidence real,
  min_staff_required integer,
  composite boolean NOT NULL DEFAULT false,
  segments jsonb,
  calcom_event_type_id integer,
  sync_status text NOT NULL DEFAULT 'never' CHECK (sync_status IN ('never', 'pending', 'synced', 'error')),
  sync_error text,
  sync_error_code text,
  last_calcom_sync timestamptz,
  -- Bumped by every edit of a synced field; a push marks `synced` only if it is unchanged.
  version integer NOT NULL DEFAULT 1,
  synced_version integer,
  -- What Cal.com held after the last successful push or import (Cal.com field names): the base of the three-way diff.
  calcom_base jsonb,
  push_lease_token uuid,
  push_lease_until timestamptz,
  create_attempted_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX services_company ON services (company_id, name);
CREATE INDEX services_company_status ON services (company_id, sync_status);
CREATE UNIQUE INDEX services_event_type ON services (company_id, calcom_event_type_id) WHERE calcom_event_type_id IS NOT NULL;
CREATE UNIQUE INDEX services_slug ON services (company_id, slug);

-- Divergences (Cal.com-only change) and conflicts (both sides changed), open until resolved.
CREATE TABLE divergences (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  company_id uuid NOT NULL REFERENCES companies(id),
  service_id uuid NOT NULL REFERENCES services(id),
  field text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('divergence', 'conflict')),
  platform_value jsonb,
  calcom_value jsonb,
  base_value jsonb,
  detected_at timestamptz NOT NULL DEFAULT now(),
  detected_by text NOT NULL,
  resolved_at timestamptz,
  resolved_by text,
  resolution text
);
CREATE UNIQUE INDEX divergences_open ON divergences (service_id, field) WHERE resolved_at IS NULL;
CREATE INDEX divergences_company_open ON divergences (company_id) WHERE resolved_at IS NULL;

CREATE TABLE field_policies (
  company_id uuid NOT NULL REFERENCES companies(id),
  field text NOT NULL,
  policy text NOT NULL CHECK (policy IN ('platform_wins', 'calcom_wins', 'flag_only')),
  PRIMARY KEY (company_id, field)
);

-- Append-only: never updated, never deleted.
CREATE TABLE history (
  id bigserial PRIMARY KEY,
  company_id uuid NOT NULL REFERENCES companies(id),
  service_id uuid REFERENCES services(id),
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  actor text NOT NULL,
  action text NOT NULL,
  changes jsonb,
  detail jsonb
);
CREATE INDEX history_service ON history (service_id, id);
CREATE INDEX history_company ON history (company_id, id);

-- Rate budget per Cal.com API key (GCRA: theoretical arrival time in ms on the database clock).
CREATE TABLE rate_limits (
  key text PRIMARY KEY,
  tat_ms double precision NOT NULL
);

CREATE TABLE reconcile_runs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  company_id uuid NOT NULL REFERENCES companies(id),
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  check_only boolean NOT NULL,
  forced boolean NOT NULL,
  plan jsonb,
  outcome text
);
CREATE INDEX reconcile_runs_company ON reconcile_runs (company_id, started_at DESC);
