/**
 * Each benchmark owns one section of docs/benchmarks.md, between
 * `<!-- bench:NAME -->` and `<!-- /bench:NAME -->`, and rewrites only that.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

const FILE = join(import.meta.dirname, '..', 'docs', 'benchmarks.md');
const HEADER =
  '# Benchmarks\n\nWritten by the `npm run bench:*` scripts; each rewrites its own section. ' +
  'Times are from the machine named in each section; ratios compare runs made in the same process.\n';

/** One line naming the date, machine and Node version of a run. */
export function machineLine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const mem = Math.round(totalmem() / 2 ** 30);
  return `Run ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpu}, ${mem} GiB, Node ${process.version}.`;
}

/** Replaces (or appends) the section `name` of docs/benchmarks.md with `markdown`. */
export function writeBenchSection(name: string, markdown: string): void {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const current = existsSync(FILE) ? readFileSync(FILE, 'utf8') : HEADER;
  const re = new RegExp(`${start}[\\s\\S]*?${end}`);
  const next = re.test(current) ? current.replace(re, block) : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(FILE, next);
}
