import type { ExtractedArticle } from '../types';
import { bytesToBase64 } from './base64';
import type { LibraryEntry } from './records';

/**
 * The library's backup file (issue #7): one versioned JSON document with
 * every article, its reader state and its images as base64. Its shape and
 * limits are here; reading one back is lib/library/backup-parse.ts.
 */

export const BACKUP_FORMAT = 'precis-library-backup';
export const BACKUP_VERSION = 1;

/** One article as a backup holds it. */
export interface BackupArticle {
  entry: LibraryEntry;
  article: ExtractedArticle;
  images: { id: string; url: string; type: string; data: string }[];
}

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  articles: BackupArticle[];
}

/** An article with its images as bytes: what a checked backup gives back, and what `backupArticle` encodes. */
export interface DecodedArticle {
  entry: LibraryEntry;
  article: ExtractedArticle;
  images: { id: string; url: string; type: string; bytes: Uint8Array }[];
}

/**
 * Limits. A JavaScript string holds at most about 512 MiB, so no backup can
 * be bigger; the rest are far above what a real article needs and stop a
 * crafted file from filling the disk through one field.
 */
export const LIMITS = {
  fileChars: 512 * 2 ** 20,
  articles: 100_000,
  shortText: 4_096,
  url: 8_192,
  html: 10 * 2 ** 20,
  text: 5 * 2 ** 20,
  notes: 100_000,
  tags: 100,
  tag: 64,
  faq: 500,
  points: 100,
  imagesPerArticle: 1_000,
  imageBytes: 50 * 2 ** 20,
  skipped: 1_000,
} as const;

/** One article as a backup holds it: its records as they are, its images as base64. */
export function backupArticle({ entry, article, images }: DecodedArticle): BackupArticle {
  return {
    entry,
    article,
    images: images.map((im) => ({ id: im.id, url: im.url, type: im.type, data: bytesToBase64(im.bytes) })),
  };
}

/** The backup file of some articles, in the order given. */
export function backupFile(articles: BackupArticle[], exportedAt = new Date()): BackupFile {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: exportedAt.toISOString(), articles };
}
