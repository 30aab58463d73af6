import crypto from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Actor, AppContext } from '../context.js';
import { AppError } from '../errors.js';
import { sha256, verifyPassword } from '../secrets.js';

export const SESSION_COOKIE = 'calsync_session';
const SESSION_HOURS = 12;

/** Checks a password and opens a session; the token is returned once and stored only as a hash. */
export async function login(ctx: AppContext, email: string, password: string) {
  const rows = await ctx.db.query('SELECT * FROM users WHERE lower(email) = lower($1)', [email]);
  const user = rows[0];
  // Verify against a dummy hash when the user is unknown, so timing does not reveal which emails exist.
  const ok = await verifyPassword(password, user?.password_hash ?? 'scrypt$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
  if (!user || !ok) throw new AppError('unauthenticated', 'Wrong email or password.');
  const token = crypto.randomBytes(32).toString('base64url');
  await ctx.db.query("INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, now() + make_interval(hours => $3))", [
    sha256(token),
    user.id,
    SESSION_HOURS,
  ]);
  return { token, user: publicUser(user), maxAgeSeconds: SESSION_HOURS * 3600 };
}

export async function logout(ctx: AppContext, token: string) {
  await ctx.db.query('DELETE FROM sessions WHERE token_hash = $1', [sha256(token)]);
}

export function publicUser(u: Record<string, any>) {
  return { id: u.id, email: u.email, role: u.role, companyId: u.company_id };
}

/** The session token from `Authorization: Bearer` or the session cookie. */
export function sessionToken(req: FastifyRequest): { token: string; via: 'bearer' | 'cookie' } | null {
  const h = req.headers.authorization;
  if (h?.startsWith('Bearer ')) return { token: h.slice(7).trim(), via: 'bearer' };
  const c = (req as any).cookies?.[SESSION_COOKIE];
  return c ? { token: c, via: 'cookie' } : null;
}

let localCliTokenHash: string | null = null;
/**
 * The running server writes a one-off token into DATA_DIR (mode 0600) so `calsync sync-services`
 * on the same machine can go through it while it holds the embedded database.
 */
export function setLocalCliToken(token: string | null) {
  localCliTokenHash = token ? sha256(token) : null;
}

/** Resolves the caller; throws 401 without a valid, unexpired session. */
export async function authenticate(ctx: AppContext, req: FastifyRequest): Promise<Actor> {
  const t = sessionToken(req);
  if (!t) throw new AppError('unauthenticated', 'Sign in first: no session was sent.');
  if (t.via === 'bearer' && localCliTokenHash && crypto.timingSafeEqual(Buffer.from(sha256(t.token)), Buffer.from(localCliTokenHash)))
    return { role: 'admin', companyId: null, label: 'calsync CLI' };
  // Cookie sessions must prove the request came from our own page (CSRF): the UI sends this header.
  if (t.via === 'cookie' && req.method !== 'GET' && req.method !== 'HEAD' && req.headers['x-calsync-csrf'] !== '1')
    throw new AppError('forbidden', 'Missing the X-Calsync-CSRF header required with cookie sessions.');
  const rows = await ctx.db.query(
    'SELECT u.* FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1 AND s.expires_at > now()',
    [sha256(t.token)],
  );
  const u = rows[0];
  if (!u) throw new AppError('unauthenticated', 'Your session has expired or is invalid; sign in again.');
  return { role: u.role, companyId: u.company_id, userId: u.id, label: u.email };
}
