import { useState } from 'preact/hooks';
import type { ExtractedArticle } from '../lib/types';
import { Icon } from './Icon';

/**
 * Copies the article as Markdown. The converter (Turndown) loads on first
 * use, so the popup's first paint does not wait for it.
 */
export function CopyMarkdownButton({ article, class: className }: { article: ExtractedArticle; class?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      const { articleToMarkdown } = await import('../lib/markdown');
      await navigator.clipboard.writeText(articleToMarkdown(article));
      setState('copied');
    } catch {
      setState('failed');
    }
    setTimeout(() => setState('idle'), 2000);
  };
  return (
    <button type="button" class={className ?? 'button'} data-testid="copy-markdown" onClick={() => void copy()}>
      <Icon name={state === 'copied' ? 'check' : 'copy'} />
      <span aria-live="polite">
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy as Markdown'}
      </span>
    </button>
  );
}
