import { describe, expect, it } from 'vitest';
import { portalInBrowser, screenshot } from '../helpers/browser';
import { GraphQLClient } from '../helpers/graphql-client';

const portal = portalInBrowser({ DEMO_REGISTRY_SCALE: '0.05' }, { width: 390, height: 844 });

/** Small groups on screen: a partner's directory and dashboard show "<5", explained in both languages. */
describe('small groups in the browser', { timeout: 120_000 }, () => {
  it('shows a partner’s business of 1–4 workers as "<5", and says why on the dashboard, in Indonesian and English', async () => {
    const api = await new GraphQLClient(portal.server.url).loginAs('VIEWER', 'bpjs-yogyakarta');
    const sources = await api.request<{ dashboard: { sources: { id: string; own: boolean; name: string }[] } }>(
      '{ dashboard { sources { id own name } } }',
    );
    const sleman = sources.data?.dashboard.sources.find((s) => s.name.includes('Sleman'));
    expect(sleman).toBeDefined();
    const page = await portal.loggedIn('viewer@bpjs-yogyakarta.demo');
    await page.goto(`${portal.server.url}/mitra/${sleman?.id}?cari=`);
    await page.getByTestId('partner-table').waitFor();
    const small = page.getByTestId('partner-table').getByTestId('small-group');
    expect(await small.count()).toBeGreaterThan(0);
    expect(await page.getByTestId('partner-table').textContent()).toContain('<5');
    expect(await small.first().getAttribute('title')).toMatch(/Kurang dari 5 orang/);
    await screenshot(page, 'privacy-partner-id.png');

    await page.goto(`${portal.server.url}/dasbor`);
    await page.getByTestId('small-groups-note').waitFor();
    expect(await page.getByTestId('small-groups-note').textContent()).toMatch(/kelompok kurang dari 5 orang/);
    await screenshot(page, 'privacy-dashboard-id.png');

    // At phone width the language switch sits in the menu: choose English as it remembers it.
    await page.evaluate(() => localStorage.setItem('jamsos.lang', 'en'));
    await page.reload();
    await page.getByTestId('small-groups-note').waitFor();
    expect(await page.getByTestId('small-groups-note').textContent()).toMatch(/groups of fewer than 5/);
    await page.goto(`${portal.server.url}/mitra/${sleman?.id}`);
    await page.getByTestId('partner-table').waitFor();
    expect(await page.getByTestId('partner-table').getByTestId('small-group').first().getAttribute('title')).toMatch(
      /Fewer than 5 people/,
    );
    await screenshot(page, 'privacy-partner-en.png');
  });

  it('shows staff a person’s record with its history, in Indonesian and English, and downloads it', async () => {
    const api = await new GraphQLClient(portal.server.url).loginAs('STAFF', 'sleman');
    const workers = await api.request<{ workers: { edges: { node: { id: string } }[] } }>(
      '{ workers(first: 1) { edges { node { id } } } }',
    );
    const id = workers.data?.workers.edges[0]?.node.id;
    const page = await portal.loggedIn('staff@sleman.demo');
    await page.goto(`${portal.server.url}/pekerja/${id}`);
    await page.getByTestId('person-record-link').click();
    await page.getByTestId('person-record-history').waitFor();
    // Opening the record is itself in its history.
    expect(await page.getByTestId('person-record-history').textContent()).toContain('Rekam data ini dibuka');
    await screenshot(page, 'person-record-id.png');
    await page.evaluate(() => localStorage.setItem('jamsos.lang', 'en'));
    await page.reload();
    await page.getByTestId('person-record-history').waitFor();
    expect(await page.getByTestId('person-record-history').textContent()).toContain('This record opened');
    const download = page.waitForEvent('download');
    await page.getByTestId('person-record-export').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^rekam-data-.*\.json$/);
    await page.reload();
    await page.getByTestId('person-record-history').waitFor();
    expect(await page.getByTestId('person-record-history').textContent()).toContain('This record downloaded');
    await screenshot(page, 'person-record-en.png');
  });
});
