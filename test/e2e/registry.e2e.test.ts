import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { portalInBrowser, screenshot } from '../helpers/browser';
import { GraphQLClient } from '../helpers/graphql-client';

// Enough of the demo registry for lists to page and filters to matter.
const portal = portalInBrowser({ DEMO_REGISTRY_SCALE: '0.2' });
const { loggedIn } = portal;

describe('the registry in the browser', () => {
  it('lists businesses with counts, filters them, and keeps the filter in the URL', async () => {
    const page = await loggedIn('staff@bantul.demo');
    await page.getByRole('link', { name: 'Usaha', exact: true }).click();
    await page.getByTestId('business-row').first().waitFor();
    expect(await page.getByTestId('business-row').count()).toBe(20);
    await screenshot(page, 'businesses-bantul.png');
    await page.getByTestId('coverage-filter').selectOption('FULL');
    await expect.poll(() => page.url()).toContain('cakupan=FULL');
    await page.reload();
    await page.getByTestId('business-table').or(page.getByTestId('empty')).waitFor();
    expect(await page.getByTestId('coverage-filter').inputValue()).toBe('FULL');
    for (const row of await page.getByTestId('business-row').all()) expect(await row.textContent()).toContain('100%');
  });

  it('checks a new business as it is typed, then saves it', async () => {
    const page = await loggedIn('staff@bantul.demo');
    await page.goto(`${portal.server.url}/usaha/baru`);
    await page.getByTestId('business-name').fill('Batik Tulis Wukirsari');
    await page.getByTestId('business-nib').fill('12345');
    await page.getByTestId('business-nib').blur();
    expect(await page.getByTestId('business-nib-error').textContent()).toBe('NIB harus 13 angka.');
    await page.getByTestId('business-nib').fill('9120000077001');
    await page.getByTestId('business-district').selectOption({ label: 'Imogiri' });
    await page.getByTestId('business-address').fill('Giriloyo, Wukirsari');
    await page.getByTestId('business-submit').click();
    await page.getByTestId('business-title').waitFor();
    expect(await page.getByTestId('business-title').textContent()).toBe('Batik Tulis Wukirsari');
    expect(page.url()).toMatch(/\/usaha\/[A-Za-z0-9_-]+$/);
  });

  it('refuses an edit on a stale version and says what changed', async () => {
    const page = await loggedIn('staff@bantul.demo');
    await page.goto(`${portal.server.url}/usaha?cari=Wukirsari`);
    await page.getByRole('link', { name: 'Batik Tulis Wukirsari' }).click();
    await page.getByTestId('edit').click();
    // Meanwhile, a colleague renames it.
    const colleague = await new GraphQLClient(portal.server.url).loginAs('ADMIN', 'bantul');
    const found = await colleague.request<{ businesses: { edges: { node: { id: string } }[] } }>(
      '{ businesses(filter: { search: "Wukirsari" }) { edges { node { id } } } }',
    );
    const id = found.data?.businesses.edges[0]?.node.id;
    const renamed = await colleague.request(
      `mutation($id: ID!) { updateBusiness(input: { id: $id, expectedVersion: 1, fields: {
        legalForm: "UMKM", name: "Batik Tulis Wukirsari Giriloyo", nib: "9120000077001", kbliSection: "C",
        sizeClass: "MIKRO", regency: "34.02", district: "Imogiri", address: "Giriloyo, Wukirsari" } }) { version } }`,
      { id },
    );
    expect(renamed.errors).toBeUndefined();
    await page.getByTestId('business-address').fill('Giriloyo RT 3');
    await page.getByTestId('business-submit').click();
    const conflict = page.getByTestId('conflict');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('Batik Tulis Wukirsari Giriloyo');
    await screenshot(page, 'business-conflict.png');
  });

  it('shows workers masked, and personal data in full only on request', async () => {
    const page = await loggedIn('staff@bantul.demo');
    await page.getByRole('link', { name: 'Pekerja', exact: true }).click();
    await page.getByTestId('worker-row').first().waitFor();
    const nik = await page.getByTestId('worker-row').first().locator('.mono').textContent();
    expect(nik).toMatch(/^\d{4}•{8}\d{4}$/);
    await screenshot(page, 'workers-bantul.png');
    await page.getByTestId('worker-row').first().getByRole('link').first().click();
    await page.getByTestId('reveal').click();
    await page.getByTestId('personal-data').waitFor();
    expect(await page.getByTestId('personal-data').textContent()).toMatch(/\d{16}/);

    const viewer = await loggedIn('viewer@bantul.demo');
    await viewer.goto(page.url());
    await viewer.getByTestId('worker-nik-masked').waitFor();
    expect(await viewer.getByTestId('reveal').count()).toBe(0);
  });

  it('imports a file: the dry run names the bad row, the fixed file commits', async () => {
    const page = await loggedIn('staff@bantul.demo');
    await page.goto(`${portal.server.url}/impor?jenis=usaha`);
    const header = 'Bentuk Usaha,Nama Usaha,NIB,Sektor KBLI,Skala Usaha,Kabupaten/Kota,Kapanewon/Kemantren,Alamat';
    const bad = path.join(tmpdir(), 'usaha-salah.csv');
    await writeFile(
      bad,
      `${header}\nUMKM,Gerabah Kasongan,9120000088001,C,MIKRO,Bantul,Kasihan,Kasongan\nUMKM,Wayang Kulit,9120000088002,R,MIKRO,Bantul,Atlantis,Jl. Entah\n`,
    );
    await page.getByTestId('import-file').setInputFiles(bad);
    await page.getByTestId('dry-run').click();
    await page.getByTestId('import-problems').waitFor();
    const problems = await page.getByTestId('import-problems').textContent();
    expect(problems).toContain('3');
    expect(problems).toContain('Kapanewon/Kemantren');
    // The problems download as CSV: line, column, the value as written, the problem in Indonesian.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-problems').click(),
    ]);
    expect(download.suggestedFilename()).toBe('masalah-impor-usaha-salah.csv');
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv).toContain('Baris,Kolom,Nilai,Masalah');
    expect(csv).toMatch(/3,Kapanewon\/Kemantren,Atlantis,/);
    await screenshot(page, 'import-dry-run.png');

    const good = path.join(tmpdir(), 'usaha.csv');
    await writeFile(
      good,
      `${header}\nUMKM,Gerabah Kasongan,9120000088001,C,MIKRO,Bantul,Kasihan,Kasongan\nUMKM,Wayang Kulit,9120000088002,R,MIKRO,Bantul,Pandak,Jl. Pandak\n`,
    );
    await page.getByTestId('import-file').setInputFiles(good);
    await page.getByTestId('dry-run').click();
    await page.getByTestId('commit').click();
    await page.getByTestId('import-committed').waitFor();
    expect(await page.getByTestId('import-summary').textContent()).toContain('2 baru');
    await page.goto(`${portal.server.url}/usaha?cari=912000008800`);
    await expect.poll(() => page.getByTestId('business-row').count()).toBe(2);
  });

  it('works on a phone: the list becomes cards', async () => {
    const page = await loggedIn('staff@sleman.demo', { width: 390, height: 844 });
    await page.goto(`${portal.server.url}/pekerja`);
    await page.getByTestId('worker-row').first().waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await screenshot(page, 'workers-phone.png');
  });
});
