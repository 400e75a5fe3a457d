// Headless Debian Chromium for end-to-end tests and the pane benchmark, driven by playwright-core.
// The machine has no internet: every request to a host other than loopback is aborted at once (so
// nothing hangs on DNS), except Microsoft's office.js CDN, which is answered from the
// @microsoft/office-js package (a dev dependency): the pane loads office.js from the CDN as shipped, and
// Office.onReady, the requirement-set checks and the outside-Office state run Microsoft's own code.
// `officeJs: 'offline'` aborts the CDN too, as when the pane is opened without a network.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { CSP_REPORT_SCRIPT } from './csp';

export const CHROMIUM_PATH = process.env.KVOT_CHROMIUM ?? '/usr/bin/chromium';

/** Where the shipped taskpane.html loads office.js from; the harness answers every file under it. */
export const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
export const OFFICE_JS_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../node_modules/@microsoft/office-js/dist');

// Without the background-networking flags Chromium keeps trying to reach Google on this closed
// network. Playwright itself passes a fresh temporary --user-data-dir to every launch() and removes
// it on close (it refuses --user-data-dir in args), so no profile is shared between runs.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function isLoopback(url: string): boolean {
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'about:') return true;
    host = parsed.hostname;
  } catch {
    return false;
  }
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host === '::1';
}

/** The @microsoft/office-js file for a CDN URL ("…/hosted/office.js" → dist/office.js), or null. */
export function officeJsFile(url: string): string | null {
  if (!url.startsWith(OFFICE_CDN)) return null;
  const relative = decodeURIComponent(new URL(url).pathname.slice(new URL(OFFICE_CDN).pathname.length));
  const file = path.resolve(OFFICE_JS_DIST, relative);
  return file.startsWith(OFFICE_JS_DIST + path.sep) ? file : null;
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
};

export interface ContextOptions extends BrowserContextOptions {
  /** 'served' (default): the CDN's office.js from @microsoft/office-js; 'offline': aborted like any other off-machine request. */
  officeJs?: 'served' | 'offline';
}

export interface TestBrowser {
  browser: Browser;
  /** URLs of requests that were blocked because they left the machine. */
  blocked: string[];
  /** CDN URLs answered from @microsoft/office-js (404 when the package has no such file). */
  served: string[];
  /**
   * A fresh, isolated context (own storage and cache) with off-machine requests blocked, office.js
   * served (unless offline), and Content-Security-Policy violations reported as console errors.
   */
  newContext(options?: ContextOptions): Promise<BrowserContext>;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<TestBrowser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const blocked: string[] = [];
  const served: string[] = [];
  return {
    browser,
    blocked,
    served,
    async newContext(options = {}) {
      const { officeJs = 'served', ...contextOptions } = options;
      const context = await browser.newContext({ locale: 'sv-SE', ...contextOptions });
      await context.addInitScript(CSP_REPORT_SCRIPT);
      await context.route(
        (url) => !isLoopback(url.href),
        async (route) => {
          const url = route.request().url();
          const file = officeJs === 'served' ? officeJsFile(url) : null;
          if (file) {
            served.push(url);
            if (!existsSync(file)) {
              await route.fulfill({ status: 404, contentType: 'text/plain', body: `Not in @microsoft/office-js: ${url}` });
              return;
            }
            const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
            await route.fulfill({ status: 200, contentType: type, body: readFileSync(file) });
            return;
          }
          blocked.push(url);
          await route.abort('internetdisconnected');
        },
      );
      return context;
    },
    close: () => browser.close(),
  };
}
