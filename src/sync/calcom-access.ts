import type { AppContext } from '../context.js';
import { createCalcomClient, type CalcomClient } from '../calcom/client.js';
import type { CompanyRow } from '../db/companies-repo.js';
import { sha256 } from '../secrets.js';

/** A Cal.com client for a key: every request waits for the key's shared rate budget first. */
export function calcomClientFor(ctx: AppContext, c: { apiUrl: string; apiKey: string }, afterBudget?: () => Promise<void>): CalcomClient {
  const keyHash = sha256(c.apiKey);
  return createCalcomClient({
    baseUrl: c.apiUrl,
    apiKey: c.apiKey,
    apiVersion: ctx.config.CALCOM_API_VERSION,
    timeoutMs: ctx.config.CALCOM_TIMEOUT_MS,
    beforeRequest: async () => {
      await ctx.limiter.acquire(keyHash);
      await afterBudget?.();
    },
    onRateLimited: () => ctx.limiter.penalize(keyHash, 60_000 + Math.floor(Math.random() * 5_000)),
    onCall: (call) => ctx.log.debug({ calcom: call }, 'cal.com call'),
  });
}

/** The Cal.com client of a company (its key decrypted only here, never logged). */
export function calcomFor(ctx: AppContext, company: CompanyRow, afterBudget?: () => Promise<void>): CalcomClient {
  return calcomClientFor(ctx, { apiUrl: company.calcom_api_url, apiKey: ctx.secrets.open(company.calcom_api_key_enc) }, afterBudget);
}
