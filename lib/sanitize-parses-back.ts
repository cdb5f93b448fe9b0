/**
 * A model of the HTML parser's tree-building rules, just enough to tell
 * when serialized markup parses back into the tree it came from, so that
 * lib/sanitize.ts can skip a second sanitizing pass (issue #3's speed target).
 */

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** Elements whose parsing has no rule that could move them: anything else is re-checked. */
const PLAIN = new Set(
  (
    'a abbr acronym address article aside audio b bdi bdo big blockquote br canvas caption center cite code col ' +
    'colgroup data dd del details dfn dir div dl dt em fieldset figcaption figure font footer h1 h2 h3 h4 h5 h6 ' +
    'header hgroup hr i img ins kbd label legend li main map mark menu meter nav ol output p picture pre progress ' +
    'q rp rt ruby s samp search section small source span strike strong sub summary sup table tbody td tfoot th ' +
    'thead time tr track tt u ul var video wbr'
  ).split(' '),
);
/** Start tags that close an open <p> (HTML's "in body" rules; table only outside quirks mode, counted anyway). */
export const CLOSES_P = new Set(
  (
    'address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer header ' +
    'hgroup main menu nav ol p search section summary ul h1 h2 h3 h4 h5 h6 pre listing form li dd dt plaintext ' +
    'table hr xmp'
  ).split(' '),
);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const VOID = new Set('area base br col embed hr img input link meta source track wbr'.split(' '));
/** Where each table part may stand, and what a table part may hold. */
const TABLE_PARENT: Record<string, string> = {
  caption: 'table',
  colgroup: 'table',
  thead: 'table',
  tbody: 'table',
  tfoot: 'table',
  tr: 'tbody thead tfoot',
  td: 'tr',
  th: 'tr',
  col: 'colgroup',
};
const TABLE_CHILDREN: Record<string, string> = {
  table: 'caption colgroup thead tbody tfoot',
  thead: 'tr',
  tbody: 'tr',
  tfoot: 'tr',
  tr: 'td th',
  colgroup: 'col',
};
/** HTML's "special" elements among PLAIN, which stop the search for an open <li>, <dd> or <dt>. */
const SPECIAL = new Set(
  (
    'address article aside blockquote br caption center col colgroup dd details dir div dl dt fieldset figcaption ' +
    'figure footer h1 h2 h3 h4 h5 h6 header hgroup hr img li main menu nav ol p pre search section source summary ' +
    'table tbody td tfoot th thead tr track ul wbr'
  ).split(' '),
);

/**
 * Whether the HTML parser, given `root`'s serialized content, builds the
 * same tree again: true only when no parsing rule can apply that moves or
 * closes an element early (a block in a <p>, a link in a link, an <li> in an
 * <li>, a stray table part, a newline opening a <pre>, an element outside
 * the plain set...). False means "parse it and see". The property tests in
 * tests/unit/sanitize*.test.ts check that a true answer is always right.
 */
export function parsesBack(root: Element): boolean {
  const stack: Array<[Node, number]> = [];
  for (let c = root.lastChild; c; c = c.previousSibling) stack.push([c, 0]);
  // Depth-first; each node carries whether a <p> or an <a> is open around it (IN_P | IN_A).
  while (stack.length > 0) {
    const [node, open] = stack.pop()!;
    if (node.nodeType === 3) {
      const parent = node.parentNode as Element;
      if (parent !== root && TABLE_CHILDREN[parent.localName] && /[^\t\n\f\r ]/.test(node.nodeValue ?? '')) {
        return false;
      }
      continue;
    }
    if (node.nodeType !== 1) return false;
    const el = node as Element;
    const tag = el.localName;
    if (el.namespaceURI !== HTML_NS || !PLAIN.has(tag)) return false;
    const parent = el.parentNode as Element;
    const parentTag = parent === root ? '' : parent.localName;
    if ((open & IN_P && CLOSES_P.has(tag)) || (open & IN_A && tag === 'a')) return false;
    if (VOID.has(tag) && el.firstChild) return false;
    if (HEADINGS.has(tag) && HEADINGS.has(parentTag)) return false;
    const place = TABLE_PARENT[tag];
    if (place ? !place.split(' ').includes(parentTag) : TABLE_CHILDREN[parentTag]) return false;
    if ((tag === 'rt' || tag === 'rp') && parentTag !== 'ruby') return false;
    if ((tag === 'li' || tag === 'dd' || tag === 'dt') && closesOpenItem(el, root)) return false;
    if (tag === 'pre') {
      const first = el.firstChild;
      if (first && first.nodeType === 3 && /^(?:$|\n)/.test(first.nodeValue ?? '')) return false;
    }
    const next = open | (tag === 'p' ? IN_P : 0) | (tag === 'a' ? IN_A : 0);
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push([c, next]);
  }
  return true;
}

const IN_P = 1;
const IN_A = 2;

/** An <li> (or <dd>/<dt>) start tag closes an open one found before a special element other than div, p or address. */
function closesOpenItem(el: Element, root: Element): boolean {
  const list = el.localName === 'li';
  for (let a = el.parentElement; a && a !== root; a = a.parentElement) {
    const t = a.localName;
    if (list ? t === 'li' : t === 'dd' || t === 'dt') return true;
    if (SPECIAL.has(t) && t !== 'div' && t !== 'p' && t !== 'address') return false;
  }
  return false;
}
