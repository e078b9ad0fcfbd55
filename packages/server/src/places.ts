import { DEFAULT_AREAS, installProvinceAreas } from '@jamsos/schema';
import { loadProvinceAreas } from '@jamsos/schema/register';

/**
 * Installs the configured province's areas for every check and name of the server. The default
 * province (DIY) is committed in packages/schema; another is read from the national register
 * (idn-area-data) at start, which takes about a second.
 */
export async function installPlaces(provinceCode: string): Promise<void> {
  installProvinceAreas(
    provinceCode === DEFAULT_AREAS.province.code ? DEFAULT_AREAS : await loadProvinceAreas(provinceCode),
  );
}
