-- Values sent to Cal.com whose answer never came: the base keeps what Cal.com was last known to
-- hold, and the three-way comparison learns from Cal.com's values whether such a write landed.
ALTER TABLE services ADD COLUMN calcom_sending jsonb;
