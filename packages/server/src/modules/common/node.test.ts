import { describe, expect, it } from 'vitest';
import { fromGlobalId, toGlobalId, uuidFromGlobalId } from './node';

const id = '0b6f4a2e-8f0c-4c1e-9d5a-3f2b1c0d9e8f';

describe('global ids', () => {
  it('round-trip the type and the database id, opaquely', () => {
    const globalId = toGlobalId('Organization', id);
    expect(globalId).not.toContain(id);
    expect(fromGlobalId(globalId)).toEqual({ type: 'Organization', id });
    expect(uuidFromGlobalId(globalId, 'Organization')).toBe(id);
  });

  it('refuse an id of another type, a non-uuid and garbage', () => {
    expect(uuidFromGlobalId(toGlobalId('User', id), 'Organization')).toBeNull();
    expect(uuidFromGlobalId(toGlobalId('Organization', '1 or 1=1'), 'Organization')).toBeNull();
    expect(fromGlobalId('%%%')).toBeNull();
    expect(fromGlobalId('')).toBeNull();
  });
});
