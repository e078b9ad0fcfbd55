import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password';

describe('passwordProblem', () => {
  it.each([
    ['short', 'TOO_SHORT'],
    ['x'.repeat(257), 'TOO_LONG'],
    ['1234567890', 'TOO_COMMON'],
    ['aaaaaaaaaaaa', 'TOO_COMMON'],
    ['Yogyakarta', 'TOO_COMMON'],
  ])('refuses %j as %s', (password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });

  it('refuses a password made of the email', () => {
    expect(passwordProblem('siti.rahayu-2026', 'siti.rahayu@bantul.demo')).toBe('CONTAINS_EMAIL');
  });

  it('accepts a long passphrase', () => {
    expect(passwordProblem('kopi tubruk di malioboro', 'admin@bantul.demo')).toBeNull();
  });
});
