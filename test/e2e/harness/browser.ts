// Headless Debian Chromium for end-to-end tests and the pane benchmark, driven by playwright-core.
// The machine has no internet: every request to a host other than loopback is aborted at once, so
// office.js from the Microsoft CDN fails fast (as it does offline) instead of hanging on DNS.
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

export const CHROMIUM_PATH = process.env.KVOT_CHROMIUM ?? '/usr/bin/chromium';

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

export interface TestBrowser {
  browser: Browser;
  /** URLs of requests that were blocked because they left the machine. */
  blocked: string[];
  /** A fresh, isolated context (own storage and cache) with off-machine requests blocked. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<TestBrowser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const blocked: string[] = [];
  return {
    browser,
    blocked,
    async newContext(options) {
      const context = await browser.newContext({ locale: 'sv-SE', ...options });
      await context.route(
        (url) => !isLoopback(url.href),
        async (route) => {
          blocked.push(route.request().url());
          await route.abort('internetdisconnected');
        },
      );
      return context;
    },
    close: () => browser.close(),
  };
}
