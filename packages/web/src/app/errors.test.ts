import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { errorKey, reasonKey } from './errors';

describe('errorKey', () => {
  it('maps the server codes to messages', () => {
    const error = new GraphQLError('Wrong email or password.', { extensions: { code: 'UNAUTHENTICATED' } });
    expect(errorKey({ graphQLErrors: [error] })).toBe('UNAUTHENTICATED');
  });

  it('calls a failed fetch a network problem, whatever else came', () => {
    expect(errorKey({ networkError: new TypeError('Failed to fetch'), graphQLErrors: [] })).toBe('NETWORK');
  });

  it('falls back to a generic message for codes it does not know', () => {
    const error = new GraphQLError('boom', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(errorKey({ graphQLErrors: [error] })).toBe('UNKNOWN');
  });
});

describe('reasonKey', () => {
  it('names the translation of a bad-input reason, and nothing else', () => {
    const error = new GraphQLError('taken', { extensions: { code: 'BAD_USER_INPUT', reason: 'EMAIL_UNAVAILABLE' } });
    expect(reasonKey({ graphQLErrors: [error] })).toBe('reasons.EMAIL_UNAVAILABLE');
    expect(reasonKey({ graphQLErrors: [new GraphQLError('x', { extensions: { reason: '../x' } })] })).toBeNull();
    expect(reasonKey({ graphQLErrors: [] })).toBeNull();
  });
});
