import { KBLI_SECTIONS, regencies } from '@jamsos/schema';
import {
  DEFAULT_OCCUPATIONS,
  FAMILY,
  FEMALE,
  KOPERASI_KINDS,
  KOPERASI_NAMES,
  MALE,
  OCCUPATIONS,
  OTHER_PROVINCE_REGIONS,
  STREETS,
  UMKM_KINDS,
} from './registry-words';

/**
 * Realistic, deterministic demo registry data as plain objects: businesses with Indonesian names
 * and addresses, workers with valid NIKs matching their sex and birth date, mixed coverage that
 * follows the BPJS programme rules. Pure (no database), so the demo seeder and the province-scale
 * loader share it and tests can check it.
 */
export interface DemoBusiness {
  key: string;
  legalForm: 'KOPERASI' | 'UMKM';
  name: string;
  nib: string | null;
  kbliSection: string;
  sizeClass: 'MIKRO' | 'KECIL' | 'MENENGAH';
  regencyCode: string;
  districtCode: string;
  /** Chosen from the key, not the generator: the rest of the demo data stays as it was before villages. */
  villageCode: string | null;
  address: string;
  contactName: string;
  contactPhone: string;
  foundedYear: number;
  kadinMember: boolean;
}

/** A village of the district picked by the business key's hash (deterministic; none when the district has none). */
function villageFor(key: string, villages: readonly { code: string }[]): string | null {
  let hash = 0;
  for (const char of key) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return villages.length === 0 ? null : (villages[hash % villages.length]?.code ?? null);
}

export type DemoProgramme = 'JKK' | 'JKM' | 'JHT' | 'JP' | 'JKP';

export interface DemoWorker {
  key: string;
  businessKeys: string[];
  nik: string;
  fullName: string;
  sex: 'M' | 'F';
  birthDate: string;
  workerType: 'PU' | 'BPU';
  occupation: string;
  monthlyIncome: number;
  phone: string | null;
  status: 'NOT_ENROLLED' | 'ENROLLED' | 'LAPSED';
  kpj: string | null;
  programmes: DemoProgramme[];
  enrolledOn: string | null;
}

export interface DemoRegistry {
  businesses: DemoBusiness[];
  workers: DemoWorker[];
}

export interface RegistryOptions {
  seed: number;
  /** Key prefix and NIB/NIK/KPJ namespace, e.g. the tenant code. */
  prefix: string;
  /** Regencies businesses may be placed in. */
  regencyCodes: readonly string[];
  businessCount: number;
  legalForms: readonly ('KOPERASI' | 'UMKM')[];
  /** Kadin's businesses are all its members; elsewhere about 15% are. */
  allKadinMembers: boolean;
  /** Mean workers per micro business; small and medium ones have many more. */
  meanWorkers?: number;
}

/** mulberry32: tiny, fast, and the same sequence for the same seed everywhere. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;

export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

export function between(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

export function weighted<T extends string>(rng: Rng, weights: Readonly<Record<T, number>>): T {
  const entries = Object.entries(weights) as [T, number][];
  let roll = rng() * entries.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, weight] of entries) {
    roll -= weight;
    if (roll < 0) return value;
  }
  const last = entries.at(-1);
  if (!last) throw new Error('no weights');
  return last[0];
}

function digits(rng: Rng, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += String(Math.floor(rng() * 10));
  return out;
}

/** A stable number from a string (FNV-1a), to keep different tenants' numbers apart. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (const char of text) h = Math.imul(h ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}

const NOW = { year: 2026, month: 11, day: 24 };

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function sizeOf(rng: Rng): DemoBusiness['sizeClass'] {
  return weighted(rng, { MIKRO: 90, KECIL: 8, MENENGAH: 2 });
}

function workersFor(rng: Rng, size: DemoBusiness['sizeClass'], mean: number): number {
  if (size === 'MENENGAH') return between(rng, 50, 300);
  if (size === 'KECIL') return between(rng, 10, 50);
  return between(rng, 1, Math.max(1, Math.round(mean * 2 - 1)));
}

export function generateRegistry(options: RegistryOptions): DemoRegistry {
  const rng = prng(options.seed ^ hash(options.prefix));
  const namespace = hash(options.prefix);
  const chosen = regencies().filter((r) => options.regencyCodes.includes(r.code));
  if (chosen.length === 0) throw new Error(`no regencies for ${options.prefix}`);
  const businesses: DemoBusiness[] = [];
  const workers: DemoWorker[] = [];
  const niks = new Set<string>();
  const kpjs = new Set<string>();
  const nibs = new Set<string>();
  const sizes = new Map<string, DemoBusiness['sizeClass']>();

  // NIB and KPJ carry a per-tenant prefix, so tenants' numbers never collide with each other.
  const nibPrefix = String(namespace % 1000).padStart(3, '0');
  const kpjPrefix = String(namespace % 100).padStart(2, '0');

  for (let i = 0; i < options.businessCount; i++) {
    const regency = pick(rng, chosen);
    const district = pick(rng, regency.districts);
    const legalForm = pick(rng, options.legalForms);
    const owner = `${pick(rng, rng() < 0.5 ? MALE : FEMALE)} ${pick(rng, FAMILY)}`;
    let name: string;
    let kbli: string;
    if (legalForm === 'KOPERASI') {
      const kind = pick(rng, KOPERASI_KINDS);
      name = `${kind} ${pick(rng, KOPERASI_NAMES)} ${district.name}`;
      kbli = kind.includes('Simpan') || kind === 'KSP' ? 'K' : weighted(rng, { G: 4, A: 3, C: 2, K: 1 });
    } else {
      const [kind, section] = pick(rng, UMKM_KINDS);
      name = `${kind} ${rng() < 0.5 ? `Bu ${owner.split(' ')[0]}` : `${owner.split(' ')[1]} ${district.name}`}`;
      kbli = section in KBLI_SECTIONS ? section : 'S';
    }
    let nib: string | null = null;
    if (rng() < (legalForm === 'KOPERASI' ? 0.85 : 0.55)) {
      do nib = `9${nibPrefix}${digits(rng, 9)}`;
      while (nibs.has(nib));
      nibs.add(nib);
    }
    const size = sizeOf(rng);
    const key = `${options.prefix}-b-${String(i).padStart(5, '0')}`;
    sizes.set(key, size);
    businesses.push({
      key,
      legalForm,
      name,
      nib,
      kbliSection: kbli,
      sizeClass: size,
      regencyCode: regency.code,
      districtCode: district.code,
      villageCode: villageFor(key, district.villages),
      address: `${pick(rng, STREETS)} Km ${between(rng, 1, 20)} No. ${between(rng, 1, 120)}, ${district.name}`,
      contactName: owner,
      contactPhone: `08${between(rng, 11, 59)}${digits(rng, between(rng, 7, 9))}`,
      foundedYear: between(rng, 1975, 2025),
      kadinMember: options.allKadinMembers || rng() < 0.15,
    });
  }

  let serial = 0;
  for (const business of businesses) {
    const count = workersFor(rng, business.sizeClass, options.meanWorkers ?? 3);
    const regionDigits = business.districtCode.replaceAll('.', '');
    for (let j = 0; j < count; j++) {
      const sex: 'M' | 'F' = rng() < 0.5 ? 'M' : 'F';
      const age = between(rng, 18, 63);
      const year = NOW.year - age - 1;
      const month = between(rng, 1, 12);
      const day = between(rng, 1, daysIn(year, month));
      const region = rng() < 0.1 ? pick(rng, OTHER_PROVINCE_REGIONS) : regionDigits;
      const dateDigits = `${String(sex === 'F' ? day + 40 : day).padStart(2, '0')}${String(month).padStart(2, '0')}${String(year % 100).padStart(2, '0')}`;
      let nik: string;
      do {
        serial = (serial % 9999) + 1;
        nik = `${region}${dateDigits}${String(((serial + (namespace % 9000)) % 9999) + 1).padStart(4, '0')}`;
      } while (niks.has(nik));
      niks.add(nik);
      const businessKeys = [business.key];
      if (rng() < 0.03 && businesses.length > 1) {
        const second = pick(rng, businesses);
        if (second.key !== business.key) businessKeys.push(second.key);
      }
      // JP and JKP depend on the largest employer among the worker's businesses.
      const medium = businessKeys.some((key) => sizes.get(key) === 'MENENGAH');
      const workerType: 'PU' | 'BPU' = rng() < 0.45 ? 'PU' : 'BPU';
      const status = weighted(rng, { ENROLLED: 35, LAPSED: 8, NOT_ENROLLED: 57 });
      let kpj: string | null = null;
      let enrolledOn: string | null = null;
      let programmes: DemoProgramme[] = [];
      if (status !== 'NOT_ENROLLED') {
        do kpj = `${kpjPrefix}${digits(rng, 9)}`;
        while (kpjs.has(kpj));
        kpjs.add(kpj);
        const firstYear = Math.max(2015, year + 18);
        const enrolYear = between(rng, Math.min(firstYear, 2026), 2026);
        const enrolMonth = enrolYear === 2026 ? between(rng, 1, 10) : between(rng, 1, 12);
        enrolledOn = iso(enrolYear, enrolMonth, between(rng, 1, 28));
        const ageAtEnrolment = enrolYear - year - 1;
        programmes = ['JKK', 'JKM'];
        if (workerType === 'BPU') {
          if (rng() < 0.3) programmes.push('JHT');
        } else {
          programmes.push('JHT');
          if (business.sizeClass !== 'MIKRO' || medium || rng() < 0.5) programmes.push('JP');
          const jkpAllowed = !medium || programmes.includes('JP');
          if (ageAtEnrolment < 53 && jkpAllowed && rng() < 0.6) programmes.push('JKP');
        }
      }
      const pool = OCCUPATIONS[business.kbliSection] ?? DEFAULT_OCCUPATIONS;
      const base = workerType === 'PU' ? between(rng, 44, 70) : between(rng, 20, 60);
      workers.push({
        key: `${options.prefix}-w-${String(workers.length).padStart(6, '0')}`,
        businessKeys,
        nik,
        fullName: `${pick(rng, sex === 'M' ? MALE : FEMALE)} ${pick(rng, FAMILY)}`,
        sex,
        birthDate: iso(year, month, day),
        workerType,
        occupation: pick(rng, pool),
        monthlyIncome: base * 50_000,
        phone: rng() < 0.8 ? `08${between(rng, 11, 59)}${digits(rng, 8)}` : null,
        status,
        kpj,
        programmes,
        enrolledOn,
      });
    }
  }
  return { businesses, workers };
}

/** How much each demo tenant keeps: a few hundred businesses per regency and Kadin. */
export function demoRegistryOptions(
  tenantCode: string,
  kind: 'PROVINCE_AGENCY' | 'REGENCY' | 'CHAMBER' | 'BPJS_OFFICE',
  regencyCode: string | null,
): RegistryOptions | null {
  const all = regencies().map((r) => r.code);
  const seed = hash(`demo:${tenantCode}`);
  switch (kind) {
    case 'REGENCY':
      return {
        seed,
        prefix: tenantCode,
        regencyCodes: regencyCode ? [regencyCode] : all,
        businessCount: 200 + (seed % 100),
        legalForms: ['KOPERASI', 'UMKM', 'UMKM', 'UMKM'],
        allKadinMembers: false,
      };
    case 'CHAMBER':
      return {
        seed,
        prefix: tenantCode,
        regencyCodes: all,
        businessCount: 150,
        legalForms: ['UMKM'],
        allKadinMembers: true,
      };
    case 'PROVINCE_AGENCY':
      return {
        seed,
        prefix: tenantCode,
        regencyCodes: all,
        businessCount: 60,
        legalForms: ['KOPERASI'],
        allKadinMembers: false,
      };
    default:
      return null;
  }
}
