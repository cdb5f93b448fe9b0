import { base64ToBytes } from './base64';
import { checkArticle } from './backup-article';
import { arr, fail, httpUrl, ID, Invalid, isObj, obj, str } from './backup-checks';
import { checkEntry } from './backup-entry';
import { BACKUP_FORMAT, BACKUP_VERSION, LIMITS, type DecodedArticle } from './backup-format';
import { IMAGE_TYPES } from './images';

/**
 * Reads a backup file (lib/library/backup-format.ts) back. Every field is
 * checked before anything is written, so a bad file changes nothing.
 */

export type BackupCheck = { ok: true; articles: DecodedArticle[] } | { ok: false; error: string };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function checkImages(v: unknown, path: string, articleId: string): DecodedArticle['images'] {
  const seen = new Set<string>();
  return arr(v, path, LIMITS.imagesPerArticle).map((im, i) => {
    const p = `${path}[${i}]`;
    const o = obj(im, p, ['id', 'url', 'type', 'data']);
    const id = str(o.id, `${p}.id`, 64 + 12);
    if (!id.startsWith(`${articleId}-`) || !ID.test(id.slice(articleId.length + 1)))
      fail(`${p}.id`, 'does not belong to its article');
    if (seen.has(id)) fail(`${p}.id`, 'is repeated');
    seen.add(id);
    const type = str(o.type, `${p}.type`, 64);
    if (!IMAGE_TYPES.test(type)) fail(`${p}.type`, 'is not an image type Precis keeps');
    const data = str(o.data, `${p}.data`, Math.ceil(LIMITS.imageBytes / 3) * 4);
    const bytes = base64ToBytes(data);
    if (!bytes) fail(`${p}.data`, 'is not base64');
    return { id, url: httpUrl(o.url, `${p}.url`), type, bytes: bytes! };
  });
}

/**
 * Reads and checks a backup file's text. Either every article is valid, or
 * the answer names the first problem found: nothing half-checked gets through.
 */
export function parseBackup(text: string): BackupCheck {
  if (text.length > LIMITS.fileChars) return { ok: false, error: 'This file is too large to be a Precis backup.' };
  let data: unknown;
  try {
    data = JSON.parse(text, function (this: unknown, key: string, value: unknown) {
      if (FORBIDDEN_KEYS.has(key)) throw new Invalid(`The backup contains a forbidden field name (“${key}”).`);
      return value;
    });
  } catch (err) {
    if (err instanceof Invalid) return { ok: false, error: `${err.message} Nothing was imported.` };
    return {
      ok: false,
      error: 'This file is not a complete Precis backup: it is cut short or not JSON. Nothing was imported.',
    };
  }
  try {
    return { ok: true, articles: checkBackup(data) };
  } catch (err) {
    if (!(err instanceof Invalid)) throw err;
    return { ok: false, error: `This backup is not valid: ${err.message} Nothing was imported.` };
  }
}

function checkBackup(data: unknown): DecodedArticle[] {
  if (!isObj(data) || data.format !== BACKUP_FORMAT) {
    throw new Invalid('it is not a Precis library backup (no “format” field).');
  }
  if (data.version !== BACKUP_VERSION) {
    throw new Invalid(
      typeof data.version === 'number' && data.version > BACKUP_VERSION
        ? `it was written by a newer Precis (format version ${data.version}); update Precis to import it.`
        : `format version ${String(data.version)} is not one this Precis reads.`,
    );
  }
  const top = obj(data, 'backup', ['format', 'version', 'exportedAt', 'articles']);
  str(top.exportedAt, 'backup.exportedAt', 64);
  const ids = new Set<string>();
  return arr(top.articles, 'backup.articles', LIMITS.articles).map((a, i) => {
    const path = `articles[${i}]`;
    const o = obj(a, path, ['entry', 'article', 'images']);
    const entry = checkEntry(o.entry, `${path}.entry`);
    if (ids.has(entry.id)) fail(`${path}.entry.id`, 'is repeated');
    ids.add(entry.id);
    const article = checkArticle(o.article, `${path}.article`);
    const images = checkImages(o.images, `${path}.images`, entry.id);
    return { entry, article, images };
  });
}
