/**
 * The CLI half of `npm run bench:robust` (issue #9): every corpus page through
 * `extractFile` (the CLI's own code path), shared among at most `jobs` child
 * processes. A child that dies or stops answering is a crash of the page it
 * was reading; a new child takes over the rest of the queue.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { extractFile } from './extract';

/** What became of one page. `crash` is an exception escaping extractFile, a dead or hung process. */
export type CliStatus = 'ok' | 'no-article' | 'too-large' | 'error' | 'crash';

export interface CliOutcome {
  file: string;
  status: CliStatus;
  message?: string;
  /** False when extraction gave an article but the page does not look like one (listing, product...). */
  isArticle?: boolean;
  ms: number;
}

/** A page that gives no answer within this long is counted as a hang (a crash). */
const PAGE_TIMEOUT_MS = 60_000;
const WORKER_FLAG = '--robust-cli-worker';

/** The line of a dead process's stderr that names its error (Node ends with its own version line). */
export function firstErrorLine(stderr: string): string {
  const lines = stderr.trim().split('\n');
  return lines.find((l) => /^\w*(Error|Exception)\b/.test(l)) ?? lines.at(-1) ?? '';
}

/** Extracts one file exactly as the CLI does (4 main points, the file's own URL). */
export function runOne(file: string): CliOutcome {
  const started = performance.now();
  try {
    const result = extractFile(file, undefined, 4);
    const ms = performance.now() - started;
    return result.ok
      ? { file, status: 'ok', isArticle: result.article.isArticle, ms }
      : { file, status: result.kind, message: result.message, ms };
  } catch (err) {
    const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    return {
      file,
      status: 'crash',
      message: `exception escaped extractFile: ${message}`,
      ms: performance.now() - started,
    };
  }
}

/** In a child: answer each file the parent sends until it disconnects. */
export function serveAsWorker(): boolean {
  if (!process.argv.includes(WORKER_FLAG)) return false;
  process.on('message', (file: string) => process.send!(runOne(file)));
  process.on('disconnect', () => process.exit(0));
  return true;
}

/** Runs every file in `jobs` child processes (this same script with WORKER_FLAG). */
export async function runCorpus(
  files: string[],
  jobs: number,
  script: string,
  onProgress?: (done: number) => void,
): Promise<CliOutcome[]> {
  const queue = [...files];
  const results: CliOutcome[] = [];
  const record = (r: CliOutcome) => {
    results.push(r);
    onProgress?.(results.length);
  };

  const slot = () =>
    new Promise<void>((resolve) => {
      let child: ChildProcess;
      let pending: { file: string; started: number; timer: NodeJS.Timeout } | undefined;

      const next = () => {
        const file = queue.shift();
        if (file === undefined) {
          child.disconnect();
          return;
        }
        const timer = setTimeout(() => {
          record({ file, status: 'crash', message: `hang: no result within ${PAGE_TIMEOUT_MS / 1000} s`, ms: NaN });
          pending = undefined;
          child.kill('SIGKILL');
        }, PAGE_TIMEOUT_MS);
        pending = { file, started: performance.now(), timer };
        child.send(file);
      };

      const start = () => {
        child = fork(script, [WORKER_FLAG], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
        let stderr = '';
        child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
        child.on('message', (r: CliOutcome) => {
          if (!pending) return;
          clearTimeout(pending.timer);
          pending = undefined;
          record(r);
          next();
        });
        child.on('exit', (code, signal) => {
          if (pending) {
            clearTimeout(pending.timer);
            const last = firstErrorLine(stderr);
            record({
              file: pending.file,
              status: 'crash',
              message: `process died (${signal ?? `exit code ${code}`})${last ? `: ${last}` : ''}`,
              ms: performance.now() - pending.started,
            });
            pending = undefined;
          }
          if (queue.length > 0) start();
          else resolve();
        });
        next();
      };
      start();
    });

  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, files.length)) }, slot));
  return results;
}
