import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from '../helpers/browser';
import { DEMO_PASSWORD } from '../helpers/graphql-client';
import { startServer, type TestServer } from '../helpers/server';

let server: TestServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});
beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
});
afterEach(async () => {
  await page.context().close();
});

async function logIn(email: string, password: string): Promise<void> {
  await page.goto(`${server.url}/`);
  await page.waitForURL(/\/login$/);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

describe('logging in through the web client', () => {
  it('shows the Bantul tenant after admin@bantul.demo logs in, and the login page after logout', async () => {
    await logIn('admin@bantul.demo', DEMO_PASSWORD);
    await expect.poll(() => page.getByTestId('org-name').textContent()).toContain('Bantul');
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    expect(await page.locator('h1').textContent()).toContain('Selamat datang');
    await screenshot(page, 'login-bantul.png');

    await page.getByRole('link', { name: 'Profil' }).click();
    await expect.poll(() => page.locator('dl').textContent()).toContain('admin@bantul.demo');

    await page.getByTestId('logout').click();
    await page.waitForURL(/\/login$/);
    await page.reload();
    await expect.poll(() => page.url()).toMatch(/\/login$/);
  });

  it('says a wrong password is wrong, and stays on the login page', async () => {
    await logIn('admin@bantul.demo', 'bukan-sandinya');
    await expect.poll(() => page.getByTestId('login-error').textContent()).toBe('Email atau kata sandi salah.');
    expect(page.url()).toMatch(/\/login$/);
  });

  it('speaks English when asked, and remembers it', async () => {
    await logIn('staff@sleman.demo', DEMO_PASSWORD);
    await page.getByTestId('org-name').waitFor();
    await page.getByTestId('lang-switch').selectOption('en');
    await expect.poll(() => page.getByTestId('logout').textContent()).toBe('Log out');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toContain('Welcome');
  });

  it('works on a phone: the navigation folds into a menu', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await logIn('viewer@gunungkidul.demo', DEMO_PASSWORD);
    await expect.poll(() => page.getByTestId('org-name').textContent()).toContain('Gunungkidul');
    expect(await page.getByTestId('logout').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Menu' }).click();
    expect(await page.getByTestId('logout').isVisible()).toBe(true);
    await screenshot(page, 'home-phone.png');
  });
});
