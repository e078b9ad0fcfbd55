// Regions of Daerah Istimewa Yogyakarta (Kemendagri codes). Source: Kemendagri region codes (Kepmendagri 300.2.2-2430/2025, as published in public region-code data sets).
// Notes from the source: Key districts on their code: 'Jetis' is both 34.02.09 (Bantul) and 34.71.02 (Kota Yogyakarta). In DIY a kecamatan is a 'kapanewon' in the four regencies and a 'kemantren' in the city (Pergub DIY 25/2019); a desa is a 'kalurahan'. A NIK's first six digits are the region where it was first registered, written without dots (e.g. 340212 = Banguntapan, Bantul); a DIY worker may hold a NIK from any province.

export interface District {
  readonly code: string;
  readonly name: string;
}

export interface Regency {
  readonly code: string;
  readonly name: string;
  /** What the regency calls its districts: kapanewon (regencies) or kemantren (the city). */
  readonly districtWord: 'kapanewon' | 'kemantren';
  readonly population: number;
  readonly districts: readonly District[];
}

export const PROVINCE = { code: '34', name: 'Daerah Istimewa Yogyakarta', population: 3743365 } as const;

export const REGENCIES: readonly Regency[] = [
  {
    code: '34.01',
    name: 'Kabupaten Kulon Progo',
    districtWord: 'kapanewon',
    population: 444994,
    districts: [
      {
        code: '34.01.01',
        name: 'Temon',
      },
      {
        code: '34.01.02',
        name: 'Wates',
      },
      {
        code: '34.01.03',
        name: 'Panjatan',
      },
      {
        code: '34.01.04',
        name: 'Galur',
      },
      {
        code: '34.01.05',
        name: 'Lendah',
      },
      {
        code: '34.01.06',
        name: 'Sentolo',
      },
      {
        code: '34.01.07',
        name: 'Pengasih',
      },
      {
        code: '34.01.08',
        name: 'Kokap',
      },
      {
        code: '34.01.09',
        name: 'Girimulyo',
      },
      {
        code: '34.01.10',
        name: 'Nanggulan',
      },
      {
        code: '34.01.11',
        name: 'Samigaluh',
      },
      {
        code: '34.01.12',
        name: 'Kalibawang',
      },
    ],
  },
  {
    code: '34.02',
    name: 'Kabupaten Bantul',
    districtWord: 'kapanewon',
    population: 980269,
    districts: [
      {
        code: '34.02.01',
        name: 'Srandakan',
      },
      {
        code: '34.02.02',
        name: 'Sanden',
      },
      {
        code: '34.02.03',
        name: 'Kretek',
      },
      {
        code: '34.02.04',
        name: 'Pundong',
      },
      {
        code: '34.02.05',
        name: 'Bambanglipuro',
      },
      {
        code: '34.02.06',
        name: 'Pandak',
      },
      {
        code: '34.02.07',
        name: 'Pajangan',
      },
      {
        code: '34.02.08',
        name: 'Bantul',
      },
      {
        code: '34.02.09',
        name: 'Jetis',
      },
      {
        code: '34.02.10',
        name: 'Imogiri',
      },
      {
        code: '34.02.11',
        name: 'Dlingo',
      },
      {
        code: '34.02.12',
        name: 'Banguntapan',
      },
      {
        code: '34.02.13',
        name: 'Pleret',
      },
      {
        code: '34.02.14',
        name: 'Piyungan',
      },
      {
        code: '34.02.15',
        name: 'Sewon',
      },
      {
        code: '34.02.16',
        name: 'Kasihan',
      },
      {
        code: '34.02.17',
        name: 'Sedayu',
      },
    ],
  },
  {
    code: '34.03',
    name: 'Kabupaten Gunungkidul',
    districtWord: 'kapanewon',
    population: 776926,
    districts: [
      {
        code: '34.03.01',
        name: 'Wonosari',
      },
      {
        code: '34.03.02',
        name: 'Nglipar',
      },
      {
        code: '34.03.03',
        name: 'Playen',
      },
      {
        code: '34.03.04',
        name: 'Patuk',
      },
      {
        code: '34.03.05',
        name: 'Paliyan',
      },
      {
        code: '34.03.06',
        name: 'Panggang',
      },
      {
        code: '34.03.07',
        name: 'Tepus',
      },
      {
        code: '34.03.08',
        name: 'Semanu',
      },
      {
        code: '34.03.09',
        name: 'Karangmojo',
      },
      {
        code: '34.03.10',
        name: 'Ponjong',
      },
      {
        code: '34.03.11',
        name: 'Rongkop',
      },
      {
        code: '34.03.12',
        name: 'Semin',
      },
      {
        code: '34.03.13',
        name: 'Ngawen',
      },
      {
        code: '34.03.14',
        name: 'Gedangsari',
      },
      {
        code: '34.03.15',
        name: 'Saptosari',
      },
      {
        code: '34.03.16',
        name: 'Girisubo',
      },
      {
        code: '34.03.17',
        name: 'Tanjungsari',
      },
      {
        code: '34.03.18',
        name: 'Purwosari',
      },
    ],
  },
  {
    code: '34.04',
    name: 'Kabupaten Sleman',
    districtWord: 'kapanewon',
    population: 1125571,
    districts: [
      {
        code: '34.04.01',
        name: 'Gamping',
      },
      {
        code: '34.04.02',
        name: 'Godean',
      },
      {
        code: '34.04.03',
        name: 'Moyudan',
      },
      {
        code: '34.04.04',
        name: 'Minggir',
      },
      {
        code: '34.04.05',
        name: 'Seyegan',
      },
      {
        code: '34.04.06',
        name: 'Mlati',
      },
      {
        code: '34.04.07',
        name: 'Depok',
      },
      {
        code: '34.04.08',
        name: 'Berbah',
      },
      {
        code: '34.04.09',
        name: 'Prambanan',
      },
      {
        code: '34.04.10',
        name: 'Kalasan',
      },
      {
        code: '34.04.11',
        name: 'Ngemplak',
      },
      {
        code: '34.04.12',
        name: 'Ngaglik',
      },
      {
        code: '34.04.13',
        name: 'Sleman',
      },
      {
        code: '34.04.14',
        name: 'Tempel',
      },
      {
        code: '34.04.15',
        name: 'Turi',
      },
      {
        code: '34.04.16',
        name: 'Pakem',
      },
      {
        code: '34.04.17',
        name: 'Cangkringan',
      },
    ],
  },
  {
    code: '34.71',
    name: 'Kota Yogyakarta',
    districtWord: 'kemantren',
    population: 415605,
    districts: [
      {
        code: '34.71.01',
        name: 'Tegalrejo',
      },
      {
        code: '34.71.02',
        name: 'Jetis',
      },
      {
        code: '34.71.03',
        name: 'Gondokusuman',
      },
      {
        code: '34.71.04',
        name: 'Danurejan',
      },
      {
        code: '34.71.05',
        name: 'Gedongtengen',
      },
      {
        code: '34.71.06',
        name: 'Ngampilan',
      },
      {
        code: '34.71.07',
        name: 'Wirobrajan',
      },
      {
        code: '34.71.08',
        name: 'Mantrijeron',
      },
      {
        code: '34.71.09',
        name: 'Kraton',
      },
      {
        code: '34.71.10',
        name: 'Gondomanan',
      },
      {
        code: '34.71.11',
        name: 'Pakualaman',
      },
      {
        code: '34.71.12',
        name: 'Mergangsan',
      },
      {
        code: '34.71.13',
        name: 'Umbulharjo',
      },
      {
        code: '34.71.14',
        name: 'Kotagede',
      },
    ],
  },
];
