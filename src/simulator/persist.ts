/**
 * The simulator's optional `stateFile`: load `SimState` at start, write it back (debounced, atomically:
 * temp file + rename in the same directory) after changes, flush on close. A missing file starts empty;
 * an unreadable or corrupt one is reported on stderr and also starts empty (the next write replaces it).
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { SimState } from './state.js';

type Warn = (message: string) => void;
const stderrWarn: Warn = (message) => console.warn(message);

export function loadState(file: string, warn: Warn = stderrWarn): SimState {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
      warn(`simulator: cannot read state file ${file} (${errMessage(err)}); starting empty`);
    }
    return new SimState();
  }
  try {
    return SimState.fromJSON(JSON.parse(text));
  } catch (err) {
    warn(`simulator: state file ${file} is corrupt (${errMessage(err)}); starting empty`);
    return new SimState();
  }
}

export class StatePersister {
  private timer: NodeJS.Timeout | undefined;
  private dirty = false;
  /** Writes run one after another; a change during a write is picked up by the next one. */
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly file: string,
    private readonly snapshot: () => unknown,
    private readonly delayMs = 100,
    private readonly warn: Warn = stderrWarn,
  ) {}

  /** Something changed: write within `delayMs` (changes in between are coalesced into the same write). */
  changed(): void {
    this.dirty = true;
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, this.delayMs);
  }

  /** Write now if anything changed since the last write; resolves once it's on disk (never rejects). */
  flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    this.chain = this.chain.then(() => this.write());
    return this.chain;
  }

  private async write(): Promise<void> {
    if (!this.dirty) return;
    this.dirty = false;
    const tmp = `${this.file}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`;
    try {
      const json = JSON.stringify(this.snapshot());
      await mkdir(dirname(this.file), { recursive: true });
      // 0600: the file holds the API keys users were provisioned with.
      await writeFile(tmp, json, { mode: 0o600 });
      await rename(tmp, this.file);
    } catch (err) {
      this.dirty = true; // retried on the next change or on close
      this.warn(`simulator: cannot write state file ${this.file}: ${errMessage(err)}`);
      await rm(tmp, { force: true }).catch(() => {});
    }
  }
}

const errMessage = (err: unknown) => (err instanceof Error ? err.message : String(err));
