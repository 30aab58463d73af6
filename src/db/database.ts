import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';

/** A query runner: the whole database, or one open transaction. */
export interface Queryable {
  query<T = Record<string, any>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs several statements separated by `;` (no parameters). */
  exec(sql: string): Promise<void>;
  /** pg-boss's `executeSql`: one statement with parameters, or a script without; rows of the last statement. */
  executeSql(sql: string, params?: unknown[]): Promise<{ rows: any[] }>;
}

/** The store: PostgreSQL through node-postgres, or embedded PGlite. Same SQL on both. */
export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  tx<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

// node-postgres returns int8 and numeric as strings; calsync only stores counts and ids there.
pg.types.setTypeParser(20, (v) => Number(v));

/** Opens PostgreSQL when `databaseUrl` is set, else PGlite in `dataDir/pglite` (with a lock file). */
export async function openDatabase(opts: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl);
  return openPglite(path.join(opts.dataDir, 'pglite'));
}

export function openPostgres(url: string, max = 10): Database {
  const pool = new pg.Pool({ connectionString: url, max });
  pool.on('error', () => { /* idle client lost; the next query reconnects */ });
  const wrap = (c: pg.Pool | pg.PoolClient): Queryable => ({
    async query(sql, params) {
      return (await c.query(sql, params as any[])).rows;
    },
    async exec(sql) {
      await c.query(sql);
    },
    async executeSql(sql, params) {
      const r: any = await c.query(sql, params as any[]);
      return { rows: (Array.isArray(r) ? r[r.length - 1] : r).rows ?? [] };
    },
  });
  return {
    kind: 'postgres',
    ...wrap(pool),
    async tx(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const out = await fn(wrap(client));
        await client.query('COMMIT');
        return out;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => {});
        throw e;
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}

/** PGlite has one session and no cross-process lock: take a lock file so two processes never share a folder. */
export async function openPglite(dir: string | null): Promise<Database> {
  let lockFile: string | null = null;
  if (dir) {
    fs.mkdirSync(dir, { recursive: true });
    lockFile = path.join(dir, '..', 'pglite.lock');
    takeLock(lockFile);
  }
  const db = dir ? await PGlite.create(dir) : await PGlite.create();
  const wrap = (c: { query: PGlite['query']; exec: PGlite['exec'] }): Queryable => ({
    async query(sql, params) {
      return (await c.query(sql, params as any[])).rows as any[];
    },
    async exec(sql) {
      await c.exec(sql);
    },
    async executeSql(sql, params) {
      if (params && params.length) return { rows: (await c.query(sql, params as any[])).rows as any[] };
      const results = await c.exec(sql);
      return { rows: (results[results.length - 1]?.rows ?? []) as any[] };
    },
  });
  return {
    kind: 'pglite',
    ...wrap(db),
    tx: (fn) => db.transaction((t) => fn(wrap(t as any))),
    async close() {
      await db.close();
      if (lockFile) fs.rmSync(lockFile, { force: true });
    },
  };
}

export class DataDirLockedError extends Error {}

function takeLock(file: string) {
  try {
    fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
    return;
  } catch (e: any) {
    if (e.code !== 'EEXIST') throw e;
  }
  const pid = Number(fs.readFileSync(file, 'utf8'));
  if (pid && pid !== process.pid && isAlive(pid)) {
    throw new DataDirLockedError(
      `The embedded database in ${path.dirname(file)} is in use by process ${pid}. ` +
        'Stop that process, or run this command through the running server (see README), or set DATABASE_URL to use a PostgreSQL server.',
    );
  }
  fs.writeFileSync(file, String(process.pid)); // stale lock from a killed process
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e: any) {
    return e.code === 'EPERM';
  }
}
