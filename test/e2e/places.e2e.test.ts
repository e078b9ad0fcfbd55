import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { portalInBrowser, SCREENSHOT_DIR, screenshot } from '../helpers/browser';
import { GraphQLClient } from '../helpers/graphql-client';

const portal = portalInBrowser({ DEMO_REGISTRY_SCALE: '0.05' }, { width: 390, height: 844 });
const { loggedIn } = portal;

describe('a business’s village in the browser, on a phone', () => {
  it('is chosen after the district, by name, and named on the facts page, in Indonesian and English', async () => {
    for (const language of ['id', 'en'] as const) {
      const page = await loggedIn('staff@bantul.demo');
      await page.evaluate((lang) => localStorage.setItem('jamsos.lang', lang), language);
      await page.goto(`${portal.server.url}/usaha/baru`);
      const village = page.getByTestId('business-village');
      await village.waitFor();
      expect(await village.isDisabled()).toBe(true);
      await page.getByTestId('business-name').fill(`Bakpia Jagalan ${language}`);
      await page.getByTestId('business-district').selectOption({ label: 'Banguntapan' });
      expect(await village.isDisabled()).toBe(false);
      // Eight kalurahan of Banguntapan and "not recorded"; names only, never codes.
      const options = await village.locator('option').allTextContents();
      expect(options).toHaveLength(9);
      expect(options).toContain('Jagalan');
      for (const option of options) expect(option).not.toMatch(/\d/);
      await village.selectOption({ label: 'Jagalan' });
      await page.getByTestId('business-address').fill('Jl. Jagalan 1');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await screenshot(page, `business-village-form-${language}.png`);
      // Another district empties the village: it must lie in the district.
      await page.getByTestId('business-district').selectOption({ label: 'Sewon' });
      expect(await village.inputValue()).toBe('');
      await page.getByTestId('business-district').selectOption({ label: 'Banguntapan' });
      await village.selectOption({ label: 'Jagalan' });
      await page.getByTestId('business-submit').click();
      await page.getByTestId('business-title').waitFor();
      const facts = await page.locator('dl').first().textContent();
      expect(facts).toContain(language === 'id' ? 'Kalurahan/Kelurahan' : 'Village');
      expect(facts).toContain('Jagalan');
      expect(facts).not.toContain('34.02.12');
      await page.context().close();
    }
  });

  it('breaks the chosen district down by village on the dashboard, by name', async () => {
    const staff = await new GraphQLClient(portal.server.url).loginAs('STAFF', 'bantul');
    const created = await staff.request(
      `mutation { createBusiness(input: { legalForm: "UMKM", name: "Warung Jagalan", kbliSection: "I",
        sizeClass: "MIKRO", regency: "Bantul", district: "Banguntapan", village: "Jagalan", address: "Jagalan" }) { id } }`,
    );
    expect(created.errors).toBeUndefined();
    const page = await loggedIn('staff@bantul.demo');
    await page.goto(`${portal.server.url}/dasbor?kapanewon=34.02.12`);
    const figure = page.getByTestId('figure-per-kalurahan');
    await figure.waitFor();
    expect(await figure.locator('h2').textContent()).toBe('Kalurahan/kelurahan di Banguntapan');
    const text = (await figure.locator('table').textContent()) ?? '';
    expect(text).toContain('Jagalan');
    expect(text).not.toMatch(/34\.02\.12/);
    await figure.screenshot({ path: path.join(SCREENSHOT_DIR, 'dashboard-villages-id.png') });
    await page.context().close();
  });
});
