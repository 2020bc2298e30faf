/** Small helpers the benchmark scripts share: plain-text tables, units, the machine, and the JSON file. */
import { cpus, loadavg } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { projectRoot } from './site-copy.ts';

export { projectRoot };

/** Kilobytes of 1,000 bytes, two decimals (the JavaScript budget is 1 KB, so one decimal hides too much). */
export const kb = (bytes: number) => (bytes / 1000).toFixed(2);

/** The median of a list (of an even list: the mean of the middle two). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const round = (value: number, places = 2) => Math.round(value * 10 ** places) / 10 ** places;

/** A text table: first row is the header; columns after the first are right-aligned. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i]?.length ?? 0)));
  const line = (row: readonly string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

const versionOf = (name: string) =>
  (JSON.parse(readFileSync(join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
    .version;

/**
 * Where and with what the figures were measured, so a change of machine explains a change of numbers. The
 * load average at the end of the run says whether other work competed with the timings.
 */
export function environment(packages: readonly string[] = ['astro', 'pagefind']) {
  return {
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    loadAverage1m: Math.round(loadavg()[0] * 100) / 100,
    packages: Object.fromEntries(packages.map((name) => [name, versionOf(name)])),
  };
}

/** Writes `data` as indented JSON with a trailing newline (objects are built in a fixed key order). */
export function writeJson(path: string, data: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
}

/** Today as YYYY-MM-DD: enough to date a run without making every line of the file change. */
export const today = () => new Date().toISOString().slice(0, 10);
