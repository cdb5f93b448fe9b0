import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

type Manifest = Record<string, unknown>;

const manifestFor = async (browser: 'chrome' | 'firefox', mode = 'production'): Promise<Manifest> => {
  const make = config.manifest as (env: object) => Manifest | Promise<Manifest>;
  return make({ browser, mode, manifestVersion: browser === 'chrome' ? 3 : 2, command: 'build' });
};

describe('permissions (issue #9: least privilege)', () => {
  it('asks for exactly activeTab, scripting, storage, unlimitedStorage and contextMenus, plus offscreen in Chrome', async () => {
    // offscreen (no install warning): Chrome's service worker has no DOM to read a page saved from the menu.
    const m = await manifestFor('chrome');
    expect([...(m.permissions as string[])].sort()).toEqual(
      ['activeTab', 'contextMenus', 'offscreen', 'scripting', 'storage', 'unlimitedStorage'].sort(),
    );
    const firefox = await manifestFor('firefox');
    expect([...(firefox.permissions as string[])].sort()).toEqual(
      ['activeTab', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage'].sort(),
    );
  });

  it('has no host access in the release build; all-sites access is optional, for offline images', async () => {
    const m = await manifestFor('chrome');
    expect(m.host_permissions).toBeUndefined();
    expect(m.optional_host_permissions).toEqual(['<all_urls>']);
    expect(m.content_scripts).toBeUndefined();
  });

  it('gives only the browser-test build access to 127.0.0.1', async () => {
    expect((await manifestFor('chrome', 'e2e')).host_permissions).toEqual(['http://127.0.0.1/*']);
  });

  it('sets a strict content security policy on extension pages', async () => {
    const csp = (await manifestFor('chrome')).content_security_policy as { extension_pages: string };
    expect(csp.extension_pages).toBe("script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
  });
});
