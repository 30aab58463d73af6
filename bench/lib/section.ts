/**
 * The contract between `bench/run.ts` and a benchmark section (push, webhooks, reconciliation, …).
 *
 * A section is a module in `bench/` that exports one async function taking the parsed options and
 * returning a `SectionResult`. `run.ts` lists the known sections (SECTIONS) and runs those whose file
 * exists, so a new section is one file plus one line there.
 */
import type { BenchOptions } from './options.js';

export interface Figure {
  /** The JSON key, flat and unique across sections (e.g. `patchesPerChangedService`). */
  key: string;
  /** The table's label, in words. */
  label: string;
  value: number | null;
  unit?: string;
  /** The target in words (e.g. `≤ 1.05`), when there is one. */
  target?: string;
  /** Whether the value meets the target (undefined: no target). */
  ok?: boolean;
  /** Values of the individual runs when the section ran several (value is then their median). */
  runs?: (number | null)[];
}

export interface SectionResult {
  section: string;
  title: string;
  figures: Figure[];
  /** Anything else worth keeping in the JSON (per-run details, settings used). */
  details?: Record<string, unknown>;
  /** Plain-words remarks printed under the table (e.g. why a target was missed). */
  notes?: string[];
}

export type SectionRunner = (opts: BenchOptions) => Promise<SectionResult>;

/** `target` helpers: a figure with an upper/lower bound and its verdict. */
export function atMost(f: Omit<Figure, 'target' | 'ok'>, max: number, text = `≤ ${max}`): Figure {
  return { ...f, target: text, ok: f.value === null ? false : f.value <= max };
}
export function below(f: Omit<Figure, 'target' | 'ok'>, max: number, text = `< ${max}`): Figure {
  return { ...f, target: text, ok: f.value === null ? false : f.value < max };
}
