/**
 * Highlights a range of the rendered article: a main point, or the sentence
 * being read aloud (issue #6). Uses the CSS Custom Highlight API, which
 * leaves the article DOM untouched (other extensions, like dictionaries and
 * highlighters, keep working on it); where it is missing, the block element
 * gets the `precis-highlight` class instead.
 */

type HighlightRegistry = Map<string, unknown>;
type HighlightCtor = new (...ranges: Range[]) => unknown;

function registry(): { map: HighlightRegistry; Highlight: HighlightCtor } | undefined {
  const css = globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined;
  const Highlight = (globalThis as unknown as { Highlight?: HighlightCtor }).Highlight;
  return css?.highlights && Highlight ? { map: css.highlights, Highlight } : undefined;
}

const fallbacks = new Map<string, Element>();

/** Shows `range` (or the whole `block`, when the sentence was not found) as highlight `name`. */
export function setHighlight(name: string, range: Range | null, block: Element): void {
  clearHighlight(name);
  const api = registry();
  if (api && range) {
    api.map.set(name, new api.Highlight(range));
    return;
  }
  block.classList.add('precis-highlight');
  fallbacks.set(name, block);
}

export function clearHighlight(name: string): void {
  registry()?.map.delete(name);
  fallbacks.get(name)?.classList.remove('precis-highlight');
  fallbacks.delete(name);
}
