// KBLI 2020 sections. Source: KBLI 2020 (Klasifikasi Baku Lapangan Usaha Indonesia), section level.

export const KBLI_SECTIONS = {
  A: 'Pertanian, Kehutanan dan Perikanan',
  B: 'Pertambangan dan Penggalian',
  C: 'Industri Pengolahan',
  D: 'Pengadaan Listrik, Gas, Uap/Air Panas dan Udara Dingin',
  E: 'Treatment Air, Treatment Air Limbah, Treatment dan Pemulihan Material Sampah, dan Aktivitas Remediasi',
  F: 'Konstruksi',
  G: 'Perdagangan Besar dan Eceran; Reparasi dan Perawatan Mobil dan Sepeda Motor',
  H: 'Pengangkutan dan Pergudangan',
  I: 'Penyediaan Akomodasi dan Penyediaan Makan Minum',
  J: 'Informasi dan Komunikasi',
  K: 'Aktivitas Keuangan dan Asuransi',
  L: 'Real Estat',
  M: 'Aktivitas Profesional, Ilmiah dan Teknis',
  N: 'Aktivitas Penyewaan dan Sewa Guna Usaha Tanpa Hak Opsi, Ketenagakerjaan, Agen Perjalanan dan Penunjang Usaha Lainnya',
  O: 'Administrasi Pemerintahan, Pertahanan dan Jaminan Sosial Wajib',
  P: 'Pendidikan',
  Q: 'Aktivitas Kesehatan Manusia dan Aktivitas Sosial',
  R: 'Kesenian, Hiburan dan Rekreasi',
  S: 'Aktivitas Jasa Lainnya',
  T: 'Aktivitas Rumah Tangga sebagai Pemberi Kerja; Aktivitas yang Menghasilkan Barang dan Jasa oleh Rumah Tangga yang Digunakan untuk Memenuhi Kebutuhan Sendiri',
  U: 'Aktivitas Badan Internasional dan Badan Ekstra Internasional Lainnya',
} as const;

export type KbliSection = keyof typeof KBLI_SECTIONS;
