import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import config from '../../wxt.config';

type Manifest = Record<string, unknown>;

const firefox = async (mode = 'production'): Promise<Manifest> => {
  const make = config.manifest as (env: object) => Manifest | Promise<Manifest>;
  return make({ browser: 'firefox', mode, manifestVersion: 2, command: 'build' });
};

describe('Firefox manifest (issue #10)', () => {
  it('keeps a stable add-on id, declares no data collection and needs Firefox 140', async () => {
    const gecko = ((await firefox()).browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko).toEqual({
      id: 'precis@precis-reader.org',
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
  });

  it('asks for all-sites access only as an optional permission, in the MV2 key', async () => {
    const m = await firefox();
    expect(m.optional_permissions).toEqual(['<all_urls>']);
    expect(m.optional_host_permissions).toBeUndefined();
    expect(m.host_permissions).toBeUndefined();
  });

  it('names the toolbar button browser_action with its icons, and its shortcut _execute_browser_action', async () => {
    const m = await firefox();
    expect(m.action).toBeUndefined();
    expect(m.browser_action).toMatchObject({ default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' } });
    expect(Object.keys(m.commands as object)).toContain('_execute_browser_action');
  });

  it.each([16, 32, 48, 64, 96, 128])('ships the %i px icon rendered from assets/icon.svg', (size) => {
    expect(existsSync(join(import.meta.dirname, '..', '..', 'public', 'icon', `${size}.png`))).toBe(true);
  });
});
