import { arr, bool, fail, httpUrl, ID, num, obj, pickStrings, str, textDir } from './backup-checks';
import { LIMITS } from './backup-format';
import type { LibraryEntry, SkippedImage } from './records';

const ENTRY_KEYS = [
  'id',
  'url',
  'canonicalUrl',
  'keys',
  'title',
  'siteName',
  'byline',
  'lang',
  'dir',
  'publishedTime',
  'excerpt',
  'readingMinutes',
  'wordCount',
  'savedAt',
  'updatedAt',
  'read',
  'readAt',
  'tags',
  'notes',
  'imageCount',
  'imageBytes',
  'skippedImages',
] as const;
const SKIP_REASONS: readonly SkippedImage['reason'][] = ['cap', 'permission', 'network', 'type', 'too-large'];

/**
 * Checks a backup's list record of an article (lib/library/records.ts):
 * its addresses, reader state, tags, notes and image counts.
 */
export function checkEntry(v: unknown, path: string): LibraryEntry {
  const o = obj(v, path, ENTRY_KEYS);
  const id = str(o.id, `${path}.id`, 64);
  if (!ID.test(id)) fail(`${path}.id`, 'is not a valid id');
  const dir = textDir(o.dir, `${path}.dir`);
  const entry: LibraryEntry = {
    id,
    url: httpUrl(o.url, `${path}.url`),
    ...(o.canonicalUrl !== undefined ? { canonicalUrl: httpUrl(o.canonicalUrl, `${path}.canonicalUrl`) } : {}),
    keys: arr(o.keys, `${path}.keys`, 4).map((k, i) => str(k, `${path}.keys[${i}]`, LIMITS.url)),
    title: str(o.title, `${path}.title`, LIMITS.shortText),
    ...pickStrings(o, path, ['siteName', 'byline', 'lang', 'publishedTime', 'excerpt'] as const, LIMITS.shortText),
    ...(dir !== undefined ? { dir } : {}),
    readingMinutes: num(o.readingMinutes, `${path}.readingMinutes`, 0, 1e6),
    wordCount: num(o.wordCount, `${path}.wordCount`, 0, 1e8),
    savedAt: num(o.savedAt, `${path}.savedAt`),
    updatedAt: num(o.updatedAt, `${path}.updatedAt`),
    read: bool(o.read, `${path}.read`),
    ...(o.readAt !== undefined ? { readAt: num(o.readAt, `${path}.readAt`) } : {}),
    tags: arr(o.tags, `${path}.tags`, LIMITS.tags).map((t, i) => str(t, `${path}.tags[${i}]`, LIMITS.tag)),
    notes: str(o.notes, `${path}.notes`, LIMITS.notes),
    imageCount: num(o.imageCount, `${path}.imageCount`, 0, LIMITS.imagesPerArticle),
    imageBytes: num(o.imageBytes, `${path}.imageBytes`),
    skippedImages: arr(o.skippedImages, `${path}.skippedImages`, LIMITS.skipped).map((s, i) => {
      const p = `${path}.skippedImages[${i}]`;
      const so = obj(s, p, ['url', 'reason']);
      const reason = so.reason as SkippedImage['reason'];
      if (!SKIP_REASONS.includes(reason)) fail(`${p}.reason`, 'is not a known reason');
      return { url: str(so.url, `${p}.url`, LIMITS.url), reason };
    }),
  };
  if (entry.keys.length === 0) fail(`${path}.keys`, 'should not be empty');
  return entry;
}
