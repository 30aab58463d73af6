import fs from 'node:fs';
import path from 'node:path';

/**
 * The running server's address and one-off CLI token (written by `calsync serve` into DATA_DIR, mode
 * 0600), so a command can go through the server while it holds the embedded database.
 */
export interface RunningServer {
  url: string;
  token: string;
  /** Calls the server's API as the CLI; throws with the server's error message on a non-2xx answer. */
  call(method: string, p: string, body?: unknown): Promise<any>;
}

export function runningServer(dataDir: string): RunningServer | null {
  let info: { url: string; token: string };
  try {
    info = JSON.parse(fs.readFileSync(path.join(dataDir, 'server.json'), 'utf8'));
  } catch {
    return null;
  }
  return {
    ...info,
    async call(method, p, body) {
      const res = await fetch(`${info.url}${p}`, {
        method,
        headers: { authorization: `Bearer ${info.token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const answer = await res.json();
      if (!res.ok) throw new Error(answer?.error?.message ?? `The server answered ${res.status}`);
      return answer;
    },
  };
}
