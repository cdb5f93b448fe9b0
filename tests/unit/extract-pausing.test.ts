/**
 * Extraction that pauses between its steps (issue #9): in Chrome the
 * offscreen document shares its thread with the popup, which must still
 * paint and answer while a large page is read. Same result, with pauses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle, extractArticlePausing } from '../../lib/extract';

const PAGES = join(import.meta.dirname, '..', 'fixtures', 'pages');
const page = (name: string) => {
  const url = `http://fakehost/${name}/`;
  return { doc: new JSDOM(readFileSync(join(PAGES, name, 'source.html'), 'utf8'), { url }).window.document, url };
};

describe('extraction that pauses between steps', () => {
  it.each(['seed-news-page', 'no-article', 'faq-section-deep-details'])(
    'gives the same result on %s',
    async (name) => {
      const direct = page(name);
      const paused = page(name);
      let pauses = 0;
      const result = await extractArticlePausing(
        paused.doc,
        { url: paused.url, fallbackText: true },
        {
          pause: async () => {
            pauses++;
          },
          sliceMs: 0,
        },
      );
      expect(result).toEqual(extractArticle(direct.doc, { url: direct.url, fallbackText: true }));
      expect(pauses).toBeGreaterThanOrEqual(4);
      // Two whole extractions of a page: on a loaded machine this outlasted vitest's default 5 s.
    },
    30_000,
  );

  it('runs its steps back to back within a slice of time', async () => {
    const { doc, url } = page('seed-news-page');
    let pauses = 0;
    const pause = async () => {
      pauses++;
    };
    const result = await extractArticlePausing(doc, { url }, { pause, sliceMs: Infinity });
    expect(result.ok).toBe(true);
    expect(pauses).toBe(0);
  }, 30_000);

  it('lets other work run between its steps', async () => {
    const { doc, url } = page('seed-news-page');
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    let ticksBeforeEnd = 0;
    const reading = extractArticlePausing(doc, { url }, { sliceMs: 0 }).then((r) => {
      ticksBeforeEnd = ticks;
      return r;
    });
    const result = await reading;
    clearInterval(timer);
    expect(result.ok).toBe(true);
    expect(ticksBeforeEnd).toBeGreaterThan(0);
  });
});
