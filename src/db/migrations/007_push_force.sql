-- "Sync to Cal.com" asked by a person: who, and which fields (null = every field) to push over
-- Cal.com's values. Kept on the service, not only in the queued job, so a push already queued for the
-- service (one per service) carries the request instead of dropping it. Cleared by the push that honours it.
ALTER TABLE services ADD COLUMN push_force jsonb;
