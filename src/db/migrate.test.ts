import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openPglite, openPostgres } from './database.js';
import { listMigrations, migrate, migrationsCurrent } from './migrate.js';
import { createScratchDatabase } from './scratch-database.js';

const serverUrl = process.env.TEST_DATABASE_URL;
const all = listMigrations().map((m) => m.version);

describe('migrate', () => {
  it('applies every migration once; a second run applies none', async () => {
    const scratch = serverUrl ? await createScratchDatabase(serverUrl, 'calsync_mig') : null;
    const db = scratch ? openPostgres(scratch.url) : await openPglite(null);
    try {
      expect(await migrate(db)).toEqual(all);
      expect(await migrate(db)).toEqual([]);
      expect(await migrationsCurrent(db)).toBe(true);
    } finally {
      await db.close();
      await scratch?.drop();
    }
  });

  it.skipIf(!serverUrl)('processes starting at once on PostgreSQL: nothing is created before the lock, each migration is applied once', async () => {
    const scratch = await createScratchDatabase(serverUrl!, 'calsync_mig');
    const holder = new pg.Client({ connectionString: scratch.url });
    await holder.connect();
    const dbs = [openPostgres(scratch.url, 2), openPostgres(scratch.url, 2), openPostgres(scratch.url, 2)];
    try {
      // Someone else is migrating: hold the migrators' lock while three processes start.
      await holder.query('SELECT pg_advisory_lock(7411)');
      const failed: unknown[] = [];
      const runs = dbs.map((db) =>
        migrate(db).catch((e) => {
          failed.push(e);
          throw e;
        }),
      );
      for (const r of runs) r.catch(() => {}); // reported below
      const waiting = async () =>
        Number((await holder.query("SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND objid = 7411 AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")).rows[0].n);
      for (const until = Date.now() + 20_000; (await waiting()) < dbs.length; ) {
        if (failed.length) throw failed[0]; // e.g. two creating calsync_migrations at once: 23505 on pg_type
        if (Date.now() > until) throw new Error('the migrators never waited for the lock');
        await new Promise((r) => setTimeout(r, 20));
      }
      // All three wait for the lock, and none has touched the schema yet.
      expect((await holder.query("SELECT to_regclass('calsync_migrations') AS t")).rows[0].t).toBeNull();

      await holder.query('SELECT pg_advisory_unlock(7411)');
      const applied = await Promise.all(runs);
      expect(applied.flat().sort((a, b) => a - b)).toEqual(all);
      const rows = (await holder.query('SELECT version FROM calsync_migrations ORDER BY version')).rows.map((r) => r.version);
      expect(rows).toEqual(all);
    } finally {
      await holder.end();
      await Promise.all(dbs.map((d) => d.close()));
      await scratch.drop();
    }
  }, 60_000);
});
