import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { chromiumPath } from './ensure-tools.js';

/** Debian's Chromium, headless, in a profile of the run's own (see the e2e reference). */
export function launchBrowser(runDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(join(runDir, 'chromium-profile'), {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** A fresh page with the run's default wait. */
export async function newPage(browser: BrowserContext, reuseFirst: boolean): Promise<Page> {
  const page = (reuseFirst ? browser.pages()[0] : undefined) ?? (await browser.newPage());
  page.setDefaultTimeout(15_000);
  return page;
}
