/**
 * The benchmark corpora in ../shared/corpus (never read by tests), as the
 * bench and dev scripts read them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export const CORPUS = join(import.meta.dirname, '..', '..', 'shared', 'corpus');

/** A gzipped corpus page, decoded in the charset its head declares (most are UTF-8). */
export function readCorpusPage(file: string): string {
  const buf = gunzipSync(readFileSync(file));
  const head = buf.subarray(0, 4096).toString('latin1');
  const label = /<meta[^>]+charset=["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (label && label !== 'utf-8' && label !== 'utf8') {
    try {
      return new TextDecoder(label).decode(buf);
    } catch {
      // Unknown label: fall back to UTF-8.
    }
  }
  return buf.toString('utf8');
}
