import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from '@jamsos/server/config';
import { type Browser, chromium, type Page } from 'playwright-core';

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
