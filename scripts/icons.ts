/**
 * Renders every icon size the stores and browsers ask for from the one
 * source, assets/icon.svg, into public/icon/<size>.png (issue #10). WXT
 * lists public/icon/<size>.png in the manifest's `icons` by itself.
 *
 * The PNGs are committed, so a build never needs this tool: run
 * `npm run icons` after changing the SVG, and commit both.
 * Chrome Web Store: 128 (plus 16/32/48 for the toolbar and the extensions
 * page); AMO and Firefox: 48 and 96 (32 and 64 on high-density toolbars).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

export const ICON_SIZES = [16, 32, 48, 64, 96, 128] as const;

const root = join(import.meta.dirname, '..');
const svg = readFileSync(join(root, 'assets', 'icon.svg'), 'utf8');
const out = join(root, 'public', 'icon');
mkdirSync(out, { recursive: true });
for (const size of ICON_SIZES) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(join(out, `${size}.png`), png);
  console.log(`public/icon/${size}.png  ${png.length} bytes`);
}
