import { useLayoutEffect, useRef } from 'preact/hooks';
import { sanitizeToFragment } from '../lib/sanitize';

interface Props {
  html: string;
  class?: string;
  testId?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
}

/**
 * The one place article HTML enters an extension page (issue #9). It is
 * sanitized again here, in the extension's own DOM, whatever its origin:
 * what the page script returned is never trusted as-is.
 */
export function SafeHtml({ html, class: className, testId, lang, dir }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    // Nodes, not an HTML string: the page never parses article HTML itself (issue #10).
    if (ref.current) ref.current.replaceChildren(sanitizeToFragment(html));
  }, [html]);
  return <div ref={ref} class={className} data-testid={testId} lang={lang} dir={dir} />;
}
