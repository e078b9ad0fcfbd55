export const SIZE_CLASSES = ['MIKRO', 'KECIL', 'MENENGAH'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

/** PP 7/2021 upper bounds in rupiah: business capital (excluding land and buildings), or annual sales. */
export const SIZE_THRESHOLDS = {
  MIKRO: { capital: 1_000_000_000, annualSales: 2_000_000_000 },
  KECIL: { capital: 5_000_000_000, annualSales: 15_000_000_000 },
  MENENGAH: { capital: 10_000_000_000, annualSales: 50_000_000_000 },
} as const satisfies Record<SizeClass, { capital: number; annualSales: number }>;

/**
 * The size class PP 7/2021 gives a business: by capital when known, else by annual sales;
 * `BESAR` (large) above medium, which the programme's registry does not hold; null when neither is known.
 */
export function sizeClassFrom(input: {
  capital?: number | null;
  annualSales?: number | null;
}): SizeClass | 'BESAR' | null {
  const measure: 'capital' | 'annualSales' | null =
    input.capital != null ? 'capital' : input.annualSales != null ? 'annualSales' : null;
  if (!measure) return null;
  const amount = input[measure] ?? 0;
  for (const size of SIZE_CLASSES) if (amount <= SIZE_THRESHOLDS[size][measure]) return size;
  return 'BESAR';
}
