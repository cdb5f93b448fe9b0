/**
 * A generated hostile page of about 10 MB (issue #9): a long article,
 * thousands of comments, 5,000 levels of nesting and 50,000 links.
 */
export interface HugePageOptions {
  paragraphs?: number;
  comments?: number;
  depth?: number;
  links?: number;
}

const SENTENCE =
  'The council approved the new transport plan on Monday after a long debate about costs, routes and the timetable for the first works. ';

/** Builds the page's HTML. */
export function hugePage({
  paragraphs = 12_000,
  comments = 20_000,
  depth = 5000,
  links = 50_000,
}: HugePageOptions = {}): string {
  const parts: string[] = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Huge page</title></head><body>',
  ];
  parts.push('<nav>');
  for (let i = 0; i < links; i++) parts.push(`<a href="/l/${i}">Link ${i}</a> `);
  parts.push('</nav><article><h1>Transport plan approved</h1>');
  for (let i = 0; i < paragraphs; i++) parts.push(`<p>Paragraph ${i}. ${SENTENCE.repeat(4)}</p>`);
  parts.push('</article><section class="comments">');
  for (let i = 0; i < comments; i++) {
    parts.push(
      `<div class="comment"><b>user${i}</b><p>I think this is comment number ${i} and it says little.</p></div>`,
    );
  }
  parts.push('</section>');
  parts.push('<div>'.repeat(depth) + 'deep' + '</div>'.repeat(depth));
  parts.push('</body></html>');
  return parts.join('');
}
