import { browser } from 'wxt/browser';

/**
 * Where Chrome (Manifest V3) and Firefox (Manifest V2, see wxt.config.ts)
 * differ for Precis, in one place (issue #10). Everything else is the same
 * API in both: `scripting` (Firefox 102+ in MV2), `storage.session`
 * (Firefox 115+ in MV2), `permissions.request` for the optional all-sites
 * access (`optional_permissions` in MV2, asked for from a click in both),
 * `storage.sync` with the same quotas (100 KB, 8 KB an item; settings are
 * far smaller), and `speechSynthesis`, whose voices both browsers may list
 * only after `voiceschanged` (utils/speech-engine.ts waits for it).
 */

/** The toolbar button: `action` in MV3, `browserAction` in Firefox's MV2. Both have the calls Precis makes. */
export function toolbarButton(): typeof browser.action {
  // MANIFEST_VERSION is fixed at build time, so each build keeps one branch.
  return import.meta.env.MANIFEST_VERSION === 2
    ? (browser as unknown as { browserAction: typeof browser.action }).browserAction
    : browser.action;
}
