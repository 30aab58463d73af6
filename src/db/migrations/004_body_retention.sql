-- Raw webhook bodies are kept for WEBHOOK_BODY_RETENTION_DAYS (default 30); the delivery row, its
-- outcome and every appointment and history entry stay.
ALTER TABLE webhook_deliveries ADD COLUMN body_purged_at timestamptz;
CREATE INDEX webhook_deliveries_purge ON webhook_deliveries (received_at) WHERE body_purged_at IS NULL;
