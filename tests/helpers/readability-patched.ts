/**
 * Readability for the unit and fixture tests, loaded file by file so that
 * vitest transforms (and scripts/no-html-sinks.ts patches) Readability.js as
 * the extension build does; the package's CommonJS index would load it with
 * Node's own require, unpatched. vitest.config.ts aliases the package here.
 */
import type * as Package from '@mozilla/readability';
// @ts-expect-error -- the CommonJS files have no declarations of their own; the package's apply below.
import ReadabilityJs from '../../node_modules/@mozilla/readability/Readability.js';
// @ts-expect-error -- as above.
import readerableJs from '../../node_modules/@mozilla/readability/Readability-readerable.js';

export const Readability = ReadabilityJs as typeof Package.Readability;
export const isProbablyReaderable = readerableJs as typeof Package.isProbablyReaderable;
