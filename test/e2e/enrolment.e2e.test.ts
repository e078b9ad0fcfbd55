import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { portalInBrowser, screenshot } from '../helpers/browser';

/**
 * Enrolment in the browser: a regency's staff build a request (workers from the registry,
 * contributions and problems per line before sending), on a desk and on a phone, in Indonesian
 * and English.
 */
const portal = portalInBrowser({ DEMO_REGISTRY_SCALE: '0.1' });
const { loggedIn } = portal;
const PHONE = { width: 390, height: 844 };

async function inLanguage(page: Page, language: 'id' | 'en') {
  const menu = page.locator('button[aria-controls="main-nav"]');
  const opened = !(await page.getByTestId('lang-switch').isVisible()) && (await menu.isVisible());
  if (opened) await menu.click();
  await page.getByTestId('lang-switch').selectOption(language);
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(language);
  if (opened && (await menu.getAttribute('aria-expanded')) === 'true') await menu.click();
}

describe('request builder', () => {
  it('prices picked BPU workers at Rp16,800 a month each and flags a line below the minimum income', async () => {
    const page = await loggedIn('staff@bantul.demo');
    await page.goto(`${portal.server.url}/kepesertaan/baru?jenis=BPU`);
    await page.getByTestId('pick-row').first().waitFor();
    const rows = page.getByTestId('pick-row');
    await rows.nth(0).locator('input[type=checkbox]').check();
    await rows.nth(1).locator('input[type=checkbox]').check();
    await page.getByTestId('add-checked').click();
    const lines = page.getByTestId('draft-lines').locator('li');
    await expect.poll(() => lines.count()).toBe(2);
    // JKK 1% of Rp1,000,000 + JKM Rp6,800, paid by the worker.
    await expect.poll(() => lines.nth(0).getByTestId('line-total').innerText()).toBe('Rp16.800');
    await expect.poll(() => page.getByTestId('request-totals').innerText()).toContain('Rp33.600');
    await lines.nth(1).getByTestId('line-wage').fill('900000');
    await expect.poll(() => lines.nth(1).getByTestId('line-problems').innerText()).toContain('Rp1.000.000');
    await expect.poll(() => page.getByTestId('request-problems').isVisible()).toBe(true);
    await lines.nth(1).getByTestId('line-wage').fill('1500000');
    await expect.poll(() => page.getByTestId('request-problems').count()).toBe(0);
    await lines.nth(0).locator('summary').click();
    await screenshot(page, 'enrolment-builder-desk-id.png');

    // The same draft on a phone, in English (the draft stays in the tab).
    await page.setViewportSize(PHONE);
    await inLanguage(page, 'en');
    await expect.poll(() => page.getByTestId('request-totals').innerText()).toContain('38,600');
    await screenshot(page, 'enrolment-builder-phone-en.png');
  });
});
