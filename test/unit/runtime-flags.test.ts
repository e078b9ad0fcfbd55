import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '@jamsos/server/config';
import { describe, expect, it } from 'vitest';

/**
 * The servers under test run in this process, so the Node flags that change how the portal
 * behaves (not only how much memory it takes) must be the ones `pnpm start` gives it. Today that
 * is how AsyncLocalStorage keeps a request's context (request ids, MikroORM's context).
 */
const BEHAVIOURAL = ['--experimental-async-context-frame'];

describe('the test processes', () => {
  it('run with the behavioural Node flags of pnpm start', () => {
    const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'packages', 'server', 'package.json'), 'utf8')) as {
      scripts: { start: string };
    };
    const startFlags = manifest.scripts.start.split(/\s+/).filter((arg) => arg.startsWith('--'));
    for (const flag of BEHAVIOURAL) {
      expect(startFlags).toContain(flag);
      expect(process.execArgv).toContain(flag);
    }
  });
});
