import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'calsync-config-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
const env = (more: Record<string, string>) => ({ DATA_DIR: dataDir, APP_SECRET: 'config-test-secret', ...more });

describe('CALCOM_RATE_PER_MINUTE stays below Cal.com’s limit per key', () => {
  it('accepts up to 119 and refuses 120 or more, naming the variable', () => {
    expect(loadConfig(env({})).CALCOM_RATE_PER_MINUTE).toBe(100);
    expect(loadConfig(env({ CALCOM_RATE_PER_MINUTE: '119' })).CALCOM_RATE_PER_MINUTE).toBe(119);
    for (const v of ['120', '121', '1200'])
      expect(() => loadConfig(env({ CALCOM_RATE_PER_MINUTE: v }))).toThrow(/CALCOM_RATE_PER_MINUTE: must be at most 119/);
  });

  it('a key limit Cal.com raised (CALCOM_KEY_LIMIT_PER_MINUTE) moves the cap with it', () => {
    expect(loadConfig(env({ CALCOM_KEY_LIMIT_PER_MINUTE: '600', CALCOM_RATE_PER_MINUTE: '500' })).CALCOM_RATE_PER_MINUTE).toBe(500);
    expect(() => loadConfig(env({ CALCOM_KEY_LIMIT_PER_MINUTE: '600', CALCOM_RATE_PER_MINUTE: '600' }))).toThrow(/CALCOM_RATE_PER_MINUTE: must be at most 599/);
  });

  it('calsync refuses to start with a budget over the limit, and says which variable', () => {
    const bin = path.resolve(import.meta.dirname, '../bin/calsync.mjs');
    const r = spawnSync(process.execPath, [bin, 'serve'], { env: { ...process.env, ...env({ CALCOM_RATE_PER_MINUTE: '150', PORT: '0' }) }, encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Invalid environment variable CALCOM_RATE_PER_MINUTE: must be at most 119/);
  }, 40_000);
});
