import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { portalInBrowser, screenshot } from '../helpers/browser';
import { GraphQLClient } from '../helpers/graphql-client';

/**
 * "No raw codes": every route, in both languages, as the people who use the portal daily, must
 * read as words — no enum constants (`KECIL`, `IN_PROGRESS`), no UUIDs, no ISO timestamps or
 * dates, no region codes (`34.03`) and no untranslated i18n keys (`tasks.status.OPEN`).
 * It looks at what a person sees (the rendered text, option labels and tooltips), not at the code.
 */

const portal = portalInBrowser();

/** Routes walked and reported but not failed (empty: every route is held to the rule). */
const PENDING = new Set<string>();

/** Abbreviations a reader of this portal knows; upper case on purpose. */
const ALLOWED_CAPS = new Set([
  'JKK',
  'JKM',
  'JHT',
  'JP',
  'JKP',
  'BPU',
  'PU',
  'KPJ',
  'NIK',
  'NIB',
  'UMKM',
  'KBLI',
  'DIY',
  'BPJS',
  'CSV',
  'UKM',
  'CV',
  'PT',
  'UD',
  'KTP',
  'RT',
  'RW',
]);

/** Values of the API's enums that read as words only once translated. */
const ENUM_VALUES = [
  'GRANTED',
  'RECEIVED',
  'AGGREGATES',
  'ACTIVE',
  'EXPIRED',
  'FUTURE',
  'REVOKED',
  'FULL',
  'NONE',
  'PARTIAL',
  'ENROLLED',
  'LAPSED',
  'KOPERASI',
  'ADMIN',
  'STAFF',
  'VIEWER',
  'KECIL',
  'MENENGAH',
  'MIKRO',
  'HIGH',
  'LOW',
  'NORMAL',
  'URGENT',
  'ASSIGNED',
  'CREATED',
  'ACCEPTED',
  'CANCELLED',
  'DECLINED',
  'DONE',
  'OPEN',
  'INVITED',
  'DEACTIVATED',
  'CHAMBER',
  'PLATFORM',
  'REGENCY',
].filter((v) => !ALLOWED_CAPS.has(v));

const RULES: { name: string; pattern: RegExp }[] = [
  { name: 'enum constant', pattern: /\b[A-Z]{2,}(?:_[A-Z]+)+\b/g },
  { name: 'enum value', pattern: new RegExp(`\\b(?:${ENUM_VALUES.join('|')})\\b`, 'g') },
  { name: 'UUID', pattern: /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi },
  { name: 'ISO timestamp', pattern: /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/g },
  { name: 'ISO date', pattern: /\b(?:19|20)\d{2}-\d{2}(?:-\d{2})?\b/g },
  { name: 'region code', pattern: /\b34\.\d{2}(?:\.\d{2})?\b/g },
  // A dotted key: two or more segments of letters, the first lower case (e-mail addresses and
  // file names are removed from the text first).
  { name: 'i18n key', pattern: /\b[a-z][a-zA-Z]+(?:\.[a-zA-Z][a-zA-Z0-9_]+)+\b/g },
  { name: 'null', pattern: /\b(?:null|undefined|NaN|\[object Object\])\b/g },
];

/** What a person reads on the page: visible text, the labels of every option, and tooltips. */
async function readableText(page: Page): Promise<string> {
  return page.evaluate(() => {
    // biome-ignore lint/performance/useDomNodeTextContent: innerText is the text as rendered (no hidden nodes)
    const parts = [document.body.innerText];
    const all = (selector: string) => Array.from(document.querySelectorAll(selector));
    for (const option of all('option')) parts.push(option.textContent ?? '');
    for (const attribute of ['title', 'aria-label', 'placeholder'])
      for (const element of all(`[${attribute}]`)) parts.push(element.getAttribute(attribute) ?? '');
    return parts.join('\n');
  });
}

/** The raw codes in a text, each with the rule it broke. */
export function rawCodes(text: string): string[] {
  const cleaned = text.replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, ' ').replace(/\b[\w-]+\.(?:csv|xlsx|png|pdf)\b/g, ' ');
  const found: string[] = [];
  for (const rule of RULES) {
    for (const match of cleaned.matchAll(rule.pattern)) {
      if (rule.name === 'enum constant' && ALLOWED_CAPS.has(match[0])) continue;
      found.push(`${rule.name}: ${match[0]}`);
    }
  }
  return [...new Set(found)];
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
  await page
    .locator('.loading, [role="status"]:has-text("Memuat"), [role="status"]:has-text("Loading")')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => {});
  await page.waitForTimeout(150);
}

/** The first link on the page to a detail route under `prefix` (not `baru`), as a path. */
async function firstDetail(page: Page, prefix: string): Promise<string | null> {
  const hrefs = await page
    .locator(`a[href^="${prefix}"]`)
    .evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? ''));
  return hrefs.find((h) => h.length > prefix.length && !h.endsWith('/baru') && !h.includes('?')) ?? null;
}

/**
 * What each person must be told instead of a form that fails on submit or an empty list: the
 * test id of the notice a route shows them (why they cannot, and who can; or where to go).
 */
const PERSONAS = [
  {
    email: 'staff@bantul.demo',
    name: 'staff-bantul',
    viewport: { width: 1366, height: 900 },
    notices: { '/tugas/baru': 'not-allowed', '/pengguna': 'not-allowed', '/audit': 'not-allowed' },
  },
  {
    email: 'viewer@sleman.demo',
    name: 'viewer-sleman-phone',
    viewport: { width: 390, height: 844 },
    notices: {
      '/usaha': 'read-only',
      '/usaha/:id': 'read-only',
      '/pekerja': 'read-only',
      '/usaha/baru': 'not-allowed',
      '/pekerja/baru': 'not-allowed',
      '/impor': 'not-allowed',
      '/tugas/baru': 'not-allowed',
    },
  },
  {
    email: 'admin@bpjs-yogyakarta.demo',
    name: 'admin-bpjs',
    viewport: { width: 1366, height: 900 },
    notices: {
      '/usaha': 'partner-directories',
      '/pekerja': 'partner-directories',
      '/usaha/baru': 'not-allowed',
      '/impor': 'not-allowed',
    },
  },
] as const;

const ROUTES = [
  '/',
  '/dasbor',
  '/usaha',
  '/usaha/:id',
  '/usaha/baru',
  '/pekerja',
  '/pekerja/:id',
  '/pekerja/baru',
  '/impor',
  '/perjanjian',
  '/mitra/:id',
  '/tugas',
  '/tugas/:id',
  '/tugas/baru',
  '/notifikasi',
  '/pengguna',
  '/audit',
  '/profil',
  '/glosarium',
];

/** Which list a detail route's id is taken from. */
const DETAIL_OF: Record<string, { list: string; prefix: string }> = {
  '/usaha/:id': { list: '/usaha', prefix: '/usaha/' },
  '/pekerja/:id': { list: '/pekerja', prefix: '/pekerja/' },
  '/tugas/:id': { list: '/tugas', prefix: '/tugas/' },
  '/mitra/:id': { list: '/perjanjian', prefix: '/mitra/' },
};

/**
 * Gives the BPJS office's audit trail the entries that used to read as code: an agreement granted
 * and revoked (`revokedAt: null → 2026-12-02T…`, scope codes, dates).
 */
async function auditSomething(baseUrl: string): Promise<void> {
  const admin = await new GraphQLClient(baseUrl).loginAs('ADMIN', 'bpjs-yogyakarta');
  const orgs = await admin.request<{
    viewer: { organization: { id: string } };
    organizations: { edges: { node: { id: string } }[] };
  }>('{ viewer { organization { id } } organizations(first: 20) { edges { node { id } } } }');
  const own = orgs.data?.viewer.organization.id;
  const granteeId = orgs.data?.organizations.edges.map((e) => e.node.id).find((id) => id !== own);
  const granted = await admin.request<{ grantAgreement: { id: string; version: number } }>(
    `mutation($input: GrantAgreementInput!) { grantAgreement(input: $input) { id version } }`,
    {
      input: {
        granteeId,
        scope: 'AGGREGATES',
        title: 'Perjanjian uji',
        number: 'PKS/UJI/2026',
        signedOn: '2026-01-05',
        validFrom: '2026-01-05',
        validUntil: '2027-01-04',
      },
    },
  );
  const agreement = granted.data?.grantAgreement;
  expect(agreement, JSON.stringify(granted.errors)).toBeTruthy();
  const revoked = await admin.request('mutation($input: VersionedIdInput!) { revokeAgreement(input: $input) { id } }', {
    input: { id: agreement?.id, expectedVersion: agreement?.version },
  });
  expect(revoked.errors).toBeUndefined();
}

describe('no raw codes on screen', () => {
  for (const persona of PERSONAS) {
    it(`reads as words for ${persona.email}, in Indonesian and English`, { timeout: 300_000 }, async () => {
      if (persona.email.startsWith('admin@')) await auditSomething(portal.server.url);
      const page = await portal.loggedIn(persona.email, persona.viewport);
      const base = portal.server.url;
      const problems: string[] = [];
      const pending: string[] = [];
      for (const language of ['id', 'en'] as const) {
        await page.evaluate((lang) => localStorage.setItem('jamsos.lang', lang), language);
        const details = new Map<string, string | null>();
        for (const route of ROUTES) {
          let path = route;
          const detail = DETAIL_OF[route];
          if (detail) {
            if (!details.has(route)) {
              await page.goto(`${base}${detail.list}`);
              await settle(page);
              details.set(route, await firstDetail(page, detail.prefix));
            }
            const found = details.get(route);
            if (!found) continue; // nothing of that kind visible to this persona
            path = found;
          }
          await page.goto(`${base}${path}`);
          await settle(page);
          const codes = rawCodes(await readableText(page));
          const slug = route.replace(/[/:]+/g, '-').replace(/^-|-$/g, '') || 'home';
          await screenshot(page, `words-${persona.name}-${language}-${slug}.png`);
          const notice = (persona.notices as Record<string, string>)[route];
          if (notice && (await page.getByTestId(notice).count()) === 0)
            problems.push(`${language} ${route}: no "${notice}" notice`);
          for (const code of codes) (PENDING.has(route) ? pending : problems).push(`${language} ${route}: ${code}`);
        }
      }
      if (pending.length) console.log(`pending (${persona.email}):\n${pending.join('\n')}`);
      expect(problems).toEqual([]);
    });
  }
});
