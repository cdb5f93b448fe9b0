import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { useCollapsed } from '../hooks/useCollapsed';
import { Icon } from './Icon';

interface Props {
  id: string;
  title: string;
  /** Shown beside the title, e.g. how many points. */
  count?: number;
  testId?: string;
  class?: string;
  /** Opens the section when it turns true (e.g. "show in article" asked for the body). */
  forceOpen?: boolean;
  children: ComponentChildren;
}

/** A popup section whose header collapses it; the choice is remembered per section. */
export function Collapsible({ id, title, count, testId, class: className, forceOpen, children }: Props) {
  const [collapsed, setCollapsed] = useCollapsed(id);
  useEffect(() => {
    if (forceOpen && collapsed) setCollapsed(false);
    // Only a change of forceOpen opens the section; the reader may collapse it again after.
  }, [forceOpen]);
  const open = !collapsed;
  const bodyId = `section-${id}`;
  return (
    <section class={`section ${className ?? ''} ${open ? 'is-open' : 'is-collapsed'}`} data-testid={testId}>
      <h2 class="section-heading">
        <button
          type="button"
          class="section-toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          data-testid={`toggle-${id}`}
          onClick={() => setCollapsed(open)}
        >
          <Icon name="chevron" size={14} />
          <span>{title}</span>
          {count !== undefined && <span class="section-count">{count}</span>}
        </button>
      </h2>
      <div id={bodyId} class="section-body" hidden={!open}>
        {children}
      </div>
    </section>
  );
}
