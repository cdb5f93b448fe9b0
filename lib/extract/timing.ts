/**
 * Per-step timing of the extraction pipeline, for `npm run bench:extract`
 * (issue #3's speed target). Off unless a benchmark sets a timer: a step then
 * costs one function call more, nothing else.
 */

/** Receives each step's name and duration in milliseconds. */
export type StepTimer = (step: string, ms: number) => void;

let timer: StepTimer | undefined;

/** Sets (or, with undefined, clears) the function that receives step timings. */
export function setStepTimer(next: StepTimer | undefined): void {
  timer = next;
}

/** Runs `fn`, reporting its duration under `step` when a timer is set. */
export function timed<T>(step: string, fn: () => T): T {
  if (!timer) return fn();
  const t0 = performance.now();
  try {
    return fn();
  } finally {
    timer(step, performance.now() - t0);
  }
}
