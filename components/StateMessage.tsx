import type { ComponentChildren } from 'preact';

interface Props {
  title: string;
  message: string;
  kind: 'info' | 'error';
  children?: ComponentChildren;
}

/** A state the reader must understand: no article, a forbidden page, an error. */
export function StateMessage({ title, message, kind, children }: Props) {
  return (
    <section class={`state state-${kind}`} role={kind === 'error' ? 'alert' : 'status'} data-testid="state-message">
      <h1 class="state-title">{title}</h1>
      <p>{message}</p>
      {children}
    </section>
  );
}
