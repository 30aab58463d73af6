import type { Queryable } from './database.js';

export interface CompanyRow {
  id: string;
  name: string;
  calcom_api_url: string;
  calcom_api_key_enc: string;
  calcom_key_hash: string;
  calcom_username: string | null;
  calcom_connection: 'unknown' | 'ok' | 'broken';
  calcom_connection_error: string | null;
  webhook_secret_enc: string;
  created_at: Date;
}

export async function findCompany(q: Queryable, companyId: string): Promise<CompanyRow | null> {
  const rows = await q.query<CompanyRow>('SELECT * FROM companies WHERE id = $1', [companyId]);
  return rows[0] ?? null;
}

export async function listCompanies(q: Queryable, onlyId?: string | null): Promise<CompanyRow[]> {
  return onlyId
    ? q.query<CompanyRow>('SELECT * FROM companies WHERE id = $1', [onlyId])
    : q.query<CompanyRow>('SELECT * FROM companies ORDER BY created_at, id');
}

export async function setConnection(q: Queryable, companyId: string, state: 'ok' | 'broken', error: string | null, username?: string) {
  await q.query(
    'UPDATE companies SET calcom_connection = $2, calcom_connection_error = $3, calcom_username = coalesce($4, calcom_username) WHERE id = $1',
    [companyId, state, error, username ?? null],
  );
}
