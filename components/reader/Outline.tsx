/** One heading of the article, for the outline. */
export interface OutlineItem {
  id: string;
  text: string;
  level: number;
}

/** Collects the article's headings (h2–h4) and gives each an id the outline links to. */
export function collectOutline(body: Element): OutlineItem[] {
  const items: OutlineItem[] = [];
  body.querySelectorAll('h2, h3, h4').forEach((h, i) => {
    const text = h.textContent?.replace(/\s+/g, ' ').trim();
    if (!text || h.closest('[data-precis-faq="section"]')) return;
    if (!h.id) h.id = `precis-h-${i}`;
    h.setAttribute('tabindex', '-1');
    items.push({ id: h.id, text, level: Number(h.tagName[1]) });
  });
  return items;
}

interface Props {
  items: OutlineItem[];
  active?: string;
}

/** The article's headings as a table of contents; following a link moves focus there too. */
export function Outline({ items, active }: Props) {
  if (items.length < 2) return null;
  const go = (e: MouseEvent, id: string) => {
    e.preventDefault();
    const target = document.getElementById(id);
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
    history.replaceState(null, '', `${location.search}#${id}`);
  };
  return (
    <nav class="outline" aria-labelledby="outline-title" data-testid="outline">
      <h2 id="outline-title" class="panel-title">
        On this page
      </h2>
      <ol>
        {items.map((item) => (
          <li key={item.id} class={`outline-level-${item.level}`}>
            <a
              href={`#${item.id}`}
              aria-current={active === item.id ? 'location' : undefined}
              onClick={(e) => go(e, item.id)}
            >
              {item.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
