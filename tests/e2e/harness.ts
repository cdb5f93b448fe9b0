/**
 * Drives the built extension (npm run build:e2e -> .output/chrome-mv3-e2e)
 * in Debian Chromium with playwright-core, against pages served on
 * 127.0.0.1 (see TOOLCHAIN.md).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3-e2e');
export const FIXTURES = join(ROOT, 'tests', 'fixtures', 'pages');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export type Route =
  | string
  | { body: string | Buffer; type?: string; status?: number }
  | { handle: (req: IncomingMessage, res: ServerResponse) => void };

/** A tiny HTTP server on 127.0.0.1 with fixed routes; every request is recorded. */
export class PageServer {
  readonly requests: string[] = [];
  private server: Server;
  private routes = new Map<string, Route>();
  port = 0;

  constructor() {
    this.server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      this.requests.push(path);
      const route = this.routes.get(path);
      if (route === undefined) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      if (typeof route === 'object' && 'handle' in route) {
        route.handle(req, res);
        return;
      }
      const r = typeof route === 'string' ? { body: route } : route;
      res.writeHead(r.status ?? 200, { 'content-type': r.type ?? 'text/html; charset=utf-8' }).end(r.body);
    });
  }

  route(path: string, route: Route): this {
    this.routes.set(path, route);
    return this;
  }

  /** Serves a fixture page's source.html at /pages/<name>/. */
  fixture(name: string): string {
    const path = `/pages/${name}/`;
    this.route(path, readFileSync(join(FIXTURES, name, 'source.html'), 'utf8'));
    return this.url(path);
  }

  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  async start(): Promise<this> {
    await new Promise<void>((ok) => this.server.listen(0, '127.0.0.1', ok));
    const addr = this.server.address();
    this.port = typeof addr === 'object' && addr ? addr.port : 0;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((ok) => this.server.close(() => ok()));
  }
}

/** The running browser with the extension loaded. */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  profileDir: string;
  close(keepProfile?: boolean): Promise<void>;
}

/** Launches Chromium with the e2e build of Precis loaded. */
export async function launchWithExtension(profileDir?: string): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No extension build at ${EXTENSION_DIR}: run npm run build:e2e first.`);
  }
  const dir = profileDir ?? mkdtempSync(join(tmpdir(), 'precis-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    profileDir: dir,
    async close(keepProfile = false) {
      await context.close();
      if (!keepProfile) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Ids of every tab, read through an extension page. */
async function tabIds(ext: ExtensionBrowser, page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } })
      .chrome;
    return (await api.tabs.query({})).map((t) => t.id ?? -1);
  });
}

/**
 * Opens `url` in a new tab and returns its tab id, found by diffing the tab
 * list (without the `tabs` permission, tabs.query cannot filter by URL).
 */
export async function openTab(
  ext: ExtensionBrowser,
  url: string,
  waitUntil: 'load' | 'commit' = 'load',
): Promise<{ page: Page; tabId: number }> {
  const probe = await ext.context.newPage();
  await probe.goto(`chrome-extension://${ext.extensionId}/popup.html?probe=1`);
  const before = new Set(await tabIds(ext, probe));
  const page = await ext.context.newPage();
  await page.goto(url, { waitUntil }).catch(() => undefined);
  const after = await tabIds(ext, probe);
  await probe.close();
  const tabId = after.find((id) => !before.has(id));
  if (tabId === undefined) throw new Error(`could not find the tab of ${url}`);
  return { page, tabId };
}

/** Opens the popup page as a tab, aimed at `tabId` (the toolbar click has no headless equivalent). */
export async function openPopup(
  ext: ExtensionBrowser,
  tabId: number,
  size = { width: 460, height: 600 },
): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.setViewportSize(size);
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/**
 * The newest article in the library, read through the library page's test
 * hook (e2e build only; entrypoints/library/main.tsx). `lib` shows library.html.
 */
export async function newestSavedArticle<T>(lib: Page): Promise<T> {
  return (await lib.evaluate(async () => {
    const hook = (
      globalThis as unknown as {
        __precisLibrary: { library: { list(): Promise<{ id: string }[]>; getArticle(id: string): Promise<unknown> } };
      }
    ).__precisLibrary;
    const [first] = await hook.library.list();
    return hook.library.getArticle(first!.id);
  })) as T;
}
