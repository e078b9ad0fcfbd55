import { describe, expect, it } from 'vitest';
import { dictionary } from './index';

/** Every key path of a nested dictionary, e.g. `tasks.status.OPEN`. */
function keyPaths(words: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(words).flatMap(([key, value]) =>
    value !== null && typeof value === 'object'
      ? keyPaths(value as Record<string, unknown>, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

describe('the dictionaries', () => {
  it('say the same things in Indonesian and English, feature files included', () => {
    const id = keyPaths(dictionary('id')).sort();
    const en = keyPaths(dictionary('en')).sort();
    expect(en.filter((key) => !id.includes(key))).toEqual([]);
    expect(id.filter((key) => !en.includes(key))).toEqual([]);
    expect(id.length).toBeGreaterThan(500);
  });
});
