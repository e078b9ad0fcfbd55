// Node only (server start, the web build, the generation script): reads the national register of
// administrative areas from the npm package `idn-area-data`. Never imported by the web client.
import { getDistricts, getProvinces, getRegencies, getVillages } from 'idn-area-data';
import { areasFromRegister, type ProvinceAreas } from './areas.ts';

/** The register's package and the regulation its data follows (see its docs/references.md). */
export const REGISTER_SOURCE =
  'idn-area-data 4.0.1 (data ODbL), Kepmendagri 300.2.2-2138 Tahun 2025 (kode dan data wilayah administrasi pemerintahan)';

/** One province's areas, down to the village, from the register (about a second: it reads 83,762 villages). */
export async function loadProvinceAreas(provinceCode: string): Promise<ProvinceAreas> {
  const [provinces, regencies, districts, villages] = await Promise.all([
    getProvinces(),
    getRegencies(),
    getDistricts(),
    getVillages(),
  ]);
  return areasFromRegister(provinceCode, { provinces, regencies, districts, villages }, REGISTER_SOURCE);
}
