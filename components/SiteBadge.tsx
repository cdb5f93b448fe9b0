interface Props {
  site: string;
}

/**
 * The site's initial on a colour derived from its name. The popup makes no
 * request of its own to the page's server (issue #9), so no remote favicon.
 */
export function SiteBadge({ site }: Props) {
  const letter = (site.replace(/^(?:www\.)?/i, '').match(/\p{L}|\p{N}/u)?.[0] ?? '?').toUpperCase();
  let hash = 0;
  for (const ch of site) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) % 360;
  return (
    <span class="site-badge" style={`--badge-hue: ${hash}`} aria-hidden="true">
      {letter}
    </span>
  );
}
