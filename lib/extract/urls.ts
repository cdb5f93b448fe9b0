/**
 * Makes a document's links and media addresses absolute against the page's
 * base address. Needed when the document was parsed from a copy of the page
 * (lib/extract/snapshot.ts): its own base is the extension page's, and
 * Readability resolves relative addresses against the document's base.
 */

const URL_ATTRS = ['href', 'src', 'poster', 'cite'] as const;
const ALL_ADDRESSES = '[href],[src],[srcset],[poster],[cite]';
/** Where lazy-image resolution (lib/extract/lazy-images.ts) writes the addresses it finds. */
export const IMAGE_ADDRESSES = 'img[src],img[srcset],source[src],source[srcset]';

/**
 * The candidates of a `srcset`, each "address [descriptor]", trimmed: they are
 * separated by commas followed by space or ending the attribute (an address
 * may hold a comma only when no space follows it).
 */
export function srcsetCandidates(srcset: string): string[] {
  return srcset
    .split(/,\s+|,(?=\s*$)/)
    .map((candidate) => candidate.trim())
    .filter(Boolean);
}

function absoluteSrcset(value: string, base: string): string {
  return srcsetCandidates(value)
    .map((candidate) => {
      const [address = '', ...descriptor] = candidate.split(/\s+/);
      return [absolute(address, base), ...descriptor].join(' ');
    })
    .join(', ');
}

function absolute(value: string, base: string): string {
  const trimmed = value.trim();
  // In-page anchors stay as they are, as Readability leaves them on the page itself.
  if (trimmed === '' || trimmed.startsWith('#')) return value;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return value;
  }
}

/** Rewrites every relative address under `root` (href, src, srcset, poster, cite) against `base`. */
export function absolutizeUrls(root: ParentNode, base: string, selector = ALL_ADDRESSES): void {
  for (const el of Array.from(root.querySelectorAll(selector))) {
    for (const name of URL_ATTRS) {
      const value = el.getAttribute(name);
      if (value !== null) {
        const next = absolute(value, base);
        if (next !== value) el.setAttribute(name, next);
      }
    }
    const srcset = el.getAttribute('srcset');
    if (srcset) {
      const next = absoluteSrcset(srcset, base);
      if (next !== srcset) el.setAttribute('srcset', next);
    }
  }
}

/**
 * The site a URL belongs to: its host's last two labels, three under a
 * country's "co.uk"-like suffix. Links to it are the site's own stories.
 */
export function siteOf(url: string): string | undefined {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return undefined;
  }
  const labels = host.split('.');
  const keep = labels.length > 2 && labels.at(-1)!.length === 2 && labels.at(-2)!.length <= 3 ? 3 : 2;
  return labels.slice(-keep).join('.');
}
