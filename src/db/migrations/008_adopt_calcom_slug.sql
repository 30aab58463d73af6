-- A service linked to an existing Cal.com event type without a slug of its own keeps that event type's
-- slug (its public booking link) instead of pushing one made from the name. Set when the link is made,
-- cleared by the first push, which reads the event type and takes its slug.
ALTER TABLE services ADD COLUMN adopt_calcom_slug boolean NOT NULL DEFAULT false;
