// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizeHtml, sanitizeToFragment } from '../../lib/sanitize';

/** What a fragment looks like as markup, for comparing with sanitizeHtml's string. */
function markup(fragment: DocumentFragment): string {
  const box = document.createElement('div');
  box.append(fragment);
  return box.innerHTML;
}

describe('sanitizeToFragment (SafeHtml gets nodes, never an HTML string; issue #10)', () => {
  it.each([
    {
      title: 'plain article markup',
      payload: '<h2>Title</h2><p>Text with <a href="https://a.example/">a link</a>.</p>',
    },
    { title: 'an event handler', payload: '<img src="https://a.example/i.png" onerror="alert(1)">' },
    { title: 'a script', payload: '<p>a</p><script>alert(1)</script><p>b</p>' },
    { title: 'a javascript: link', payload: '<a href="javascript:alert(1)">x</a>' },
    { title: 'a table', payload: '<table><tr><td>1</td></tr></table>' },
  ])('gives the same tree as sanitizeHtml for $title', ({ payload }) => {
    expect(markup(sanitizeToFragment(payload))).toBe(sanitizeHtml(payload));
  });

  it('returns nodes of the receiving document, with no script and no handler', () => {
    const fragment = sanitizeToFragment('<p onclick="x()">hi</p><script>window.ran = true</script>');
    expect(fragment.ownerDocument).toBe(document);
    expect(fragment.querySelector('script, [onclick]')).toBeNull();
    document.body.append(fragment);
    expect((window as unknown as { ran?: boolean }).ran).toBeUndefined();
  });
});
