import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { AppError, notFound } from '../../errors.js';
import { hashPassword } from '../../secrets.js';
import { SESSION_COOKIE, login, logout, publicUser, sessionToken } from '../auth.js';
import { parse } from '../validate.js';

const loginInput = z.object({ email: z.string().min(1, 'email is required').max(320), password: z.string().min(1, 'password is required').max(1000) });
const userInput = z
  .object({
    email: z.string().email('email must be an email address').max(320),
    password: z.string().min(10, 'password must be at least 10 characters').max(1000),
    role: z.enum(['admin', 'manager'], { errorMap: () => ({ message: 'role must be "admin" or "manager"' }) }),
    companyId: z.string().uuid('companyId must be a company id').optional(),
  })
  .strict();

/** Failed logins per email+address in the last 15 minutes (in memory: a brake, not the only defence). */
const failures = new Map<string, number[]>();

export async function authRoutes(app: FastifyInstance, ctx: AppContext) {
  app.post('/api/auth/login', async (req, reply) => {
    const body = parse(loginInput, req.body);
    const key = `${body.email.toLowerCase()}|${req.ip}`;
    const now = Date.now();
    const recent = (failures.get(key) ?? []).filter((t) => now - t < 15 * 60_000);
    if (recent.length >= 10) throw new AppError('rate_limited', 'Too many failed sign-ins; wait 15 minutes and try again.');
    try {
      const s = await login(ctx, body.email, body.password);
      failures.delete(key);
      reply.setCookie(SESSION_COOKIE, s.token, { httpOnly: true, sameSite: 'strict', path: '/', maxAge: s.maxAgeSeconds, secure: req.protocol === 'https' });
      return { token: s.token, user: s.user };
    } catch (e) {
      failures.set(key, [...recent, now]);
      throw e;
    }
  });

  app.post('/api/auth/logout', async (req, reply) => {
    const t = sessionToken(req);
    if (t) await logout(ctx, t.token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  app.get('/api/auth/me', async (req) => {
    const rows = await ctx.db.query('SELECT * FROM users WHERE id = $1', [req.actor.userId]);
    return { user: publicUser(rows[0]) };
  });

  app.post('/api/users', async (req, reply) => {
    if (req.actor.role !== 'admin') throw new AppError('forbidden', 'Only administrators can create users.');
    const body = parse(userInput, req.body);
    if (body.role === 'manager' && !body.companyId) throw new AppError('invalid_input', 'companyId: a manager belongs to one company', [{ field: 'companyId', message: 'required for a manager' }]);
    if (body.companyId) {
      const c = await ctx.db.query('SELECT 1 FROM companies WHERE id = $1', [body.companyId]);
      if (!c.length) throw notFound('Company');
    }
    const exists = await ctx.db.query('SELECT 1 FROM users WHERE lower(email) = lower($1)', [body.email]);
    if (exists.length) throw new AppError('conflict', 'email: a user with this email already exists');
    const rows = await ctx.db.query('INSERT INTO users (email, password_hash, role, company_id) VALUES ($1, $2, $3, $4) RETURNING *', [
      body.email,
      await hashPassword(body.password),
      body.role,
      body.role === 'admin' ? null : body.companyId,
    ]);
    return reply.status(201).send(publicUser(rows[0]));
  });
}
