import type MiniSearch from 'minisearch';
import {
  createIndex,
  loadIndex,
  removeDoc,
  searchDoc,
  searchIds,
  SEARCH_INDEX_VERSION,
  upsertDoc,
  type SearchDoc,
} from '../lib/library/search';
import type { Library } from './library-db';

/**
 * The library's search index at run time (issue #7). It starts from the
 * persisted snapshot and applies the journal of saves and deletes made
 * since (by the popup, the background, another tab), so opening the library
 * never re-reads every article. The snapshot is rewritten only when the
 * journal has grown or the index had to be rebuilt: writing it costs more
 * than applying a short journal.
 */
const PERSIST_AFTER = 25;

export class LibrarySearch {
  private index?: MiniSearch<SearchDoc>;
  private seq = 0;
  private pending = 0;
  private loading?: Promise<void>;

  constructor(private readonly lib: Library) {}

  get ready(): boolean {
    return this.index !== undefined;
  }

  /** Loads the snapshot (or builds the index) and applies the journal. */
  load(): Promise<void> {
    this.loading ??= this.catchUp(true).finally(() => (this.loading = undefined));
    return this.loading;
  }

  /**
   * Brings the index up to date with the database; call when the library
   * changed. Writing the snapshot is one long task (serializing the whole
   * index), so it happens only while loading (`persistLongJournal`), never
   * in the middle of the reader's work.
   */
  async catchUp(persistLongJournal = false): Promise<void> {
    const db = await this.lib.db();
    const meta = await db.get('search', 'meta');
    // No snapshot (first open, or an import dropped it) or a newer one from another tab: start from it.
    if (!this.index || !meta || meta.key !== 'meta' || meta.seq > this.seq) {
      const data =
        meta?.key === 'meta' && meta.version === SEARCH_INDEX_VERSION ? await db.get('search', 'data') : undefined;
      if (meta?.key === 'meta' && data?.key === 'data') {
        this.index = await loadIndex(data.json);
        this.seq = meta.seq;
        this.pending = 0;
      } else {
        await this.rebuild();
        return;
      }
    }
    const journal = await db.getAll('journal', IDBKeyRange.lowerBound(this.seq, true));
    if (!journal.length) return;
    // Only the last operation per article counts.
    const last = new Map(journal.map((j) => [j.id, j.op]));
    const puts = Array.from(last)
      .filter(([, op]) => op === 'put')
      .map(([id]) => id);
    const bodies = new Map((await this.lib.getBodies(puts)).map((b) => [b.id, b]));
    for (const [id, op] of last) {
      const body = bodies.get(id);
      if (op === 'put' && body) upsertDoc(this.index!, searchDoc(id, body.article));
      else removeDoc(this.index!, id);
    }
    this.seq = journal[journal.length - 1]!.seq!;
    this.pending += journal.length;
    if (persistLongJournal && this.pending >= PERSIST_AFTER) await this.persist();
  }

  /** Indexes every saved article from scratch (first open, or after an import). */
  async rebuild(): Promise<void> {
    const db = await this.lib.db();
    const tx = db.transaction(['bodies', 'journal'], 'readonly');
    const [bodies, lastKey] = await Promise.all([
      tx.objectStore('bodies').getAll(),
      tx
        .objectStore('journal')
        .openCursor(null, 'prev')
        .then((c) => c?.key ?? 0),
    ]);
    const index = createIndex();
    await index.addAllAsync(bodies.map((b) => searchDoc(b.id, b.article)));
    this.index = index;
    this.seq = lastKey;
    await this.persist();
  }

  /** Writes the snapshot and drops the journal records it includes, in one transaction. */
  async persist(): Promise<void> {
    if (!this.index) return;
    const json = JSON.stringify(this.index);
    const db = await this.lib.db();
    const tx = db.transaction(['search', 'journal'], 'readwrite');
    const current = await tx.objectStore('search').get('meta');
    if (current?.key === 'meta' && current.seq > this.seq) return; // another tab wrote a newer one
    await tx.objectStore('search').put({ key: 'meta', version: SEARCH_INDEX_VERSION, seq: this.seq });
    await tx.objectStore('search').put({ key: 'data', json });
    await tx.objectStore('journal').delete(IDBKeyRange.upperBound(this.seq));
    await tx.done;
    this.pending = 0;
  }

  /** Ids matching the query, best first (empty before the index is loaded). */
  search(query: string): string[] {
    return this.index ? searchIds(this.index, query) : [];
  }
}
