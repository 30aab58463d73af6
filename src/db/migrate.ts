import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './database.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** The numbered SQL files in `src/db/migrations`, in order. */
export function listMigrations(): { version: number; name: string; sql: string }[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d+_.*\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.split('_')[0]), name: f, sql: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

/** Applies pending migrations, each in its own transaction; safe when several processes start at once. */
export async function migrate(db: Database): Promise<number[]> {
  // Under the same lock as the migrations: two processes creating the table at once on a server collide
  // (CREATE TABLE IF NOT EXISTS is not safe against a concurrent create).
  await db.tx(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(7411)');
    await tx.exec(`CREATE TABLE IF NOT EXISTS calsync_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  });
  const applied: number[] = [];
  for (const m of listMigrations()) {
    const done = await db.tx(async (tx) => {
      // Serialises concurrent migrators on a server; a no-op cost on PGlite.
      await tx.query('SELECT pg_advisory_xact_lock(7411)');
      const rows = await tx.query('SELECT 1 FROM calsync_migrations WHERE version = $1', [m.version]);
      if (rows.length) return false;
      await tx.exec(m.sql);
      await tx.query('INSERT INTO calsync_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      return true;
    });
    if (done) applied.push(m.version);
  }
  return applied;
}

/** True when every migration in the code is applied (used by /healthz). */
export async function migrationsCurrent(db: Database): Promise<boolean> {
  const rows = await db.query<{ v: number }>('SELECT coalesce(max(version), 0)::int AS v FROM calsync_migrations');
  const latest = Math.max(0, ...listMigrations().map((m) => m.version));
  return rows[0].v >= latest;
}
