import { describe, expect, it } from 'vitest';
import { formatters } from './format';

describe('formatters', () => {
  it('write Indonesian numbers, percentages and dates the Indonesian way', () => {
    const f = formatters('id');
    expect(f.number(4943)).toBe('4.943');
    expect(f.percent(0.354)).toBe('35,4%');
    expect(f.rupiah(1_000_000)).toBe('Rp1.000.000');
    expect(f.date('2026-12-02')).toBe('2 Des 2026');
  });

  it('write English ones the English way', () => {
    const f = formatters('en');
    expect(f.number(4943)).toBe('4,943');
    expect(f.percent(0.354)).toBe('35.4%');
    expect(f.date('2026-12-02')).toBe('2 Dec 2026');
  });
});
