/**
 * Removes blocks Readability keeps but readers do not want: ad labels,
 * read-also links, prompts (issue #3 grows this).
 */

/** Removes clutter blocks from extracted article content, in place. */
export function removeClutter(root: Element): void {
  void root;
}
