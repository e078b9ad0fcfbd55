import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { portalInBrowser, screenshot } from '../helpers/browser';
import { GraphQLClient } from '../helpers/graphql-client';

const portal = portalInBrowser({ DEMO_REGISTRY_SCALE: '0.2' });
const { loggedIn } = portal;

/** Counts the Dashboard operations the page sends from now on. */
function countDashboardRequests(page: Page): () => number {
  let count = 0;
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql') && (request.postData() ?? '').includes('"operationName":"Dashboard"'))
      count++;
  });
  return () => count;
}

describe('the dashboard in the browser', { timeout: 120_000 }, () => {
  it('shows the BPJS office the province’s figures as charts with tables, filters them, and exports CSV', async () => {
    const page = await loggedIn('viewer@bpjs-yogyakarta.demo');
    const requests = countDashboardRequests(page);
    await page.getByRole('link', { name: 'Dasbor', exact: true }).click();
    await page.getByTestId('dashboard-totals').waitFor();
    const api = await new GraphQLClient(portal.server.url).loginAs('VIEWER', 'bpjs-yogyakarta');
    const expected = await api.request<{ dashboard: { totals: { enrolled: number } } }>(
      '{ dashboard { totals { enrolled } } }',
    );
    const enrolled = expected.data?.dashboard.totals.enrolled ?? 0;
    expect(enrolled).toBeGreaterThan(0);
    expect(await page.getByTestId('total-enrolled').textContent()).toBe(enrolled.toLocaleString('id-ID'));
    // Every figure has a chart and the same numbers as a table.
    for (const id of ['per-sumber', 'per-kabupaten', 'per-sektor', 'tren-kepesertaan', 'program']) {
      const figure = page.getByTestId(`figure-${id}`);
      expect(await figure.locator('canvas').count()).toBe(1);
      expect(await figure.locator('tbody tr').count()).toBeGreaterThan(0);
    }
    await screenshot(page, 'dashboard-bpjs.png');

    // CSV of a figure: the table's rows, with a header (read from the blob the button makes).
    await page.evaluate(() => {
      const captured: string[] = [];
      (window as unknown as { captured: string[] }).captured = captured;
      const original = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        if (blob instanceof Blob) void blob.text().then((text) => captured.push(text));
        return original(blob);
      };
    });
    await page.getByTestId('csv-per-kabupaten').click({ timeout: 5000 });
    await expect.poll(() => page.evaluate(() => (window as unknown as { captured: string[] }).captured.length)).toBe(1);
    const csv = await page.evaluate(() => (window as unknown as { captured: string[] }).captured[0] ?? '');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe('Kelompok,Usaha,Pekerja,Terdaftar,Kepesertaan (%)');
    expect(lines.length).toBe(1 + (await page.getByTestId('figure-per-kabupaten').locator('tbody tr').count()));

    // A shared filter narrows every figure, and lives in the URL.
    await page.getByTestId('regency-filter').selectOption({ label: 'Kabupaten Sleman' });
    await expect.poll(() => page.url()).toContain('kabupaten=');
    // The filtered figures may take a few seconds on a busy machine (the page says it is updating).
    await expect
      .poll(() => page.getByTestId('figure-per-kabupaten').locator('tbody tr').count(), { timeout: 30_000 })
      .toBe(1);

    // Back to an earlier view: drawn from the cache, with no new request.
    const before = requests();
    await page.getByRole('link', { name: 'Beranda', exact: true }).click();
    await page.goBack();
    await page.getByTestId('figure-per-kabupaten').waitFor();
    await page.getByRole('link', { name: 'Tugas', exact: true }).click();
    await page.getByRole('link', { name: 'Dasbor', exact: true }).click();
    await page.getByTestId('dashboard-totals').waitFor();
    expect(requests()).toBe(before);
  });

  it('says plainly that the figures are updating while a new filter loads, and dims the old ones', async () => {
    const page = await loggedIn('staff@bantul.demo');
    await page.goto(`${portal.server.url}/dasbor`);
    await page.getByTestId('dashboard-totals').waitFor();
    // The filtered figures take a while to arrive (as on a slow line).
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/graphql', async (route) => {
      if ((route.request().postData() ?? '').includes('"operationName":"Dashboard"')) await held;
      await route.continue();
    });
    const before = await page.getByTestId('total-enrolled').textContent();
    await page.getByTestId('district-filter').selectOption({ label: 'Imogiri' });
    // While waiting: a visible status, the old figures dimmed and marked busy (not silently stale).
    await page.getByTestId('dashboard-updating').waitFor();
    expect(await page.getByTestId('dashboard-updating').textContent()).toContain('Memperbarui');
    expect(await page.locator('.dashboard-body').getAttribute('aria-busy')).toBe('true');
    expect(await page.locator('.dashboard-body').evaluate((el) => Number(getComputedStyle(el).opacity))).toBeLessThan(
      0.6,
    );
    expect(await page.getByTestId('total-enrolled').textContent()).toBe(before);
    await screenshot(page, 'dashboard-updating.png');
    release();
    await page.getByTestId('dashboard-updating').waitFor({ state: 'detached', timeout: 30_000 });
    expect(await page.locator('.dashboard-body').getAttribute('aria-busy')).toBe('false');
    // A regency is offered its own districts only, not the other regencies.
    expect(await page.getByTestId('regency-filter').count()).toBe(0);
    const districts = await page.getByTestId('district-filter').locator('option').allTextContents();
    expect(districts).toContain('Imogiri');
    expect(districts).not.toContain('Depok'); // Sleman's
  });

  it('fits a phone', async () => {
    const page = await loggedIn('viewer@sleman.demo', { width: 390, height: 844 });
    await page.goto(`${portal.server.url}/dasbor`);
    await page.getByTestId('dashboard-totals').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'dashboard-phone.png');
  });
});
