/** Placeholder shown while the page is being read, so the popup is never blank. */
export function Skeleton() {
  return (
    <div class="skeleton" role="status" aria-live="polite" data-testid="state-loading">
      <span class="visually-hidden">Reading the page…</span>
      <div class="skeleton-line short" />
      <div class="skeleton-line title" />
      <div class="skeleton-line title" />
      <div class="skeleton-line short" />
      {[1, 2, 3, 4].map((i) => (
        <div key={i} class="skeleton-line" />
      ))}
    </div>
  );
}
