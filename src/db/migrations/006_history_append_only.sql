-- History is append-only (API.md: what happened, by whom, when): the database refuses to change or
-- remove it, whatever the code does. Statement-level, so even an UPDATE or DELETE that matches no row fails.
CREATE FUNCTION history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'history is append-only: % on history is not allowed', TG_OP;
END
$$;

CREATE TRIGGER history_append_only
  BEFORE UPDATE OR DELETE OR TRUNCATE ON history
  FOR EACH STATEMENT EXECUTE FUNCTION history_append_only();
