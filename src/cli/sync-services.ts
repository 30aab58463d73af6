import type { Config } from '../config.js';
import { DataDirLockedError } from '../db/database.js';
import type { CompanyResult, ReconcileResult } from '../sync/reconcile.js';
import { runningServer, type RunningServer } from './running-server.js';

interface Options {
  companyId?: string;
  checkOnly: boolean;
  force: boolean;
  json: boolean;
}

/**
 * `calsync sync-services`: reconciliation as the seed's `calcom:sync-services`, done right. Runs
 * in-process, or through the running server when it holds the embedded database. Exit code 0 when
 * every company was reconciled, 1 when a listing failed.
 */
export async function runSyncServices(config: Config, opts: Options): Promise<number> {
  const progress = makeProgress(opts.json);
  let result: ReconcileResult;
  try {
    result = await runInProcess(config, opts, progress);
  } catch (e) {
    if (!(e instanceof DataDirLockedError)) throw e;
    const server = runningServer(config.DATA_DIR);
    if (!server) throw e;
    if (!opts.json) process.stderr.write(`The embedded database is held by the running server; asking it at ${server.url}.\n`);
    result = await runThroughServer(server, opts, progress);
  }
  progress.done();
  if (opts.json) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  else process.stdout.write(formatSummary(result));
  return result.plan.companies.every((c) => c.complete) ? 0 : 1;
}

async function runInProcess(config: Config, opts: Options, progress: ReturnType<typeof makeProgress>) {
  const { createApp } = await import('../app.js');
  const { reconcile } = await import('../sync/reconcile.js');
  const { systemActor } = await import('../context.js');
  const pino = (await import('pino')).default;
  const app = await createApp(config, { logger: pino({ level: 'warn' }, pino.destination(2)) });
  try {
    return await reconcile(app, systemActor('calsync CLI'), { ...opts, onProgress: progress });
  } finally {
    await app.close();
  }
}

/** Through the running server one company per request, a few at once, so progress shows as companies finish. */
async function runThroughServer(server: RunningServer, opts: Options, progress: ReturnType<typeof makeProgress>): Promise<ReconcileResult> {
  const { planTotals } = await import('../sync/reconcile.js');
  const ids: { id: string }[] = opts.companyId ? [{ id: opts.companyId }] : (await server.call('GET', '/api/companies')).data;
  const results: CompanyResult[] = new Array(ids.length);
  let next = 0;
  let done = 0;
  const lane = async () => {
    while (next < ids.length) {
      const i = next++;
      const r: ReconcileResult = await server.call('POST', '/api/reconcile', { companyId: ids[i].id, checkOnly: opts.checkOnly, force: opts.force });
      results[i] = r.plan.companies[0];
      progress(++done, ids.length, results[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, ids.length) }, lane));
  return { plan: { companies: results, totals: planTotals(results) }, applied: !opts.checkOnly, checkOnly: opts.checkOnly, force: opts.force };
}

/** A progress bar on a terminal, a line per company otherwise (never on stdout with --json). */
function makeProgress(json: boolean) {
  const tty = process.stderr.isTTY && !json;
  const fn = (done: number, total: number, c: CompanyResult) => {
    if (json) return;
    if (tty) {
      const width = 30;
      const filled = Math.round((done / total) * width);
      process.stderr.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${c.name.slice(0, 30).padEnd(30)}`);
    } else {
      const s = c.summary;
      process.stderr.write(
        `${done}/${total} ${c.name}: ${c.complete ? `${s!.create} to create, ${s!.push} to push, ${s!.import} to import, ${s!.orphans} orphans, ${s!.divergences} divergences, ${s!.conflicts} conflicts` : `not reconciled: ${c.error}`}\n`,
      );
    }
  };
  return Object.assign(fn, { done: () => tty && process.stderr.write('\n') });
}

function formatSummary(r: ReconcileResult): string {
  const lines: string[] = [];
  lines.push(r.checkOnly ? 'Check only: nothing was written.' : r.force ? 'Applied (--force: platform values pushed over divergences).' : 'Applied.');
  for (const c of r.plan.companies) {
    lines.push(`\n${c.name} (${c.companyId})`);
    if (!c.complete || !c.plan) {
      lines.push(`  not reconciled: ${c.error}`);
      continue;
    }
    const p = c.plan;
    for (const x of p.create) lines.push(`  create   ${x.name} (${x.slug})`);
    for (const x of p.link) lines.push(`  link     ${x.name} → event type ${x.eventTypeId}`);
    for (const x of p.push) lines.push(`  push     ${x.name}: ${x.fields.map((f) => f.field).join(', ')}`);
    for (const x of p.import) lines.push(`  import   ${x.title} (event type ${x.eventTypeId})`);
    for (const x of p.orphans) lines.push(`  orphan   ${x.name}: event type ${x.eventTypeId} is gone → switched off`);
    for (const x of p.divergences)
      lines.push(`  ${x.kind.padEnd(8)} ${x.name}.${x.field}: calsync ${JSON.stringify(x.platformValue)} | Cal.com ${JSON.stringify(x.calcomValue)} → ${x.action}`);
    lines.push(`  ${p.inSync} in sync`);
  }
  const t = r.plan.totals;
  lines.push(
    `\nSummary: ${t.companies} companies (${t.incomplete} not reconciled), ${t.create ?? 0} to create, ${t.push ?? 0} to push, ${t.import ?? 0} imported, ${t.orphans ?? 0} orphans, ${t.divergences ?? 0} divergences, ${t.conflicts ?? 0} conflicts, ${t.calcomRequests} Cal.com requests.`,
  );
  return lines.join('\n') + '\n';
}
