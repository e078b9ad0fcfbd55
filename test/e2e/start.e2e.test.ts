import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { portalInBrowser, screenshot } from '../helpers/browser';
import { overdueTask } from '../helpers/tasks';

/**
 * The pages a person starts from, on a phone and in both languages: home with what waits for
 * them, the bell outside the closed menu, the pager's range, the notices in the reader's language.
 */
// Enough workers for a few pages.
const portal = portalInBrowser({ DEMO_REGISTRY_SCALE: '0.1' });
beforeAll(() => overdueTask(portal.server, 'bantul'));
const PHONE = { width: 390, height: 844 };

async function inEnglish(page: Page): Promise<void> {
  await page.locator('.menu-button').click();
  await page.getByTestId('lang-switch').selectOption('en');
  await page.locator('.menu-button').click();
}

describe('where a person starts', () => {
  it('home shows tasks, notices and the coverage headline; the bell shows with the menu closed', async () => {
    const page = await portal.loggedIn('admin@bantul.demo', PHONE);
    await page.getByTestId('home-coverage').waitFor();
    await page.getByTestId('home-tasks').waitFor();
    await page.getByTestId('home-notices').waitFor();
    expect(await page.getByTestId('home-coverage').textContent()).toMatch(/\d+(,\d)?%/);
    // The menu is closed, the bell and its count are not.
    expect(await page.locator('#main-nav').isVisible()).toBe(false);
    expect(await page.getByTestId('unread').isVisible()).toBe(true);
    await expect
      .poll(async () => Number((await page.getByTestId('unread').textContent())?.replace(/\D/g, '') || 0))
      .toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'home-phone-id.png');

    await page.getByTestId('unread').click();
    await page.getByTestId('notification').first().waitFor();
    expect(await page.locator('main').textContent()).toContain('Lewat tenggat');
    await screenshot(page, 'notifications-phone-id.png');
    await inEnglish(page);
    await page.locator('main').getByText('Overdue', { exact: false }).first().waitFor();
    await screenshot(page, 'notifications-phone-en.png');
    await page.locator('.menu-button').click();
    await page.locator('nav a[href="/"]').click();
    await page.getByTestId('home-coverage').waitFor();
    await screenshot(page, 'home-phone-en.png');
    await page.context().close();
  }, 120_000);

  it('a list pages forward and back with the range it shows', async () => {
    const page = await portal.loggedIn('staff@bantul.demo');
    await page.locator('nav a[href="/pekerja"]').click();
    await page.getByTestId('worker-row').first().waitFor();
    expect(await page.getByTestId('pager-range').textContent()).toMatch(/^1–20 dari \d/);
    await page.getByTestId('pager-next').click();
    await expect.poll(() => page.getByTestId('pager-range').textContent()).toMatch(/^21–40 dari \d/);
    await page.getByTestId('pager-next').click();
    await expect.poll(() => page.getByTestId('pager-range').textContent()).toMatch(/^41–/);
    await page.getByTestId('pager-previous').click();
    await expect.poll(() => page.getByTestId('pager-range').textContent()).toMatch(/^21–40 dari \d/);
    await screenshot(page, 'workers-pager-id.png');
    await page.context().close();
  }, 120_000);

  it('the masked and the full worker export download under different names', async () => {
    const page = await portal.loggedIn('staff@bantul.demo');
    await page.locator('nav a[href="/pekerja"]').click();
    await page.getByTestId('worker-row').first().waitFor();
    const masked = page.waitForEvent('download');
    await page.getByTestId('export').getByRole('link', { name: 'XLSX' }).click();
    const maskedName = (await masked).suggestedFilename();
    const full = page.waitForEvent('download');
    await page.getByTestId('export-full').click();
    const names = [maskedName, (await full).suggestedFilename()];
    expect(names[0]).toMatch(/^pekerja-disamarkan-.*\.xlsx$/);
    expect(names[1]).toMatch(/^pekerja-data-pribadi-lengkap-.*\.xlsx$/);
    await page.context().close();
  }, 120_000);
});
