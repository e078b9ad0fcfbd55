import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from '@jamsos/server/config';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { DEMO_PASSWORD } from './graphql-client';
import { startServer, type TestServer } from './server';

export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test', 'artifacts', 'screenshots');

/**
 * Debian's Chromium, headless. The background-networking flags keep it from calling out to a
 * network this machine does not have.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Saves a full-page screenshot under test/artifacts/screenshots (git-ignored). */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, name);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * A new browser context logged in through the real login page as a demo user; confirmation
 * dialogs are accepted, as the user would.
 */
export async function loggedIn(
  browser: Browser,
  baseUrl: string,
  email: string,
  viewport = { width: 1280, height: 900 },
): Promise<Page> {
  const page = await (await browser.newContext({ viewport })).newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('org-name').waitFor();
  return page;
}

export interface PortalInBrowser {
  readonly server: TestServer;
  readonly browser: Browser;
  /** A new page logged in as a demo user (see `loggedIn`), at this file's default viewport. */
  loggedIn(email: string, viewport?: { width: number; height: number }): Promise<Page>;
}

/**
 * A browser test file's portal and Chromium: started before its tests, stopped after them.
 * Call at the top level of the file.
 */
export function portalInBrowser(
  env: Record<string, string> = {},
  viewport = { width: 1280, height: 900 },
): PortalInBrowser {
  let started: { server: TestServer; browser: Browser } | undefined;
  beforeAll(async () => {
    const [server, browser] = await Promise.all([startServer(env), launchBrowser()]);
    started = { server, browser };
  });
  afterAll(async () => {
    await started?.browser.close();
    await started?.server.stop();
  });
  const ready = () => {
    if (!started) throw new Error('The portal and browser start in beforeAll.');
    return started;
  };
  return {
    get server() {
      return ready().server;
    },
    get browser() {
      return ready().browser;
    },
    loggedIn: (email, pageViewport = viewport) => loggedIn(ready().browser, ready().server.url, email, pageViewport),
  };
}
