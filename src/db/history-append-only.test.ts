import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, openPostgres, type Database } from './database.js';
import { migrate } from './migrate.js';
import { createScratchDatabase } from './scratch-database.js';
import { recordHistory } from './history-repo.js';

/** Embedded PGlite, or, when TEST_DATABASE_URL is set, a fresh database on that PostgreSQL server. */
const serverUrl = process.env.TEST_DATABASE_URL;
let scratch: { url: string; drop: () => Promise<void> } | null = null;
let db: Database;
let companyId: string;

beforeAll(async () => {
  scratch = serverUrl ? await createScratchDatabase(serverUrl, 'calsync_hist') : null;
  db = scratch ? openPostgres(scratch.url) : await openPglite(null);
  await migrate(db);
  [{ id: companyId }] = await db.query<{ id: string }>(
    "INSERT INTO companies (name, calcom_api_url, calcom_api_key_enc, calcom_key_hash, webhook_secret_enc) VALUES ('Salon', 'http://x', 'k', 'h', 's') RETURNING id",
  );
  await recordHistory(db, { companyId, actor: 'test', action: 'policy_changed', detail: { n: 1 } });
});
afterAll(async () => {
  await db?.close();
  await scratch?.drop();
});

const count = async () => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM history'))[0].n;

describe('history is append-only in the database', () => {
  it('appending works', async () => {
    const before = await count();
    await recordHistory(db, { companyId, actor: 'test', action: 'policy_changed' });
    expect(await count()).toBe(before + 1);
  });

  it.each([
    ['UPDATE', "UPDATE history SET actor = 'someone else'"],
    ['DELETE', 'DELETE FROM history'],
    ['DELETE', 'DELETE FROM history WHERE false'],
    ['TRUNCATE', 'TRUNCATE history'],
  ])('%s fails and changes nothing (%s)', async (op, sql) => {
    const before = await db.query('SELECT * FROM history ORDER BY id');
    await expect(db.query(sql)).rejects.toThrow(new RegExp(`history is append-only: ${op}`));
    expect(await db.query('SELECT * FROM history ORDER BY id')).toEqual(before);
  });
});
