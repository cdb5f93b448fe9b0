/**
 * Keeps an element where a jump put it while the page settles: images that
 * take their height once loaded, a late web font, a panel drawn a moment
 * later all move a main point the reader was sent to out of view. Each
 * change of layout puts it back, until the reader scrolls, presses a key or
 * touches the page, or `settleMs` have passed.
 */
export function keepInView(target: Element, place: () => void, settleMs = 5000): () => void {
  const doc = target.ownerDocument;
  const win = doc.defaultView;
  if (!win || typeof win.ResizeObserver === 'undefined') return () => undefined;
  // The observer reports each element once on observe(): that is the layout the jump already used.
  const seen = new Set<Element>();
  const observer = new win.ResizeObserver((entries) => {
    let changed = false;
    for (const entry of entries) {
      if (seen.has(entry.target)) changed = true;
      else seen.add(entry.target);
    }
    if (changed) place();
  });
  observer.observe(doc.documentElement);
  if (doc.body) observer.observe(doc.body);
  const timer = win.setTimeout(() => stop(), settleMs);
  const stop = () => {
    observer.disconnect();
    win.clearTimeout(timer);
    for (const type of USER_INPUT) win.removeEventListener(type, stop, true);
  };
  for (const type of USER_INPUT) win.addEventListener(type, stop, { capture: true, passive: true });
  return stop;
}

/** What a reader does to scroll or move on by themselves. */
const USER_INPUT = ['wheel', 'keydown', 'touchstart', 'pointerdown'] as const;
