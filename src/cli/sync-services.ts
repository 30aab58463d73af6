import type { Config } from '../config.js';

/** Placeholder until reconciliation lands (issue 3): says so plainly and fails. */
export async function runSyncServices(_config: Config, _opts: { companyId?: string; checkOnly: boolean; force: boolean; json: boolean }): Promise<number> {
  process.stderr.write('sync-services is not available yet.\n');
  return 1;
}
