import type { Plugin } from 'vite';

/**
 * Removes the three HTML-string sinks left in Precis's bundles, all in
 * third-party code (issue #10). AMO's linter (`web-ext lint`, which
 * `npm test` runs with warnings as errors) flags every assignment of a
 * non-literal to `innerHTML`, and it ignores the libraries' own
 * `eslint-disable` comments. Precis's code has no such sink: article HTML
 * reaches a page as nodes (lib/sanitize.ts `sanitizeToFragment`). Each patch
 * below is exact: if a library update changes the code, the build stops,
 * so the patch is reviewed again rather than silently skipped.
 *
 * Applied to the extension build (wxt.config.ts) and to the unit and
 * fixture tests (vitest.config.ts), so the tests run the patched code.
 */
interface Patch {
  /** Which module, by its resolved path. */
  module: RegExp;
  why: string;
  find: string;
  replace: string;
}

export const PATCHES: Patch[] = [
  {
    // Preact 11 (dist/preact.mjs, minified): the `dangerouslySetInnerHTML` prop.
    module: /\/node_modules\/preact\/dist\/preact\.mjs$/,
    why: 'Preact: dangerouslySetInnerHTML is off; article HTML goes through <SafeHtml> (an eslint rule forbids the prop)',
    find: '(t.innerHTML=h.__html)',
    replace: '(()=>{throw Error("Precis: dangerouslySetInnerHTML is disabled; use <SafeHtml>")})()',
  },
  {
    // DOMPurify 3: a fallback for browsers whose DOMParser cannot parse
    // text/html, and for non-HTML namespaces, which Precis does not use.
    // Firefox, Chrome and jsdom always parse; should one ever fail, the
    // result is now empty (fail closed) instead of parsed by innerHTML.
    module: /\/node_modules\/dompurify\/dist\/purify\.es\.mjs$/,
    why: 'DOMPurify: no innerHTML fallback parser',
    find: 'doc.documentElement.innerHTML = IS_EMPTY_INPUT ? emptyHTML : dirtyPayload;',
    replace: '/* Precis: no innerHTML fallback (scripts/no-html-sinks.ts) */',
  },
  {
    // Readability 0.6: before retrying with looser flags it restores the
    // page from a serialized copy. A deep clone restores the same nodes
    // without serializing and re-parsing them.
    module: /\/node_modules\/@mozilla\/readability\/Readability\.js$/,
    why: 'Readability: page cache as a clone',
    find: 'var pageCacheHtml = page.innerHTML;',
    replace: 'var pageCache = page.cloneNode(true);',
  },
  {
    module: /\/node_modules\/@mozilla\/readability\/Readability\.js$/,
    why: 'Readability: page restored from the clone',
    find: 'page.innerHTML = pageCacheHtml;',
    replace: 'page.replaceChildren(...pageCache.cloneNode(true).childNodes);',
  },
  {
    // Readability 0.6 re-parses <noscript> image fallbacks. DOMParser does the
    // same parse in an inert document of its own; the nodes then move over.
    // The window is found as lib/extract/index.ts finds it for sanitizing.
    module: /\/node_modules\/@mozilla\/readability\/Readability\.js$/,
    why: 'Readability: <noscript> parsed by DOMParser',
    find: 'tmp.innerHTML = noscript.innerHTML;',
    replace:
      'var view = doc.defaultView || (typeof window !== "undefined" ? window : null);\n' +
      '      if (!view) return;\n' +
      '      tmp.append(...Array.from(new view.DOMParser().parseFromString(noscript.innerHTML, "text/html").body.childNodes));',
  },
];

/** The Vite plugin that applies PATCHES, failing the build when one no longer matches exactly once. */
export function noHtmlSinks(): Plugin {
  return {
    name: 'precis:no-html-sinks',
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0]!.replaceAll('\\', '/');
      const patches = PATCHES.filter((p) => p.module.test(path));
      if (!patches.length) return null;
      let out = code;
      for (const p of patches) {
        const found = out.split(p.find).length - 1;
        if (found !== 1) {
          this.error(
            `${p.why}: expected "${p.find}" once in ${path}, found it ${found} times. Review scripts/no-html-sinks.ts.`,
          );
        }
        out = out.replace(p.find, () => p.replace);
      }
      return { code: out, map: null };
    },
  };
}
