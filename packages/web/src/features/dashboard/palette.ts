/** The dashboard's series colours, and a rate as a chart's percentage. */
export const BLUE = '#1f6feb';
export const GREEN = '#2da44e';
export const ORANGE = '#d4731a';
export const percent = (rate: number) => Math.round(rate * 1000) / 10;
