-- The web app's services table: one company, sorted by name then id (its default order), a page at a
-- time. With the id in the index the page comes straight off it, without sorting the company's rows.
DROP INDEX IF EXISTS services_company;
CREATE INDEX services_company ON services (company_id, name, id);
