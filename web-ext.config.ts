import { defineWebExtConfig } from 'wxt';

// `wxt` dev must not try to open a browser on a machine with no display.
export default defineWebExtConfig({ disabled: true });
