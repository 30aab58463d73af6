import type { AppContext } from '../context.js';
import { systemActor } from '../context.js';
import { hashPassword } from '../secrets.js';
import { createCompany } from '../sync/companies.js';
import { createService } from '../sync/service-edits.js';

const DEMO_EMAIL = 'admin@calsync.local';
const DEMO_PASSWORD = 'calsync-demo';

/** `npm start`: a demo admin, company and services on the built-in simulator, so a newcomer can click through at once. */
export async function seedDemo(ctx: AppContext, appUrl: string | null, simulatorUrl: string | null) {
  const [{ n }] = await ctx.db.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
  const email = ctx.config.ADMIN_EMAIL ?? DEMO_EMAIL;
  const password = ctx.config.ADMIN_EMAIL ? '(your ADMIN_PASSWORD)' : DEMO_PASSWORD;
  if (n === 0) {
    await ctx.db.query("INSERT INTO users (email, password_hash, role) VALUES ($1, $2, 'admin')", [DEMO_EMAIL, await hashPassword(DEMO_PASSWORD)]);
  }
  const companies = await ctx.db.query('SELECT id FROM companies LIMIT 1');
  if (!companies.length && simulatorUrl) {
    const actor = systemActor('demo');
    const company = await createCompany(ctx, actor, { name: 'Salon Sonnenschein', calcomApiKey: 'cal_demo_sonnenschein', calcomApiUrl: `${simulatorUrl}/v2` });
    const [branch] = await ctx.db.query('INSERT INTO branches (company_id, name) VALUES ($1, $2) RETURNING id', [company.id, 'Berlin Mitte']);
    const services = [
      { name: 'Premium Hair Cut', durationMinutes: 45, price: 49, currency: 'EUR', bufferTimeMinutes: 10 },
      { name: 'Färben & Schneiden', durationMinutes: 120, price: 119, currency: 'EUR', beforeEventBuffer: 5 },
      { name: 'Bartpflege', durationMinutes: 30, price: 25, currency: 'EUR' },
      { name: 'Beratung (nur telefonisch)', durationMinutes: 15, price: 0, currency: 'EUR', isOnline: false },
      { name: 'Hochsteckfrisur', durationMinutes: 90, price: 89, currency: 'EUR', requiresConfirmation: true },
    ];
    for (const s of services) await createService(ctx, actor, { companyId: company.id, branchId: branch.id, ...s });
  }
  const lines = [
    '',
    'calsync is running.',
    appUrl ? `  Web app:        ${appUrl}/   (sign in as ${email} / ${password})` : '  Worker only (no HTTP).',
    appUrl ? `  API:            ${appUrl}/api   (OpenAPI at ${appUrl}/api/openapi.json)` : '',
    simulatorUrl ? `  Cal.com (simulated): ${simulatorUrl}/v2   (call log at ${simulatorUrl}/_sim/calls)` : `  Cal.com:        ${ctx.config.CALCOM_API_URL}`,
    `  Database:       ${ctx.db.kind === 'pglite' ? `embedded PGlite in ${ctx.config.DATA_DIR}` : 'PostgreSQL (DATABASE_URL)'}`,
    '',
  ].filter((l) => l !== '');
  process.stdout.write(lines.join('\n') + '\n\n');
}
