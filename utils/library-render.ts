import { bytesToBase64 } from '../lib/library/base64';
import { resolvePlaceholders } from '../lib/library/images';
import type { ExtractedArticle } from '../lib/types';
import { library, type Library, type SavedArticle } from './library-db';

/**
 * Turns a saved article's image placeholders into something a page can
 * show, from IndexedDB only (issue #7). The result still goes through
 * <SafeHtml>, whose sanitizer allows `blob:` and raster `data:` images.
 */

/**
 * The article with its kept images as `blob:` URLs. Call `revoke` when the
 * view goes away. For the reader (`reader.html?id=<id>`) and the library.
 */
export async function resolveArticleImages(
  saved: SavedArticle,
  lib: Library = library,
): Promise<{ article: ExtractedArticle; revoke: () => void }> {
  const images = await lib.getImages(saved.entry.id);
  const urls = new Map(images.map((im) => [im.id, URL.createObjectURL(im.blob)]));
  const html = resolvePlaceholders(saved.article.html, (id) => urls.get(id));
  return {
    article: { ...saved.article, html },
    revoke: () => urls.forEach((u) => URL.revokeObjectURL(u)),
  };
}

/** The article with its kept images inlined as `data:` URLs, for a self-contained HTML file. */
export async function inlineArticleImages(saved: SavedArticle, lib: Library = library): Promise<ExtractedArticle> {
  const images = await lib.getImages(saved.entry.id);
  const data = new Map<string, string>();
  for (const im of images) {
    data.set(im.id, `data:${im.type};base64,${bytesToBase64(new Uint8Array(await im.blob.arrayBuffer()))}`);
  }
  return { ...saved.article, html: resolvePlaceholders(saved.article.html, (id) => data.get(id)) };
}

/** The article with images pointing back at their original addresses (Markdown export). */
export function onlineArticle(saved: SavedArticle): ExtractedArticle {
  return { ...saved.article, html: resolvePlaceholders(saved.article.html, (_id, original) => original) };
}

/**
 * A saved article ready to show offline, for the reader (`reader.html?id=<id>`):
 * images resolved to `blob:` URLs, `release` frees them. Null when there is no such article.
 */
export async function openSavedArticle(
  id: string,
  lib: Library = library,
): Promise<{ article: ExtractedArticle; release: () => void } | null> {
  const saved = await lib.getArticle(id);
  if (!saved) return null;
  const { article, revoke } = await resolveArticleImages(saved, lib);
  return { article, release: revoke };
}
