import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness';

/**
 * The library page's list controls in Chromium (issue #7): paging, the
 * read-state, tag and sort menus, search, per-row and bulk tagging, and
 * bulk read state. The articles come in through Import backup.
 */
describe('library list in Chromium', () => {
  let ext: ExtensionBrowser | undefined;
  beforeAll(async () => {
    ext = await launchWithExtension();
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('pages, filters, sorts, searches and tags the list, and acts on the selected articles', async () => {
    const lib = await ext!.context.newPage();
    await lib.goto(`chrome-extension://${ext!.extensionId}/library.html`);
    await lib.getByTestId('library-empty').waitFor({ timeout: 15_000 });
    const filler = Array.from({ length: 50 }, (_, n) => ({ title: `Filler ${n}`, site: 'f.example', at: 100 + n }));
    const articles = [
      { title: 'Alpha', site: 'b.example', at: 3000 },
      { title: 'Bravo', site: 'a.example', at: 2000, tags: ['kept'] },
      { title: 'Charlie', site: 'c.example', at: 2500, tags: ['kept'], read: true },
      ...filler,
    ];
    await lib.getByTestId('import-input').setInputFiles({
      name: 'list.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(listBackup(articles))),
    });
    await expect.poll(() => lib.getByTestId('library-status').textContent()).toMatch(/Imported 53 articles/);
    await expect.poll(() => lib.getByTestId('library-item').count()).toBe(50);
    await lib.getByRole('button', { name: 'Show more (3 left)' }).click();
    await expect.poll(() => lib.getByTestId('library-item').count()).toBe(53);

    const titles = () => lib.getByTestId('library-item-title').allTextContents();
    const row = (title: string) => lib.getByTestId('library-item').filter({ hasText: title });
    const menu = (label: string) => lib.getByRole('combobox', { name: label, exact: true });
    await menu('Tag').selectOption('kept');
    await expect.poll(titles).toEqual(['Charlie', 'Bravo']);
    await menu('Sort').selectOption('title');
    await expect.poll(titles).toEqual(['Bravo', 'Charlie']);
    await menu('Show').selectOption('unread');
    await expect.poll(titles).toEqual(['Bravo']);
    await menu('Show').selectOption('read');
    await expect.poll(titles).toEqual(['Charlie']);
    await menu('Show').selectOption('all');

    await row('Bravo').getByRole('button', { name: 'Tag' }).click();
    await lib.getByLabel('Tags (comma-separated)').fill('Kept, Fresh  Start');
    await lib.getByRole('button', { name: 'Save tags' }).click();
    await expect.poll(() => row('Bravo').locator('.lib-tag').allTextContents()).toEqual(['kept', 'fresh start']);

    await lib.getByLabel('Select all shown').check();
    await expect.poll(() => lib.locator('.lib-bulk').textContent()).toContain('2 selected');
    await lib.locator('.lib-bulk').getByRole('button', { name: 'Mark read' }).click();
    await expect.poll(() => lib.locator('.lib-row.is-read').count()).toBe(2);
    await lib.locator('.lib-bulk').getByRole('button', { name: 'Mark unread' }).click();
    await expect.poll(() => lib.locator('.lib-row.is-read').count()).toBe(0);
    await lib.locator('.lib-bulk').getByRole('button', { name: 'Tag' }).click();
    await lib.getByLabel('Add tags to 2 articles (comma-separated)').fill('both');
    await lib.getByRole('button', { name: 'Save tags' }).click();
    await expect.poll(() => row('Charlie').locator('.lib-tag').allTextContents()).toEqual(['kept', 'both']);
    await expect
      .poll(() => row('Bravo').locator('.lib-tag').allTextContents())
      .toEqual(['kept', 'fresh start', 'both']);

    await lib.getByTestId('library-search').fill('Charlie');
    await expect.poll(titles).toEqual(['Charlie']);
    expect(await lib.locator('.lib-count').textContent()).toBe('1 found');
    expect(await menu('Sort').isDisabled()).toBe(true);
  });
});

/** A library backup of small articles: a title, a site, a save time, tags and read state each. */
function listBackup(articles: { title: string; site: string; at: number; tags?: string[]; read?: boolean }[]) {
  return {
    format: 'precis-library-backup',
    version: 1,
    exportedAt: new Date(0).toISOString(),
    articles: articles.map((a, n) => {
      const url = `https://${a.site}/list-${n}`;
      const text = `${a.title} is one of the articles in the list.`;
      return {
        entry: {
          id: `list${n}`,
          url,
          keys: [url],
          title: a.title,
          siteName: a.site,
          readingMinutes: 1,
          wordCount: 9,
          savedAt: a.at,
          updatedAt: a.at,
          read: a.read ?? false,
          tags: a.tags ?? [],
          notes: '',
          imageCount: 0,
          imageBytes: 0,
          skippedImages: [],
        },
        article: {
          url,
          title: a.title,
          siteName: a.site,
          html: `<p>${text}</p>`,
          text,
          wordCount: 9,
          readingMinutes: 1,
          faq: [],
          points: [],
          pointsSource: 'none',
          isArticle: true,
        },
        images: [],
      };
    }),
  };
}
