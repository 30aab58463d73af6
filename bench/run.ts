/**
 * `npm run bench [-- options]`: runs calsync's benchmark sections against the Cal.com simulator and prints
 * one table (or, with `--json`, ONE JSON object whose top-level keys are every section's figures).
 *
 * Sections: each is a module in bench/ exporting an async function `(opts: BenchOptions) => SectionResult`
 * (see bench/lib/section.ts). To add one, create its file and add a line to SECTIONS; files that do not
 * exist yet are skipped, so sections can land independently. `--only push,webhooks` picks some.
 *
 * A benchmark, not a test: it measures and reports (with the targets beside the figures). It exits 1 only
 * when a section could not run at all.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { machineNotes } from './lib/calsync.js';
import { parseOptions, progress, type BenchOptions } from './lib/options.js';
import type { Figure, SectionResult, SectionRunner } from './lib/section.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** name → file in bench/ and the function it exports. */
const SECTIONS: { name: string; file: string; fn: string }[] = [
  { name: 'push', file: 'push-bench.ts', fn: 'runPushBench' },
  { name: 'webhooks', file: 'webhook-bench.ts', fn: 'runWebhookBench' },
  { name: 'reconcile', file: 'reconcile-bench.ts', fn: 'runReconcileBench' },
  { name: 'list', file: 'list-bench.ts', fn: 'runListBench' },
];

async function main() {
  const opts = parseOptions(process.argv.slice(2));
  const unknown = opts.only.filter((n) => !SECTIONS.some((s) => s.name === n));
  if (unknown.length) throw new Error(`unknown section(s): ${unknown.join(', ')} (known: ${SECTIONS.map((s) => s.name).join(', ')})`);
  const chosen = SECTIONS.filter((s) => !opts.only.length || opts.only.includes(s.name));
  const startedAt = new Date();
  const machine = machineNotes();
  const results: SectionResult[] = [];
  const failures: { section: string; error: string }[] = [];

  for (const s of chosen) {
    const file = path.join(here, s.file);
    if (!fs.existsSync(file)) {
      if (opts.only.includes(s.name)) failures.push({ section: s.name, error: `bench/${s.file} does not exist yet` });
      else progress(`${s.name}: bench/${s.file} does not exist yet; skipped`);
      continue;
    }
    const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    const run = mod[s.fn] as SectionRunner | undefined;
    if (typeof run !== 'function') {
      failures.push({ section: s.name, error: `bench/${s.file} does not export ${s.fn}()` });
      continue;
    }
    progress(`${s.name}: starting`);
    const t = Date.now();
    try {
      const r = await run(opts);
      r.details = { ...r.details, seconds: Math.round((Date.now() - t) / 100) / 10 };
      results.push(r);
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      progress(`${s.name}: FAILED: ${msg}`);
      if (process.env.BENCH_DEBUG && e instanceof Error) console.error(e.stack);
      failures.push({ section: s.name, error: msg });
    }
  }

  const meta = { command: opts.command, date: startedAt.toISOString(), database: process.env.DATABASE_URL ? 'postgres' : 'pglite', machine };
  if (opts.json) {
    const flat: Record<string, number | null> = {};
    for (const r of results) for (const f of r.figures) flat[f.key] = f.value;
    const out = {
      ...flat,
      targets: Object.fromEntries(results.flatMap((r) => r.figures.filter((f) => f.target).map((f) => [f.key, { target: f.target, ok: f.ok }]))),
      runs: Object.fromEntries(results.flatMap((r) => r.figures.filter((f) => f.runs).map((f) => [f.key, f.runs]))),
      sections: Object.fromEntries(results.map((r) => [r.section, { title: r.title, notes: r.notes ?? [], ...r.details }])),
      failures,
      meta,
    };
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  } else {
    process.stdout.write(renderTable(results, meta, failures));
  }
  if (failures.length) process.exitCode = 1;
}

function fmt(f: Figure): string {
  if (f.value === null) return 'n/a';
  const v = Number.isInteger(f.value) ? String(f.value) : String(f.value);
  return f.unit ? `${v} ${f.unit}` : v;
}

function renderTable(results: SectionResult[], meta: { command: string; date: string; database: string; machine: ReturnType<typeof machineNotes> }, failures: { section: string; error: string }[]): string {
  const lines: string[] = [];
  const m = meta.machine;
  lines.push('', `calsync benchmark — ${meta.date}`, `${meta.command}`, `${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB, Node ${m.node}, ${meta.database}, load ${m.loadAverage1m} at start`, '');
  for (const r of results) {
    lines.push(r.title);
    const rows = r.figures.map((f) => [f.label, fmt(f), f.runs ? f.runs.map((x) => (x === null ? 'n/a' : String(x))).join(' / ') : '', f.target ?? '', f.ok === undefined ? '' : f.ok ? 'ok' : 'MISSED', f.key]);
    const header = ['Figure', 'Value', results.some((x) => x.figures.some((f) => f.runs)) ? 'Runs' : '', 'Target', '', 'JSON key'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
    const line = (cells: string[]) => '  ' + cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
    lines.push(line(header), '  ' + widths.map((w) => '-'.repeat(w)).join('  '));
    for (const row of rows) lines.push(line(row));
    for (const n of r.notes ?? []) lines.push(`  note: ${n}`);
    lines.push('');
  }
  for (const f of failures) lines.push(`${f.section}: FAILED — ${f.error}`);
  return lines.join('\n') + '\n';
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
