/**
 * What a failed library write leaves behind: nothing. Every save and import
 * is one transaction; on failure it is rolled back here, and the cause is
 * named so that a full disk gets its own message (issue #7).
 */

/** Why a write failed: `quota` when the browser has no room left; `reason` is the error's own text. */
export interface WriteFailure {
  quota: boolean;
  reason: string;
}

function isQuotaError(err: unknown): boolean {
  const name = (err as { name?: string } | null)?.name;
  return name === 'QuotaExceededError' || /quota/i.test(String((err as Error)?.message ?? err));
}

/** Rolls a failed transaction back (it may already have aborted itself) and says why it failed. */
export function rollBack(tx: { abort(): void; done: Promise<void> }, err: unknown): WriteFailure {
  tx.done.catch(() => undefined);
  try {
    tx.abort();
  } catch {
    // already finished
  }
  return { quota: isQuotaError(err), reason: String((err as Error)?.message ?? err) };
}
