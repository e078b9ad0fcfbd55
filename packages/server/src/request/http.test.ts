import { HTTP_STATUS } from '@jamsos/schema';
import { describe, expect, it } from 'vitest';
import { serviceUnavailable } from '../database/availability';
import { appError, ErrorCode } from '../modules/common/errors';
import { httpError } from './http';

describe('domain errors answered over HTTP', () => {
  it('take their status from HTTP_STATUS and carry their extensions beside the code', () => {
    const { status, body, known } = httpError(
      appError(ErrorCode.BadUserInput, 'Some fields are not valid: email.', {
        problems: [{ field: 'email', problem: 'REQUIRED' }],
      }),
    );
    expect(known).toBe(true);
    expect(status).toBe(HTTP_STATUS.BAD_USER_INPUT);
    expect(body).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Some fields are not valid: email.',
      requestId: undefined,
      problems: [{ field: 'email', problem: 'REQUIRED' }],
    });
  });

  it('answer the database being away with 503 and no transport details in the body', () => {
    const { status, body } = httpError(serviceUnavailable());
    expect(status).toBe(503);
    expect(Object.keys(body).sort()).toEqual(['code', 'message', 'requestId']);
  });

  it('show nothing of an unexpected error', () => {
    const { status, body, known } = httpError(new Error('relation "secret" does not exist'));
    expect(known).toBe(false);
    expect(status).toBe(500);
    expect(body).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error.' });
  });
});
