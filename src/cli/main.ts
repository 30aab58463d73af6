import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { DataDirLockedError } from '../db/database.js';
import { runServe } from './serve.js';

const HELP = `calsync — keeps a service catalog and its Cal.com event types in step

Usage:
  calsync start                 server + worker + demo (built-in Cal.com simulator when CALCOM_API_URL is unset)
  calsync serve                 HTTP server and worker in one process
  calsync worker                worker only (scale out on PostgreSQL)
  calsync migrate               apply database migrations and exit
  calsync sync-services [--company ID] [--check-only] [--force] [--json]
                                reconcile services with Cal.com event types
  calsync replay-deliveries [--company ID] [--failed] [--id ID] [--json]
                                process stored Cal.com webhook deliveries again (default: all not yet processed)
`;

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  if (!command || command === '--help' || command === 'help') {
    process.stdout.write(HELP);
    return;
  }
  const config = loadConfig();
  switch (command) {
    case 'start':
      return runServe(config, { demo: true, http: true });
    case 'serve':
      return runServe(config, { demo: false, http: true });
    case 'worker':
      return runServe(config, { demo: false, http: false });
    case 'migrate': {
      const { openDatabase } = await import('../db/database.js');
      const { migrate } = await import('../db/migrate.js');
      const db = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
      const applied = await migrate(db);
      await db.close();
      console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'The database is up to date.');
      return;
    }
    case 'sync-services': {
      const { values } = parseArgs({
        args: rest,
        options: { company: { type: 'string' }, 'check-only': { type: 'boolean' }, force: { type: 'boolean' }, json: { type: 'boolean' } },
      });
      const { runSyncServices } = await import('./sync-services.js');
      process.exitCode = await runSyncServices(config, { companyId: values.company, checkOnly: !!values['check-only'], force: !!values.force, json: !!values.json });
      return;
    }
    case 'replay-deliveries': {
      const { values } = parseArgs({
        args: rest,
        options: { company: { type: 'string' }, failed: { type: 'boolean' }, id: { type: 'string' }, json: { type: 'boolean' } },
      });
      const { runReplayDeliveries } = await import('./replay-deliveries.js');
      process.exitCode = await runReplayDeliveries(config, { companyId: values.company, failed: !!values.failed, id: values.id, json: !!values.json });
      return;
    }
    default:
      process.stderr.write(`Unknown command "${command}".\n\n${HELP}`);
      process.exitCode = 2;
  }
}

main().catch((e) => {
  if (e instanceof DataDirLockedError) {
    console.error(e.message);
    process.exit(3);
  }
  console.error(e instanceof Error ? e.message : e);
  if (process.env.CALSYNC_DEBUG) console.error(e);
  process.exit(1);
});
