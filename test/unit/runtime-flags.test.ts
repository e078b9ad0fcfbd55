import { describe, expect, it } from 'vitest';
import { startArguments } from '../bench/harness/server-process';

/**
 * The servers under test run in this process, so the Node flags that change how the portal
 * behaves (not only how much memory it takes) must be the ones `pnpm start` gives it. Today that
 * is how AsyncLocalStorage keeps a request's context (request ids, MikroORM's context).
 */
const BEHAVIOURAL = ['--experimental-async-context-frame'];

describe('the test processes', () => {
  it('run with the behavioural Node flags of pnpm start', () => {
    for (const flag of BEHAVIOURAL) {
      expect(startArguments()).toContain(flag);
      expect(process.execArgv).toContain(flag);
    }
  });
});
